import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** The linked accounts among these handles: handle → account id. */
export async function linkedByHandle(db: Knex, masterId: string, handles: readonly string[]): Promise<Map<string, string>> {
  if (handles.length === 0) return new Map();
  const rows = await db('master_links as l')
    .join('workspaces as w', 'w.id', 'l.account_id')
    .select('w.handle', 'l.account_id')
    .where('l.workspace_id', masterId)
    .whereIn('w.handle', handles);
  return new Map(rows.map((row) => [row.handle, row.account_id]));
}

/** Sets a user's accounts to exactly these. */
export async function replaceScope(trx: Db, masterId: string, identityId: string, accountIds: readonly string[]): Promise<void> {
  await trx('master_user_accounts').where({ workspace_id: masterId, identity_id: identityId }).delete();
  if (accountIds.length > 0) await trx('master_user_accounts').insert(accountIds.map((account_id) => ({ workspace_id: masterId, identity_id: identityId, account_id })));
}
