import { keyedDigest, sameBytes } from './tokens.js';

/**
 * Short-lived signed addresses for files, so an <img src> can load a photo without a
 * bearer header. The signature binds workspace, item and expiry: an HMAC-SHA256 cut to its
 * first 128 bits, which no one forges by guessing, and which keeps each of the hundreds of
 * cover addresses in a client's overview 21 characters shorter.
 */
const signatureBytes = 16;

function itemLinkSignature(key: Buffer, workspaceId: string, itemId: string, exp: string): Buffer {
  return keyedDigest(key, 'item-link', workspaceId, itemId, exp).subarray(0, signatureBytes);
}

export function signItemLink(key: Buffer, workspaceId: string, itemId: string, expiresAtMs: number): string {
  const exp = Math.floor(expiresAtMs / 1000);
  const memoKey = `${workspaceId}/${itemId}/${exp}`;
  let memo = signedByKey.get(key);
  const known = memo?.get(memoKey);
  if (known) return known;
  const sig = itemLinkSignature(key, workspaceId, itemId, String(exp)).toString('base64url');
  const link = `/files/${workspaceId}/${itemId}?exp=${exp}&sig=${sig}`;
  if (!memo) signedByKey.set(key, (memo = new Map()));
  // Oldest first out: entries of a passed expiry step are never asked for again.
  if (memo.size >= memoLimit) memo.delete(memo.keys().next().value!);
  memo.set(memoKey, link);
  return link;
}

/**
 * Links already signed, per key. Expiry comes in whole steps (see itemUrl), so an overview
 * signs the same covers on every call within a step; a link depends only on key, workspace,
 * item and expiry, so remembering it changes no answer and saves an HMAC per card per call.
 */
const signedByKey = new WeakMap<Buffer, Map<string, string>>();
const memoLimit = 20_000;

export function verifyItemLink(key: Buffer, workspaceId: string, itemId: string, exp: string, sig: string, nowMs: number): boolean {
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < nowMs) return false;
  const expected = itemLinkSignature(key, workspaceId, itemId, exp);
  return sameBytes(expected, Buffer.from(sig, 'base64url'));
}
