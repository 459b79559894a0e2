import type { TermsDocument } from '@foyer/schema';
import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

const iso = (value: Date | string) => new Date(value).toISOString();

/** The workspace's current terms: the highest version, or null while none was published. */
export async function currentTermsOf(db: Db, workspaceId: string): Promise<TermsDocument | null> {
  const row = await db('terms_versions').select('version', 'title', 'text', 'published_at').where({ workspace_id: workspaceId }).orderBy('version', 'desc').first();
  return row ? { version: row.version, title: row.title, text: row.text, publishedAt: iso(row.published_at) } : null;
}

/** Locks the workspace's row until the transaction ends: versions of one workspace are numbered one at a time. */
export async function lockWorkspace(trx: Knex.Transaction, workspaceId: string): Promise<void> {
  await trx('workspaces').where({ id: workspaceId }).forUpdate().first('id');
}

export async function latestVersion(trx: Knex.Transaction, workspaceId: string): Promise<number> {
  const latest = await trx('terms_versions').where({ workspace_id: workspaceId }).max({ v: 'version' }).first();
  return Number(latest?.v ?? 0);
}

export async function insertTermsVersion(
  trx: Knex.Transaction,
  row: { workspace_id: string; version: number; title: string; text: string; published_by: string; published_at: Date },
): Promise<void> {
  await trx('terms_versions').insert(row);
}

/** Every contact of the workspace has the terms still to accept. */
export async function clearAcceptances(trx: Knex.Transaction, workspaceId: string): Promise<void> {
  await trx('contacts').where({ workspace_id: workspaceId }).whereNotNull('terms_accepted_at').update({ terms_accepted_at: null });
}

/** The id of the contact the identity is in the workspace, if any. */
export async function contactIdOf(db: Db, workspaceId: string, identityId: string): Promise<string | undefined> {
  const row = await db('contacts').select('id').where({ workspace_id: workspaceId, identity_id: identityId }).first();
  return row?.id;
}

export async function markTermsAccepted(db: Db, workspaceId: string, contactId: string, now: Date): Promise<void> {
  await db('contacts').where({ workspace_id: workspaceId, id: contactId }).update({ terms_accepted_at: now, updated_at: now });
}
