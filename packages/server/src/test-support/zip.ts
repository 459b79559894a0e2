import yauzl from 'yauzl';

export interface ZipEntry {
  bytes: Buffer;
  crc: number;
  modified: Date;
}

/** Every entry of a ZIP as yauzl, a reader independent of Foyer's writer, sees it: name, bytes, CRC-32, time. */
export function readZip(buffer: Buffer): Promise<Map<string, ZipEntry>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, ZipEntry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, { bytes: Buffer.concat(chunks), crc: entry.crc32, modified: entry.getLastModDate() });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
