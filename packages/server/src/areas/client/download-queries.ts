import type { Knex } from 'knex';
import type { AccessScope } from '@foyer/schema';

export interface DownloadAccessRow {
  id: string;
  scope: AccessScope;
  downloads: boolean;
  disabled_at: Date | null;
  expires_at: Date | null;
}

/** The access a download address was made for, as it stands now, or undefined for no such access in the workspace. */
export function findDownloadAccess(db: Knex, workspaceId: string, accessId: string): Promise<DownloadAccessRow | undefined> {
  return db('client_accesses').select('id', 'scope', 'downloads', 'disabled_at', 'expires_at').where({ workspace_id: workspaceId, id: accessId }).first();
}

export function findGalleryTitle(db: Knex, workspaceId: string, galleryId: string): Promise<{ title: string } | undefined> {
  return db('galleries').select('title').where({ workspace_id: workspaceId, id: galleryId }).first();
}

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
