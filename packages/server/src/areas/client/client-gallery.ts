import type { ClientGalleryView, GalleryView } from '@foyer/schema';
import type { ClientContext } from '../../callers/contexts.js';
import { signDownloadLink } from '../../security/signed-links.js';
import { findAccessStanding } from '../accesses/queries.js';
import { linkExpiresAt } from '../galleries/links.js';
import { favouriteItemIds } from './favourite-queries.js';

/** The visitor's view of a gallery with what the client's access adds: their favourites, and download addresses where the access allows them. */
export async function withClientParts(ctx: ClientContext, accessId: string, view: GalleryView): Promise<ClientGalleryView> {
  const workspaceId = ctx.workspace.id;
  const [access, favourites] = await Promise.all([findAccessStanding(ctx.db, workspaceId, accessId), favouriteItemIds(ctx.db, workspaceId, accessId, view.gallery.id)]);
  const downloads = access?.downloads ?? false;
  const expires = linkExpiresAt(ctx);
  const sign = (target: Parameters<typeof signDownloadLink>[3]) => (downloads ? signDownloadLink(ctx.secret, workspaceId, accessId, target, expires) : null);
  return {
    ...view,
    items: view.items.map((item) => ({ ...item, favourite: favourites.has(item.id), downloadUrl: sign({ kind: 'item', itemId: item.id }) })),
    zipUrl: view.items.length > 0 ? sign({ kind: 'gallery', galleryId: view.gallery.id }) : null,
    mayMarkFavourites: !ctx.session.preview,
  };
}
