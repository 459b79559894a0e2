import type { Item } from '@foyer/schema';
import type { Context } from '../../context.js';
import { signItemLink } from '../../security/signed-links.js';
import { hasSizes, type PictureSize } from './picture-sizes.js';

/** When a signed file or download address made now expires: at the end of the next whole TTL step. */
export function linkExpiresAt(ctx: Pick<Context, 'clock' | 'config'>): number {
  const ttl = ctx.config.itemLinkTtlMs;
  return (Math.floor(ctx.clock.now().getTime() / ttl) + 2) * ttl;
}

/**
 * The signed address of an item's file. Expiry is rounded up to a whole TTL step so the same
 * photo keeps the same address for a while and browsers can cache it.
 */
export function itemUrl(ctx: Context, workspaceId: string, itemId: string, size?: PictureSize): string {
  const url = signItemLink(ctx.secret, workspaceId, itemId, linkExpiresAt(ctx));
  // The size is not signed: whoever may see the picture may see it in any size.
  return size ? `${url}&size=${size}` : url;
}

/** An item's addresses: as uploaded, and, for a picture, its thumbnail and screen sizes. */
export function itemAddresses(ctx: Context, workspaceId: string, item: { id: string; mediaType: string }): Pick<Item, 'url' | 'thumbnailUrl' | 'screenUrl'> {
  const url = itemUrl(ctx, workspaceId, item.id);
  if (!hasSizes(item.mediaType)) return { url, thumbnailUrl: url, screenUrl: url };
  return { url, thumbnailUrl: itemUrl(ctx, workspaceId, item.id, 'thumbnail'), screenUrl: itemUrl(ctx, workspaceId, item.id, 'screen') };
}

/** A gallery's direct link: the owner's gallery page with the gallery named in it. */
export function directLink(galleryUrl: string | null, galleryId: string): string {
  const base = galleryUrl ?? '';
  return `${base}${base.includes('?') ? '&' : '?'}gallery=${galleryId}`;
}
