import { randomBytes } from 'node:crypto';
import { PassThrough, Readable, Writable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, readZipContents } from '../test-support/zip.js';
import { ZipWriter, type ZipWriterOptions } from './zip-writer.js';

/** A stream that keeps everything written to it. */
function collector(): { out: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

/** `size` bytes in chunks of 64 KiB, as the blob store hands a file over. */
function chunked(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
    })(),
  );
}

async function zipOf(files: Array<[string, Buffer, 'buffer' | 'stream']>, options?: ZipWriterOptions): Promise<Buffer> {
  const { out, bytes } = collector();
  const zip = new ZipWriter(out, options);
  const modified = new Date(2026, 11, 2, 14, 30, 10);
  for (const [name, content, as] of files) await zip.add(name, as === 'buffer' ? content : chunked(content), modified);
  await zip.finish();
  return bytes();
}

describe('the streaming ZIP writer', () => {
  const files: Array<[string, Buffer, 'buffer' | 'stream']> = [
    ['jobs.json', Buffer.from('[{"name":"Poster"}]\n'), 'buffer'],
    ['Åse Nilsen – plakat (1a2b)/plakat A2.pdf', randomBytes(3 * 1024 * 1024 + 17), 'stream'],
    ['Åse Nilsen – plakat (1a2b)/empty.txt', Buffer.alloc(0), 'stream'],
    ['Flyer (3c4d)/model.json', Buffer.from('{"pages":[]}'), 'buffer'],
    ['海報 🙂 (5e6f)/説明.txt', Buffer.from('文字とemoji 🙂\n'), 'stream'],
  ];

  it('writes every file whole under its UTF-8 name, with its CRC-32 and modification time', async () => {
    const entries = await readZip(await zipOf(files));
    expect([...entries.keys()]).toEqual(files.map(([name]) => name));
    for (const [name, content] of files) {
      const entry = entries.get(name)!;
      expect(entry.bytes.equals(content)).toBe(true);
      expect(entry.crc).toBe(crc32(content));
      expect(entry.modified.getTime()).toBe(new Date(2026, 11, 2, 14, 30, 10).getTime());
    }
  });

  it('adds ZIP64 records where offsets outgrow the classic fields, and readers still find every file', async () => {
    const zip = await zipOf(files, { zip64Above: 1000 });
    expect(zip.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true); // the ZIP64 end record
    const entries = await readZip(zip);
    for (const [name, content] of files) expect(entries.get(name)?.bytes.equals(content)).toBe(true);
    // Below the limit, the classic records alone.
    expect((await zipOf(files)).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(false);
  });

  it('stops reading the file and refuses to go on when the reader goes away', async () => {
    const out = new PassThrough({ highWaterMark: 1024 }); // nobody reads: writes wait for room
    const zip = new ZipWriter(out);
    const source = chunked(randomBytes(1024 * 1024));
    const adding = zip.add('big.pdf', source, new Date());
    setTimeout(() => out.destroy(), 20);
    await expect(adding).rejects.toThrow('the client closed the download');
    expect(source.destroyed).toBe(true);
    await expect(zip.add('next.pdf', Buffer.from('x'), new Date())).rejects.toThrow('the client closed the download');
  });

  it('records each file stored, at its size, under a UTF-8 name flag, with its size after the data, as a reader sees it', async () => {
    const entries = await readZip(await zipOf(files));
    for (const [name, content] of files) {
      const entry = entries.get(name)!;
      expect(entry.size).toBe(content.length);
      expect(entry.compressedSize).toBe(content.length);
      expect(entry.compressionMethod).toBe(0);
      expect(entry.generalPurposeBitFlag & 0x0800).toBe(0x0800);
      expect(entry.generalPurposeBitFlag & 0x0008).toBe(0x0008);
      expect(entry.mode).toBe(0o100644);
    }
  });

  it('writes CRC-32s that catch a changed byte: a reader refuses the file', async () => {
    const zip = await zipOf([['plakat.pdf', Buffer.from('%PDF-1.7 the poster'), 'buffer']]);
    const changed = Buffer.from(zip);
    const at = changed.indexOf('the poster');
    changed[at] = changed[at]! ^ 1;
    await expect(readZip(changed)).rejects.toThrow('CRC-32');
    expect((await readZip(zip)).get('plakat.pdf')?.bytes.toString()).toBe('%PDF-1.7 the poster');
  });

  it('adds ZIP64 records when the number of files outgrows the classic count, and a reader finds all of them', async () => {
    const count = 0x10000 + 2;
    const { out, bytes } = collector();
    const zip = new ZipWriter(out);
    const modified = new Date(2026, 11, 2);
    for (let i = 0; i < count; i++) await zip.add(`jobs/${i}.json`, Buffer.from(String(i)), modified);
    await zip.finish();
    const written = bytes();
    expect(written.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const { entries, entryCount } = await readZipContents(written);
    expect(entryCount).toBe(count);
    expect(entries.size).toBe(count);
    expect(entries.get(`jobs/${count - 1}.json`)?.bytes.toString()).toBe(String(count - 1));
  }, 60_000);
});
