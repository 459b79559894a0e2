import { keyedDigest, sameBytes } from './tokens.js';

/**
 * Short-lived signed addresses for files, so an <img src> can load a photo without a
 * bearer header. The signature binds workspace, item and expiry: an HMAC-SHA256 cut to its
 * first 128 bits, which no one forges by guessing, and which keeps each of the hundreds of
 * cover addresses in a client's overview 21 characters shorter.
 */
const signatureBytes = 16;

/** The signature of one kind of link: the purpose keeps a link of one kind from passing as another. */
function linkSignature(key: Buffer, purpose: LinkPurpose, ...parts: string[]): Buffer {
  return keyedDigest(key, purpose, ...parts).subarray(0, signatureBytes);
}

type LinkPurpose = 'item-link' | 'item-download' | 'gallery-zip';

function itemLinkSignature(key: Buffer, workspaceId: string, itemId: string, exp: string): Buffer {
  return linkSignature(key, 'item-link', workspaceId, itemId, exp);
}

/** Whether `sig` is the expected signature of a link that has not expired yet. */
function validSignature(expected: () => Buffer, exp: string, sig: string, nowMs: number): boolean {
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < nowMs) return false;
  return sameBytes(expected(), Buffer.from(sig, 'base64url'));
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
  return validSignature(() => itemLinkSignature(key, workspaceId, itemId, exp), exp, sig, nowMs);
}

/**
 * What a client's download address opens: one picture's original file, or a whole gallery as a
 * ZIP. The address names the access it was made for, so each download checks again that the
 * access is active, still allows downloads and still reaches the gallery.
 */
export type DownloadTarget = { kind: 'item'; itemId: string } | { kind: 'gallery'; galleryId: string };

function downloadSignature(key: Buffer, workspaceId: string, accessId: string, target: DownloadTarget, exp: string): Buffer {
  return target.kind === 'item'
    ? linkSignature(key, 'item-download', workspaceId, accessId, target.itemId, exp)
    : linkSignature(key, 'gallery-zip', workspaceId, accessId, target.galleryId, exp);
}

/** The address of a download for a client's access: `/downloads/{workspace}/{access}/items/{item}` or `…/galleries/{gallery}.zip`. */
export function signDownloadLink(key: Buffer, workspaceId: string, accessId: string, target: DownloadTarget, expiresAtMs: number): string {
  const exp = String(Math.floor(expiresAtMs / 1000));
  const sig = downloadSignature(key, workspaceId, accessId, target, exp).toString('base64url');
  const path = target.kind === 'item' ? `items/${target.itemId}` : `galleries/${target.galleryId}.zip`;
  return `/downloads/${workspaceId}/${accessId}/${path}?exp=${exp}&sig=${sig}`;
}

export function verifyDownloadLink(key: Buffer, workspaceId: string, accessId: string, target: DownloadTarget, exp: string, sig: string, nowMs: number): boolean {
  return validSignature(() => downloadSignature(key, workspaceId, accessId, target, exp), exp, sig, nowMs);
}
