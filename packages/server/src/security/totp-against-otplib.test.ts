import { randomBytes } from 'node:crypto';
import { generateSecret, generateSync, verifySync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchingStep, newTotpSecret, otpauthUrl, timeStep, totp, totpCode } from './totp.js';
import { rfc6238Keys, rfc6238Vectors } from '../test-support/rfc6238-vectors.js';

/*
 * Foyer's TOTP is written by hand; otplib is an implementation written by others. The same
 * secret at the same moment must give the same code in both, and a code one accepts the other
 * accepts, or a person's authenticator app and the server would disagree.
 */

/** Moments spread over the years a secret lives, plus each step's edges. */
function moments(): Date[] {
  const at: Date[] = [];
  for (let i = 0; i < 200; i++) at.push(new Date(Date.UTC(2020, 0, 1) + Math.floor(Math.random() * 20 * 365 * 86_400_000)));
  const step = 30_000 * 58_000_000;
  at.push(new Date(step), new Date(step - 1), new Date(step + 29_999), new Date(0));
  return at;
}

describe('the hand-written TOTP agrees with otplib', () => {
  it.each(rfc6238Vectors)('both give the RFC 6238 values at %i seconds, for SHA-1, SHA-256 and SHA-512', (seconds, sha1, sha256, sha512) => {
    const at = new Date(seconds * 1000);
    const expected = { sha1, sha256, sha512 };
    for (const algorithm of ['sha1', 'sha256', 'sha512'] as const) {
      const key = rfc6238Keys[algorithm];
      expect(generateSync({ secret: new Uint8Array(key), epoch: seconds, digits: 8, algorithm })).toBe(expected[algorithm]);
      expect(totp(key, at, 8, algorithm)).toBe(expected[algorithm]);
    }
  });

  it('gives the code otplib gives for the secrets it makes, at any moment', () => {
    for (let i = 0; i < 20; i++) {
      const secret = generateSecret();
      for (const at of moments()) expect(totpCode(secret, at)).toBe(generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) }));
    }
  });

  it('makes secrets otplib reads: the base32 of the secret and of the otpauth address give the same codes', () => {
    for (let i = 0; i < 20; i++) {
      const key = newTotpSecret();
      const secret = base32Encode(key);
      const fromAddress = new URLSearchParams(otpauthUrl(key, 'ada@example.com', 'Foyer').split('?')[1]).get('secret')!;
      expect(fromAddress).toBe(secret);
      for (const at of moments().slice(0, 20)) {
        const epoch = Math.floor(at.getTime() / 1000);
        expect(generateSync({ secret: fromAddress, epoch })).toBe(totp(key, at));
        expect(generateSync({ secret: new Uint8Array(key), epoch })).toBe(totp(key, at));
      }
    }
  });

  it('reads base32 as otplib does, in either case and with spaces', () => {
    for (let i = 0; i < 50; i++) {
      const secret = generateSecret({ length: 16 + (i % 17) });
      const key = base32Decode(secret);
      expect(base32Encode(key)).toBe(secret.replace(/=+$/, ''));
      const spaced = secret.toLowerCase().replace(/(.{4})/g, '$1 ');
      expect(totpCode(spaced, new Date(1_700_000_000_000))).toBe(generateSync({ secret, epoch: 1_700_000_000 }));
    }
  });

  it('gives the HOTP values otplib gives at any counter', () => {
    const key = randomBytes(20);
    for (const counter of [0, 1, 2, 9, 255, 256, 65_535, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      expect(hotp(key, BigInt(counter))).toBe(generateSync({ strategy: 'hotp', secret: new Uint8Array(key), counter }));
    }
  });

  it('accepts the codes otplib accepts with one step either side, and refuses those it refuses', () => {
    const key = newTotpSecret();
    const secret = base32Encode(key);
    const at = new Date('2026-06-01T10:00:15Z');
    const epoch = Math.floor(at.getTime() / 1000);
    const step = timeStep(at);
    for (const delta of [-3, -2, -1, 0, 1, 2, 3]) {
      const code = generateSync({ secret, epoch: epoch + delta * 30 });
      const theirs = verifySync({ secret, token: code, epoch, epochTolerance: 30 });
      const ours = matchingStep(key, code, at, null);
      expect(ours !== null).toBe(theirs.valid);
      if (theirs.valid) expect(ours).toBe(step + BigInt(theirs.delta));
    }
  });

  it('refuses, as otplib does with afterTimeStep, a code of the step last used or of any step before it', () => {
    const key = newTotpSecret();
    const secret = base32Encode(key);
    const at = new Date('2026-06-01T10:00:15Z');
    const epoch = Math.floor(at.getTime() / 1000);
    const step = timeStep(at);
    for (const used of [-2, -1, 0, 1]) {
      const lastUsed = step + BigInt(used);
      for (const delta of [-1, 0, 1]) {
        const code = generateSync({ secret, epoch: epoch + delta * 30 });
        const theirs = verifySync({ secret, token: code, epoch, epochTolerance: 30, afterTimeStep: Number(lastUsed) });
        expect(matchingStep(key, code, at, lastUsed) !== null).toBe(theirs.valid);
      }
    }
  });
});
