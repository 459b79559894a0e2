import { randomInt } from 'node:crypto';
import { keyedDigest } from './tokens.js';

// No 0/o, 1/l/i: a code read aloud or from a printed card is typed right the first time.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const groups = 4;
const groupLength = 4;

/** A readable code such as `k7pm-3xqa-9trw-h2cd`: 16 symbols of 31, about 79 bits. */
export function generateAccessCode(): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = '';
    for (let i = 0; i < groupLength; i++) part += alphabet[randomInt(alphabet.length)];
    parts.push(part);
  }
  return parts.join('-');
}

export const generatedCodeBits = groups * groupLength * Math.log2(alphabet.length);

/** Codes are compared case-insensitively: the schema lower-cases them, this makes sure. */
export function normalizeAccessCode(code: string): string {
  return code.trim().toLowerCase();
}

/** The look-up key of a code: keyed, so a copy of the database alone does not reveal codes. */
export function accessCodeDigest(key: Buffer, workspaceId: string, code: string): Buffer {
  return keyedDigest(key, 'access-code', workspaceId, normalizeAccessCode(code));
}

export function accessCodeHint(code: string): string {
  return normalizeAccessCode(code).slice(-4);
}
