import type { Readable } from 'node:stream';

/** The port for file contents: a local folder by default, an S3-compatible store later. */
export interface BlobStore {
  /** Stores the stream under `key`; returns the number of bytes written. Refuses past `maxBytes`. */
  put(key: string, body: Readable, maxBytes: number): Promise<number>;
  get(key: string): Promise<Readable>;
  /** Whether something is stored under `key` (a picture's size made earlier, say). */
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Removes what uploads that never finished left behind (a killed process); returns how many. */
  removeAbandoned(): Promise<number>;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`blob exceeds ${maxBytes} bytes`);
  }
}
