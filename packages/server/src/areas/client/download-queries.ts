import type { Knex } from 'knex';

export interface GalleryFileRow {
  name: string;
  blob_key: string;
  created_at: Date;
}

/** The gallery's own files in the gallery's order: what its ZIP holds. */
export function galleryFiles(db: Knex, workspaceId: string, galleryId: string): Promise<GalleryFileRow[]> {
  return db('gallery_items')
    .select('name', 'blob_key', 'created_at')
    .where({ workspace_id: workspaceId, gallery_id: galleryId })
    .orderBy([{ column: 'position' }, { column: 'id' }]);
}
