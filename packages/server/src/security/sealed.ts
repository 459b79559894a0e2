import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets the server must read back (a TOTP secret, to compute the codes it checks) are kept
 * sealed with AES-256-GCM under a key derived from the instance secret for one purpose. A
 * copy of the database alone does not give them away; a changed instance secret makes them
 * unreadable rather than wrong.
 */
function keyFor(instanceSecret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', instanceSecret, Buffer.alloc(0), `foyer:${purpose}`, 32));
}

/** iv (12 bytes) · tag (16 bytes) · ciphertext; the purpose is bound in as associated data. */
export function seal(instanceSecret: Buffer, purpose: string, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(instanceSecret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** The sealed bytes, or an error if they were sealed under another key or purpose, or altered. */
export function unseal(instanceSecret: Buffer, purpose: string, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keyFor(instanceSecret, purpose), sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(purpose, 'utf8'));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
