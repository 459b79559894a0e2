import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { crc32 } from 'node:zlib';

/**
 * A ZIP written straight into a stream while its files are read (PKWARE APPNOTE 6.3): each
 * file is stored as it is, its CRC-32 taken by zlib as the bytes pass, and its size and CRC
 * written after it in a data descriptor, since neither is known before the end. Nothing is
 * held but the central directory's few facts per file. ZIP64 records are added where an offset
 * or the number of files outgrows the classic fields, so a backup of many gigabytes opens.
 *
 * Stored, not deflated: what Foyer archives (PDFs, images, support files) is compressed
 * already, and deflating it again would cost most of the throughput for nothing.
 */
export interface ZipWriterOptions {
  /** The largest offset or count written in a classic field; lowered only to test ZIP64. */
  zip64Above?: number;
}

interface CentralEntry {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

const classicMax = 0xffffffff;
const flags = 0x0008 | 0x0800; // sizes in a data descriptor · names in UTF-8
const versionNeeded = 20;
const versionZip64 = 45;
const madeBy = (3 << 8) | versionZip64; // Unix, so readers keep the file mode below
const fileMode = (0o100644 << 16) >>> 0;

/** MS-DOS time and date, in the server's local time as ZIP readers expect. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export class ZipWriter {
  readonly #out: Writable;
  readonly #zip64Above: number;
  readonly #entries: CentralEntry[] = [];
  #offset = 0;
  #closed = false;
  #finished = false;

  constructor(out: Writable, options: ZipWriterOptions = {}) {
    this.#out = out;
    this.#zip64Above = Math.min(options.zip64Above ?? classicMax, classicMax);
    out.once('close', () => {
      if (!out.writableFinished) this.#closed = true;
    });
  }

  /** Adds one file, read to its end before this resolves. */
  async add(name: string, source: Buffer | Readable, modified: Date): Promise<void> {
    if (this.#finished) throw new Error('the ZIP is finished');
    const nameBytes = Buffer.from(name, 'utf8');
    const { time, date } = dosDateTime(modified);
    const offset = this.#offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(versionNeeded, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(0, 8); // stored
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    // CRC and sizes (14–25) stay zero: they follow the data.
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    await this.#write(Buffer.concat([header, nameBytes]));

    let crc = 0;
    let size = 0;
    if (Buffer.isBuffer(source)) {
      crc = crc32(source);
      size = source.length;
      await this.#write(source);
    } else {
      try {
        for await (const chunk of source) {
          const bytes = chunk as Buffer;
          crc = crc32(bytes, crc);
          size += bytes.length;
          await this.#write(bytes);
        }
      } finally {
        source.destroy();
      }
    }
    // One file's size goes in a 4-byte field of the descriptor; uploads are far below it.
    if (size >= classicMax) throw new Error(`${name} is too large for a ZIP entry without ZIP64 sizes`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(size, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.#write(descriptor);
    this.#entries.push({ name: nameBytes, crc: crc >>> 0, size, offset, time, date });
  }

  /** Writes the central directory and the end records, and ends the stream. */
  async finish(): Promise<void> {
    this.#finished = true;
    const start = this.#offset;
    for (const entry of this.#entries) await this.#write(this.#centralHeader(entry));
    const directorySize = this.#offset - start;
    const count = this.#entries.length;
    const big = (n: number) => n > this.#zip64Above;
    const zip64 = big(start) || big(directorySize) || count > Math.min(0xffff, this.#zip64Above);
    if (zip64) {
      const recordOffset = this.#offset;
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      record.writeBigUInt64LE(44n, 4); // the size of what follows this field
      record.writeUInt16LE(madeBy, 12);
      record.writeUInt16LE(versionZip64, 14);
      record.writeUInt32LE(0, 16);
      record.writeUInt32LE(0, 20);
      record.writeBigUInt64LE(BigInt(count), 24);
      record.writeBigUInt64LE(BigInt(count), 32);
      record.writeBigUInt64LE(BigInt(directorySize), 40);
      record.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeUInt32LE(0, 4);
      locator.writeBigUInt64LE(BigInt(recordOffset), 8);
      locator.writeUInt32LE(1, 16);
      await this.#write(Buffer.concat([record, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0, 4);
    end.writeUInt16LE(0, 6);
    end.writeUInt16LE(zip64 ? 0xffff : count, 8);
    end.writeUInt16LE(zip64 ? 0xffff : count, 10);
    end.writeUInt32LE(zip64 ? classicMax : directorySize, 12);
    end.writeUInt32LE(zip64 ? classicMax : start, 16);
    end.writeUInt16LE(0, 20);
    await this.#write(end);
    this.#out.end();
    await once(this.#out, 'finish');
  }

  #centralHeader(entry: CentralEntry): Buffer {
    // Only the offset can outgrow its field (sizes are checked in add): then it moves to a ZIP64 extra field.
    const farOffset = entry.offset > this.#zip64Above;
    const extra = farOffset ? Buffer.alloc(12) : Buffer.alloc(0);
    if (farOffset) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.offset), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(madeBy, 4);
    header.writeUInt16LE(farOffset ? versionZip64 : versionNeeded, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(entry.time, 12);
    header.writeUInt16LE(entry.date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.size, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt16LE(0, 32);
    header.writeUInt16LE(0, 34);
    header.writeUInt16LE(0, 36);
    header.writeUInt32LE(fileMode, 38);
    header.writeUInt32LE(farOffset ? classicMax : entry.offset, 42);
    return Buffer.concat([header, entry.name, extra]);
  }

  /** Writes with the stream's backpressure; a reader that went away stops the ZIP. */
  async #write(bytes: Buffer): Promise<void> {
    if (this.#closed || this.#out.destroyed) throw new Error('the client closed the download');
    this.#offset += bytes.length;
    if (this.#out.write(bytes)) return;
    if (this.#out.destroyed) throw new Error('the client closed the download');
    const out = this.#out;
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
    if (this.#closed || out.destroyed) throw new Error('the client closed the download');
  }
}
