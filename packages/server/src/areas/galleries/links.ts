import type { Context } from '../../context.js';
import { signItemLink } from '../../security/signed-links.js';

/**
 * The signed address of an item's file. Expiry is rounded up to a whole TTL step so the same
 * photo keeps the same address for a while and browsers can cache it.
 */
export function itemUrl(ctx: Context, workspaceId: string, itemId: string): string {
  const ttl = ctx.config.itemLinkTtlMs;
  const expires = (Math.floor(ctx.clock.now().getTime() / ttl) + 2) * ttl;
  return signItemLink(ctx.secret, workspaceId, itemId, expires);
}

/** A gallery's direct link: the owner's gallery page with the gallery named in it. */
export function directLink(galleryUrl: string | null, galleryId: string): string {
  const base = galleryUrl ?? '';
  return `${base}${base.includes('?') ? '&' : '?'}gallery=${galleryId}`;
}
