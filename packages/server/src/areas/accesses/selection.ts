import type { AccessRef, AccessSelection } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { notFound } from '../../errors.js';
import { itemAddresses } from '../galleries/links.js';
import { findAccessSecret, selectFavourites } from './queries.js';

/** What the access's client marked as favourites, gallery by gallery, for the photographer to see their choice. */
export async function accessSelection(ctx: MemberContext, input: z.output<typeof AccessRef>): Promise<AccessSelection> {
  const workspaceId = ctx.workspace.id;
  if (!(await findAccessSecret(ctx.db, workspaceId, input.accessId))) throw notFound('ACCESS_NOT_FOUND');
  const rows = await selectFavourites(ctx.db, workspaceId, input.accessId);
  const galleries = new Map<string, AccessSelection['galleries'][number]>();
  for (const row of rows) {
    let gallery = galleries.get(row.gallery_id);
    if (!gallery) galleries.set(row.gallery_id, (gallery = { galleryId: row.gallery_id, title: row.gallery_title, items: [] }));
    gallery.items.push({
      id: row.item_id,
      name: row.name,
      title: row.title ?? null,
      thumbnailUrl: itemAddresses(ctx, workspaceId, { id: row.item_id, mediaType: row.media_type }).thumbnailUrl,
      markedAt: new Date(row.created_at).toISOString(),
    });
  }
  return { count: rows.length, galleries: [...galleries.values()] };
}
