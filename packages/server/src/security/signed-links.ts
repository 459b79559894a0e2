import { keyedDigest, sameBytes } from './tokens.js';

/**
 * Short-lived signed addresses for files, so an <img src> can load a photo without a
 * bearer header. The signature binds workspace, item and expiry.
 */
export function signItemLink(key: Buffer, workspaceId: string, itemId: string, expiresAtMs: number): string {
  const exp = Math.floor(expiresAtMs / 1000);
  const sig = keyedDigest(key, 'item-link', workspaceId, itemId, String(exp)).toString('base64url');
  return `/files/${workspaceId}/${itemId}?exp=${exp}&sig=${sig}`;
}

export function verifyItemLink(
  key: Buffer,
  workspaceId: string,
  itemId: string,
  exp: string,
  sig: string,
  nowMs: number,
): boolean {
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < nowMs) return false;
  const expected = keyedDigest(key, 'item-link', workspaceId, itemId, exp);
  return sameBytes(expected, Buffer.from(sig, 'base64url'));
}
