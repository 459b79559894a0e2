import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzippedOnce } from './compressed.js';

describe('compressed kept answers', () => {
  it('takes gzip where the client says so, and not where it refuses it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('deflate, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('GZIP')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip; q=0.000, br')).toBe(false);
    expect(acceptsGzip('x-gzip-like')).toBe(false);
  });

  it('compresses an answer once, to bytes that unpack to the same answer, and leaves a small one alone', () => {
    const body = Buffer.from(JSON.stringify({ result: { data: Array.from({ length: 2_000 }, (_, i) => i * 37) } }));
    const packed = gzippedOnce(body)!;
    expect(packed.length).toBeLessThan(body.length / 2);
    expect(gunzipSync(packed).equals(body)).toBe(true);
    expect(gzippedOnce(body)).toBe(packed);
    expect(gzippedOnce(Buffer.from('{"result":{"data":1}}'))).toBeNull();
  });
});
