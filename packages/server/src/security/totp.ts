import { createHmac, randomBytes } from 'node:crypto';

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226), as authenticator apps make
 * them: HMAC-SHA-1, six digits, 30-second steps. Small enough to own and check against the
 * RFCs' test vectors, so no dependency decides who signs in.
 */

export const totpStepSeconds = 30;
export const totpDigits = 6;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += base32Alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += base32Alphabet[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = base32Alphabet.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 160 random bits, the length RFC 4226 recommends for HMAC-SHA-1. */
export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

/** RFC 4226: the HOTP value of a key at a counter, `digits` long. */
export function hotp(key: Buffer, counter: bigint, digits = totpDigits, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, '0');
}

/** The time step a moment falls in (RFC 6238, T0 = 0). */
export function timeStep(at: Date, stepSeconds = totpStepSeconds): bigint {
  return BigInt(Math.floor(at.getTime() / 1000 / stepSeconds));
}

export function totp(key: Buffer, at: Date, digits = totpDigits, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  return hotp(key, timeStep(at), digits, algorithm);
}

/**
 * The step whose code matches, searching the current step and one on either side (a phone's
 * clock drifts, and a code typed at the end of its step arrives in the next), but only steps
 * after `lastUsedStep`: a code works once, and nothing older than an accepted code works.
 * Every candidate is computed, so the time taken does not tell which one matched.
 */
export function matchingStep(key: Buffer, code: string, at: Date, lastUsedStep: bigint | null, window = 1): bigint | null {
  const current = timeStep(at);
  let found: bigint | null = null;
  for (let delta = -window; delta <= window; delta++) {
    const step = current + BigInt(delta);
    const candidate = hotp(key, step);
    const fresh = lastUsedStep === null || step > lastUsedStep;
    if (candidate === code && fresh && found === null) found = step;
  }
  return found;
}

/** The address an authenticator app reads from a QR code. */
export function otpauthUrl(secret: Buffer, account: string, issuer: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({ secret: base32Encode(secret), issuer, algorithm: 'SHA1', digits: String(totpDigits), period: String(totpStepSeconds) });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** The code an authenticator app with this base32 secret shows at a moment: for the demo's "codes to try". */
export function totpCode(base32Secret: string, at: Date = new Date()): string {
  return totp(base32Decode(base32Secret), at);
}
