import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A bearer token: 256 random bits, base64url. Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** HMAC-SHA-256 of the parts, each followed by a NUL byte. */
export function keyedDigest(key: Buffer, ...parts: string[]): Buffer {
  // One update with the joined text hashes the same bytes as an update per part and per
  // separator, with far fewer calls into the crypto binding (it runs for every cover shown).
  return createHmac('sha256', key)
    .update(`${parts.join('\u0000')}\u0000`, 'utf8')
    .digest();
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
