import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { BlobTooLargeError, type BlobStore } from './blob-store.js';

/** Blobs as files under one folder; keys are server-made paths such as `<workspace>/<item>`. */
export function createLocalFolderStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!/^[a-zA-Z0-9/_-]+$/.test(key) || key.includes('..')) throw new Error(`invalid blob key ${key}`);
    return join(base, key);
  };
  return {
    async put(key, body, maxBytes) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      const partial = `${target}.${randomUUID()}.partial`;
      let written = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          written += chunk.length;
          if (written > maxBytes) done(new BlobTooLargeError(maxBytes));
          else done(null, chunk);
        },
      });
      try {
        await pipeline(body, limit, createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return written;
    },
    async get(key) {
      return createReadStream(pathOf(key));
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
