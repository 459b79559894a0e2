import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealed.js';

describe('sealed secrets', () => {
  const key = randomBytes(32);
  const plain = Buffer.from('a totp secret of twenty');

  it('open with the key and purpose they were sealed with, and never hold the plain bytes', () => {
    const sealed = seal(key, 'totp', plain);
    expect(sealed.includes(plain)).toBe(false);
    expect(unseal(key, 'totp', sealed)).toEqual(plain);
    expect(seal(key, 'totp', plain)).not.toEqual(sealed);
  });

  it('refuse another instance secret, another purpose, or altered bytes', () => {
    const sealed = seal(key, 'totp', plain);
    expect(() => unseal(randomBytes(32), 'totp', sealed)).toThrow();
    expect(() => unseal(key, 'other', sealed)).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(() => unseal(key, 'totp', altered)).toThrow();
  });
});
