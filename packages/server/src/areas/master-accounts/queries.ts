import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** A seller account as its sign-in proves it: the workspace, where its mail goes, and its owner. */
export interface SellerAccountRow {
  id: string;
  handle: string;
  name: string;
  /** The account's own address for confirmations, or its owner's. */
  email: string;
  owner_id: string;
  owner_email: string;
  password_hash: string | null;
  totp_enabled_at: Date | null;
}

/** The seller account with this nickname, with its owner's sign-in; undefined for anything else (no workspace, another kind of workspace). */
export async function sellerAccountByNickname(db: Knex, nickname: string): Promise<SellerAccountRow | undefined> {
  return db('workspaces as w')
    .join('memberships as m', function () {
      this.on('m.workspace_id', 'w.id').andOnVal('m.kind', 'owner');
    })
    .join('identities as i', 'i.id', 'm.identity_id')
    .select('w.id', 'w.handle', 'w.name', 'i.id as owner_id', 'i.email as owner_email', 'i.password_hash', 'i.totp_enabled_at')
    .select(db.raw('coalesce(w.account_email, i.email) as email'))
    .where({ 'w.handle': nickname, 'w.kind': 'account', 'w.catalog_template': 'marketplace' })
    .first();
}

/** The master account a seller account is linked to, if any. */
export async function linkOf(db: Db, accountId: string): Promise<{ workspace_id: string } | undefined> {
  return db('master_links').select('workspace_id').where({ account_id: accountId }).first();
}

export interface LinkRequestRow {
  id: string;
  purpose: 'register' | 'link';
  workspace_id: string;
  master_id: string | null;
  email: string;
  name: string | null;
  requested_by: string | null;
  expires_at: Date;
  used_at: Date | null;
}

export async function insertLinkRequest(db: Db, row: Omit<LinkRequestRow, 'used_at'> & { token_hash: Buffer; created_at: Date }): Promise<void> {
  await db('master_link_requests').insert(row);
}

/** A newer request for the same link voids the earlier one: only the latest mail's link works. */
export async function deleteOpenLinkRequests(db: Db, where: { purpose: 'register' | 'link'; workspace_id: string; master_id?: string | null; email?: string }): Promise<void> {
  const query = db('master_link_requests').where({ purpose: where.purpose, workspace_id: where.workspace_id }).whereNull('used_at');
  if (where.master_id) query.where({ master_id: where.master_id });
  if (where.email) query.where({ email: where.email });
  await query.delete();
}

export async function linkRequestByDigest(db: Knex, purpose: 'register' | 'link', digest: Buffer): Promise<LinkRequestRow | undefined> {
  return db('master_link_requests')
    .select('id', 'purpose', 'workspace_id', 'master_id', 'email', 'name', 'requested_by', 'expires_at', 'used_at')
    .where({ token_hash: digest, purpose })
    .first();
}

/** Uses a request up; false when another request used it first. */
export async function claimLinkRequest(trx: Db, id: string, now: Date): Promise<boolean> {
  return (await trx('master_link_requests').where({ id }).whereNull('used_at').update({ used_at: now })) === 1;
}

export async function insertLink(trx: Db, row: { account_id: string; workspace_id: string; linked_at: Date }): Promise<void> {
  await trx('master_links').insert(row);
}

export async function deleteLink(db: Db, masterId: string, accountId: string): Promise<boolean> {
  return (await db('master_links').where({ workspace_id: masterId, account_id: accountId }).delete(['account_id'])).length === 1;
}

export async function workspaceSummary(db: Knex, id: string): Promise<{ handle: string; name: string }> {
  return db('workspaces').select('handle', 'name').where({ id }).first();
}

/** The master's linked accounts; for a user, only those it was given. */
export async function linkedAccounts(db: Knex, masterId: string, onlyFor?: string): Promise<Array<{ id: string; handle: string; name: string; linked_at: Date }>> {
  const query = db('master_links as l')
    .join('workspaces as w', 'w.id', 'l.account_id')
    .select('w.id', 'w.handle', 'w.name', 'l.linked_at')
    .where('l.workspace_id', masterId)
    .orderBy([{ column: 'w.name' }, { column: 'w.handle' }]);
  if (onlyFor) query.whereExists(db('master_user_accounts as u').where('u.workspace_id', masterId).andWhere('u.identity_id', onlyFor).andWhereRaw('u.account_id = l.account_id'));
  return query;
}

/** "Add account" requests still waiting for their confirmation. */
export async function pendingLinks(db: Knex, masterId: string, now: Date): Promise<Array<{ handle: string; created_at: Date; expires_at: Date }>> {
  return db('master_link_requests as q')
    .join('workspaces as w', 'w.id', 'q.workspace_id')
    .select('w.handle', 'q.created_at', 'q.expires_at')
    .where({ 'q.master_id': masterId, 'q.purpose': 'link' })
    .whereNull('q.used_at')
    .where('q.expires_at', '>', now)
    .orderBy('q.created_at', 'desc');
}
