import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

export interface ZipEntry {
  bytes: Buffer;
  crc: number;
  modified: Date;
  /** The sizes the central directory records; yauzl checks the bytes read against them. */
  size: number;
  compressedSize: number;
  /** 0 is stored, 8 deflated. */
  compressionMethod: number;
  generalPurposeBitFlag: number;
  /** The Unix file mode, from the high half of the external attributes. */
  mode: number;
}

/** What yauzl read from a ZIP's end records, beside its entries. */
export interface ZipContents {
  entries: Map<string, ZipEntry>;
  entryCount: number;
}

/**
 * Every entry of a ZIP as yauzl, a reader independent of Foyer's writer, sees it: name, bytes,
 * sizes, CRC-32, time, method, flags and mode. yauzl refuses what breaks the format (bad records,
 * unsafe names, sizes that do not match the bytes); it does not check CRC-32s, so this does, and
 * refuses an entry whose bytes do not have the CRC-32 the ZIP records for it.
 */
export function readZipContents(buffer: Buffer): Promise<ZipContents> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, ZipEntry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            const bytes = Buffer.concat(chunks);
            if (crc32(bytes) !== entry.crc32) return reject(new Error(`${entry.fileName}: its bytes do not have the CRC-32 the ZIP records`));
            entries.set(entry.fileName, {
              bytes,
              crc: entry.crc32,
              modified: entry.getLastModDate(),
              size: entry.uncompressedSize,
              compressedSize: entry.compressedSize,
              compressionMethod: entry.compressionMethod,
              generalPurposeBitFlag: entry.generalPurposeBitFlag,
              mode: entry.externalFileAttributes >>> 16,
            });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve({ entries, entryCount: zip.entryCount }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Every entry of a ZIP by name, read and checked as `readZipContents` does. */
export async function readZip(buffer: Buffer): Promise<Map<string, ZipEntry>> {
  return (await readZipContents(buffer)).entries;
}
