import type { Knex } from 'knex';

/** A gallery of the workspace with its title and password hash, or undefined. */
export async function guardedGallery(db: Knex, workspaceId: string, galleryId: string): Promise<{ id: string; title: string; password_hash: string | null } | undefined> {
  return db('galleries').select('id', 'title', 'password_hash').where({ workspace_id: workspaceId, id: galleryId }).first();
}

/** Whether a gallery session holds this gallery of its workspace, unlocked by its password. */
export async function sessionHoldsGallery(db: Knex, sessionId: string, workspaceId: string, galleryId: string): Promise<boolean> {
  const row = await db('session_galleries').select('gallery_id').where({ session_id: sessionId, workspace_id: workspaceId, gallery_id: galleryId }).first();
  return Boolean(row);
}

/** Adds a gallery to what a session holds; unlocking it again keeps the first time. */
export async function addSessionGallery(db: Knex, row: { session_id: string; workspace_id: string; gallery_id: string; unlocked_at: Date }): Promise<void> {
  await db('session_galleries').insert(row).onConflict(['session_id', 'gallery_id']).ignore();
}

/** Takes a gallery out of every session that unlocked it: its password must be given again. */
export async function forgetUnlockedGallery(db: Knex, workspaceId: string, galleryId: string): Promise<void> {
  await db('session_galleries').where({ workspace_id: workspaceId, gallery_id: galleryId }).delete();
}

/**
 * Whether the gallery's password is still the one with this hash. Holds the gallery's row until
 * the transaction ends, so an owner's change of the password waits for it, or it for the change.
 */
export async function passwordStillIs(db: Knex, workspaceId: string, galleryId: string, hash: string): Promise<boolean> {
  const row = await db('galleries').select('id').where({ workspace_id: workspaceId, id: galleryId, password_hash: hash }).forShare().first();
  return Boolean(row);
}
