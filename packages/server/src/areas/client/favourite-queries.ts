import type { Knex } from 'knex';

/** The items of the gallery the access marked as favourites. */
export async function favouriteItemIds(db: Knex, workspaceId: string, accessId: string, galleryId: string): Promise<Set<string>> {
  const rows = await db('access_favourites as f')
    .join('gallery_items as i', function () {
      this.on('i.workspace_id', 'f.workspace_id').andOn('i.id', 'f.item_id');
    })
    .select('f.item_id')
    .where({ 'f.workspace_id': workspaceId, 'f.access_id': accessId, 'i.gallery_id': galleryId });
  return new Set(rows.map((r: { item_id: string }) => r.item_id));
}

/** Marks the item; marking it again keeps the first mark's time. */
export async function insertFavourite(db: Knex, workspaceId: string, accessId: string, itemId: string, now: Date): Promise<void> {
  await db('access_favourites').insert({ workspace_id: workspaceId, access_id: accessId, item_id: itemId, created_at: now }).onConflict(['access_id', 'item_id']).ignore();
}

export async function deleteFavourite(db: Knex, workspaceId: string, accessId: string, itemId: string): Promise<void> {
  await db('access_favourites').where({ workspace_id: workspaceId, access_id: accessId, item_id: itemId }).delete();
}
