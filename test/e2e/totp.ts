import { generateSync } from 'otplib';

/**
 * The code an authenticator app shows for a base32 secret at a moment, made by otplib (an
 * implementation independent of the server's), so the walk checks the server against the
 * standard and not against itself.
 */
export function totp(secretBase32: string, at: Date = new Date()): string {
  return generateSync({ secret: secretBase32, epoch: Math.floor(at.getTime() / 1000) });
}
