import type { Knex } from 'knex';

/** A gallery of the workspace with its title and password hash, or undefined. */
export async function guardedGallery(db: Knex, workspaceId: string, galleryId: string): Promise<{ id: string; title: string; password_hash: string | null } | undefined> {
  return db('galleries').select('id', 'title', 'password_hash').where({ workspace_id: workspaceId, id: galleryId }).first();
}
