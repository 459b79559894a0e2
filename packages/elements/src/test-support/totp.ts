import { generate } from 'otplib';

/**
 * The code a person's authenticator app shows for a base32 secret, made by otplib (an
 * implementation independent of the server's), so a test checks the server against the
 * standard and not against itself. `stepOffset` 1 is the next 30-second step's code (the
 * server accepts one step either side).
 */
export function totp(secretBase32: string, stepOffset = 0, at: Date = new Date()): Promise<string> {
  return generate({ secret: secretBase32, epoch: Math.floor(at.getTime() / 1000) + stepOffset * 30 });
}
