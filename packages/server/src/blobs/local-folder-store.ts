import { createReadStream, createWriteStream, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { MINUTE } from '../security/clock.js';
import { BlobTooLargeError, type BlobStore } from './blob-store.js';

export interface LocalFolderOptions {
  /**
   * How long a partial file may go unwritten before it counts as left behind. An upload in
   * progress writes all the time (one slower than the minimum pace is ended), so this only
   * finds the files of uploads whose process died, on this instance or another sharing the folder.
   */
  abandonedAfterMs?: number;
}

/** Where uploads are written until complete: one folder, so leftovers are found without a walk. */
const partialFolder = '.partial';

/**
 * Blobs as files under one folder; keys are server-made paths such as `<workspace>/<item>`.
 * An upload is written under `.partial/` and renamed into place only once complete, so a key
 * never names half a file. Creating the store removes what a killed process left there.
 */
export function createLocalFolderStore(root: string, options: LocalFolderOptions = {}): BlobStore {
  const base = resolve(root);
  const partials = join(base, partialFolder);
  const abandonedAfterMs = options.abandonedAfterMs ?? 15 * MINUTE;
  const pathOf = (key: string) => {
    if (!/^[a-zA-Z0-9/_-]+$/.test(key) || key.includes('..')) throw new Error(`invalid blob key ${key}`);
    return join(base, key);
  };
  // File times come from the file system's clock, so the age is measured on it, not on the injected clock.
  const isAbandoned = (modifiedMs: number) => modifiedMs <= Date.now() - abandonedAfterMs;

  // At start, before any upload of this process can be under way: synchronous, like opening the database.
  for (const name of readdirOrNone(partials)) {
    const path = join(partials, name);
    const modified = statOrNull(path)?.mtimeMs;
    if (modified !== undefined && isAbandoned(modified)) rmSync(path, { force: true });
  }

  return {
    async put(key, body, maxBytes) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      await mkdir(partials, { recursive: true });
      const partial = join(partials, randomUUID());
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
    async exists(key) {
      return (await stat(pathOf(key)).catch(() => null))?.isFile() ?? false;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async removeAbandoned() {
      let removed = 0;
      const names = await readdir(partials).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const name of names) {
        const path = join(partials, name);
        const modified = (await stat(path).catch(() => null))?.mtimeMs;
        if (modified === undefined || !isAbandoned(modified)) continue;
        await rm(path, { force: true });
        removed++;
      }
      return removed;
    },
  };
}

function readdirOrNone(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    // Removed meanwhile by another instance's sweep.
    return null;
  }
}
