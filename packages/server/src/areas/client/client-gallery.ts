import type { ClientGalleryView, GalleryView } from '@foyer/schema';
import type { ClientContext } from '../../callers/contexts.js';
import { signDownloadLink } from '../../security/signed-links.js';
import { favouriteItemIds, findAccessDownloads } from './favourite-queries.js';

/** When download addresses made now expire: as picture addresses do, at the end of the next whole TTL step. */
export function downloadExpiry(ctx: Pick<ClientContext, 'clock' | 'config'>): number {
  const ttl = ctx.config.itemLinkTtlMs;
  return (Math.floor(ctx.clock.now().getTime() / ttl) + 2) * ttl;
}

/** The visitor's view of a gallery with what the client's access adds: their favourites, and download addresses where the access allows them. */
export async function withClientParts(ctx: ClientContext, accessId: string, view: GalleryView): Promise<ClientGalleryView> {
  const workspaceId = ctx.workspace.id;
  const [downloads, favourites] = [await findAccessDownloads(ctx.db, workspaceId, accessId), await favouriteItemIds(ctx.db, workspaceId, accessId, view.gallery.id)];
  const expires = downloadExpiry(ctx);
  const sign = (target: Parameters<typeof signDownloadLink>[3]) => (downloads ? signDownloadLink(ctx.secret, workspaceId, accessId, target, expires) : null);
  return {
    ...view,
    items: view.items.map((item) => ({ ...item, favourite: favourites.has(item.id), downloadUrl: sign({ kind: 'item', itemId: item.id }) })),
    zipUrl: view.items.length > 0 ? sign({ kind: 'gallery', galleryId: view.gallery.id }) : null,
    mayMarkFavourites: !ctx.session.preview,
  };
}
