import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchingStep, otpauthUrl, timeStep, totp } from './totp.js';
import { rfc6238Keys, rfc6238Vectors } from '../test-support/rfc6238-vectors.js';

// RFC 4226, Appendix D: the secret "12345678901234567890" and its first ten HOTP values.
const rfc4226Key = Buffer.from('12345678901234567890', 'ascii');
const rfc4226Values = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];

describe('one-time passwords', () => {
  it('give the HOTP values of RFC 4226, Appendix D', () => {
    for (const [counter, value] of rfc4226Values.entries()) expect(hotp(rfc4226Key, BigInt(counter))).toBe(value);
  });

  it.each(rfc6238Vectors)('give the TOTP values of RFC 6238, Appendix B, at %i seconds', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    expect(totp(rfc6238Keys.sha1, at, 8, 'sha1')).toBe(sha1);
    expect(totp(rfc6238Keys.sha256, at, 8, 'sha256')).toBe(sha256);
    expect(totp(rfc6238Keys.sha512, at, 8, 'sha512')).toBe(sha512);
  });

  it('accept the code of the current step and of one step on either side, and no further', () => {
    const at = new Date('2026-06-01T10:00:15Z');
    const step = timeStep(at);
    for (const delta of [-1n, 0n, 1n]) expect(matchingStep(rfc4226Key, hotp(rfc4226Key, step + delta), at, null)).toBe(step + delta);
    for (const delta of [-2n, 2n]) expect(matchingStep(rfc4226Key, hotp(rfc4226Key, step + delta), at, null)).toBeNull();
  });

  it('refuse a code of a step already used, or of any step before it', () => {
    const at = new Date('2026-06-01T10:00:15Z');
    const step = timeStep(at);
    expect(matchingStep(rfc4226Key, hotp(rfc4226Key, step), at, step)).toBeNull();
    expect(matchingStep(rfc4226Key, hotp(rfc4226Key, step - 1n), at, step)).toBeNull();
    expect(matchingStep(rfc4226Key, hotp(rfc4226Key, step + 1n), at, step)).toBe(step + 1n);
  });

  it('write secrets in base32 the way authenticator apps read them', () => {
    // RFC 4648, section 10.
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    const key = Buffer.from('0123456789abcdefghij');
    expect(base32Decode(base32Encode(key))).toEqual(key);
  });

  it('name the account, the issuer and the secret in the otpauth address', () => {
    const address = otpauthUrl(rfc4226Key, 'ada@example.com', 'Foyer');
    expect(address.startsWith('otpauth://totp/Foyer:ada%40example.com?')).toBe(true);
    const params = new URLSearchParams(address.slice(address.indexOf('?') + 1));
    expect(params.get('secret')).toBe(base32Encode(rfc4226Key));
    expect(params.get('issuer')).toBe('Foyer');
    expect(params.get('period')).toBe('30');
  });
});
