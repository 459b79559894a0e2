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

/** Keeps that the contact accepted this version; the first acceptance of a version is the one kept. */
export async function recordAcceptance(db: Db, row: { workspace_id: string; version: number; contact_id: string; accepted_at: Date }): Promise<void> {
  await db('terms_acceptances').insert(row).onConflict(['workspace_id', 'version', 'contact_id']).ignore();
}

export interface TermsVersionRow {
  version: number;
  title: string;
  published_at: Date | string;
  published_by_name: string | null;
  published_by_email: string | null;
  accepted: number;
}

/** The workspace's versions, newest first (at most `limit`), each with how many contacts accepted it. */
export async function selectTermsVersions(db: Db, workspaceId: string, limit: number): Promise<TermsVersionRow[]> {
  return db('terms_versions as v')
    .leftJoin('identities as i', 'i.id', 'v.published_by')
    .select('v.version', 'v.title', 'v.published_at', 'i.name as published_by_name', 'i.email as published_by_email')
    .select(db.raw('(select count(*) from terms_acceptances a where a.workspace_id = v.workspace_id and a.version = v.version)::int as accepted'))
    .where('v.workspace_id', workspaceId)
    .orderBy('v.version', 'desc')
    .limit(limit);
}

/**
 * How many contacts the workspace has (from the counts kept per status), and how many hold an
 * acceptance now: the ones a new version resets.
 */
export async function contactTermsCounts(db: Db, workspaceId: string): Promise<{ total: number; accepted: number }> {
  const total = await db('contact_counts').where({ workspace_id: workspaceId }).sum({ n: 'n' }).first();
  const accepted = await db('contacts').where({ workspace_id: workspaceId }).whereNotNull('terms_accepted_at').count({ n: '*' }).first();
  return { total: Number(total?.n ?? 0), accepted: Number(accepted?.n ?? 0) };
}
