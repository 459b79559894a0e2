import type { GalleryCard, GalleryView } from '@foyer/schema';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { itemAddresses, itemUrl } from './links.js';
import { loadCards, loadItems, type CardRow } from './queries.js';

export function toCard(ctx: Context, workspaceId: string, row: Pick<CardRow, 'id' | 'title' | 'coverItemId' | 'itemCount'>, subGalleryCount: number): GalleryCard {
  return {
    id: row.id,
    title: row.title,
    coverUrl: row.coverItemId ? itemUrl(ctx, workspaceId, row.coverItemId, 'thumbnail') : null,
    itemCount: row.itemCount,
    subGalleryCount,
  };
}

/**
 * One gallery as a visitor sees it. `mayShow` narrows the navigation links to galleries the
 * visitor may open (an explicit-only access shows only galleries added by hand).
 */
export async function buildGalleryView(ctx: Context, workspaceId: string, galleryId: string, mayShow: (galleryId: string) => boolean = () => true): Promise<GalleryView> {
  const cards = await loadCards(ctx.db, workspaceId, [galleryId]);
  const gallery = cards.get(galleryId);
  if (!gallery) throw notFound('GALLERY_NOT_FOUND');

  const childIds = gallery.allowNavigation ? gallery.childIds.filter(mayShow) : [];
  const related = await loadCards(ctx.db, workspaceId, [...childIds, ...(gallery.parentId ? [gallery.parentId] : [])]);
  const parentRow = gallery.parentId ? related.get(gallery.parentId) : undefined;
  const parent = parentRow?.allowNavigation && mayShow(parentRow.id) ? { id: parentRow.id, title: parentRow.title } : null;

  const subGalleries = childIds
    .map((id) => related.get(id))
    .filter((row): row is CardRow => Boolean(row))
    .map((row) => toCard(ctx, workspaceId, row, row.allowNavigation ? row.childIds.filter(mayShow).length : 0));

  const items = (await loadItems(ctx.db, workspaceId, galleryId)).map((item) => ({ ...item, ...itemAddresses(ctx, workspaceId, item) }));
  return { gallery: { id: gallery.id, title: gallery.title }, items, subGalleries, parent };
}
