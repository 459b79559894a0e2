import { constants, gzipSync } from 'node:zlib';

/** Below this, a compressed answer saves less than the headers and the work cost. */
const worthCompressingBytes = 1_024;

const gzipped = new WeakMap<Buffer, Buffer>();

/**
 * A kept answer's bytes gzipped, once per kept answer: a year by day of ten accounts' sales is
 * some hundred kilobytes of digits that compress to a fraction, and writing them to the socket
 * was most of what serving a kept dashboard cost. Null when it is not worth it.
 */
export function gzippedOnce(body: Buffer): Buffer | null {
  if (body.length < worthCompressingBytes) return null;
  let packed = gzipped.get(body);
  if (!packed) gzipped.set(body, (packed = gzipSync(body, { level: constants.Z_BEST_SPEED })));
  return packed;
}

/** Whether an Accept-Encoding header takes gzip (browsers' always does; `gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
