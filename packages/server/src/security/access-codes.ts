import { randomInt } from 'node:crypto';
import { normalizeAccessCode } from '@foyer/schema';
import { seal, unseal } from './sealed.js';
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

/** The look-up key of a code: keyed, so a copy of the database alone does not reveal codes. */
export function accessCodeDigest(key: Buffer, workspaceId: string, code: string): Buffer {
  return keyedDigest(key, 'access-code', workspaceId, normalizeAccessCode(code));
}

export function accessCodeHint(code: string): string {
  return [...normalizeAccessCode(code)].slice(-4).join('');
}

/**
 * A code as the owner reads it back: sealed under the instance key for this one access (its
 * workspace and id are the sealing's purpose, so a sealed code moved to another row opens
 * nowhere). The database alone holds nothing that gives a code away.
 */
const sealPurpose = (workspaceId: string, accessId: string) => `access-code:${workspaceId}:${accessId}`;

export function sealAccessCode(key: Buffer, workspaceId: string, accessId: string, code: string): Buffer {
  return seal(key, sealPurpose(workspaceId, accessId), Buffer.from(normalizeAccessCode(code), 'utf8'));
}

/** The code, or null when the sealed bytes do not open under this key and access (an altered or moved row). */
export function unsealAccessCode(key: Buffer, workspaceId: string, accessId: string, sealed: Buffer): string | null {
  try {
    return unseal(key, sealPurpose(workspaceId, accessId), sealed).toString('utf8');
  } catch {
    return null;
  }
}
