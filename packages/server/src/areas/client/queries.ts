import type { Knex } from 'knex';

/** The access whose code has this digest in the workspace, whatever its state: the caller decides what the state means. */
export function findAccessByDigest(db: Knex, workspaceId: string, codeDigest: Buffer) {
  return db('client_accesses').select('id', 'name', 'disabled_at', 'expires_at').where({ workspace_id: workspaceId, code_digest: codeDigest }).first() as Promise<
    { id: string; name: string; disabled_at: Date | null; expires_at: Date | null } | undefined
  >;
}

/** Counts a sign-in with the access's code: when it was last used, and how often. */
export async function noteAccessUsed(db: Knex, workspaceId: string, accessId: string, now: Date): Promise<void> {
  await db('client_accesses')
    .where({ workspace_id: workspaceId, id: accessId })
    .update({ last_used_at: now, use_count: db.raw('use_count + 1') });
}
