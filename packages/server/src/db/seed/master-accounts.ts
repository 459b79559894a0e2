import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { issueApiKey } from '../../security/api-keys.js';

/**
 * A master account made directly, as the operator's tools make accounts: its workspace (the
 * marketplace's, with the strict password rule sellers' master accounts are known for), its
 * owner, and its links to seller accounts that are linked to no other master account yet.
 * People link accounts through the emailed confirmation; a seed already knows they are one
 * seller's.
 */
export async function insertMasterAccount(db: Knex, master: { handle: string; name: string; ownerId: string; accountIds: readonly string[] }, now: Date): Promise<{ id: string }> {
  const id = randomUUID();
  await db.transaction(async (trx) => {
    await trx('workspaces').insert({ id, handle: master.handle, name: master.name, catalog_template: 'marketplace', kind: 'master', password_policy: 'two-of-each', created_at: now });
    await trx('memberships').insert({ workspace_id: id, identity_id: master.ownerId, kind: 'owner', created_at: now });
    await linkToMaster(trx, id, master.accountIds, now);
  });
  return { id };
}

export async function linkToMaster(db: Knex, masterId: string, accountIds: readonly string[], now: Date): Promise<void> {
  if (accountIds.length === 0) return;
  await db.raw('insert into master_links (account_id, workspace_id, linked_at) select a, ?, ? from unnest(?::uuid[]) as a', [masterId, now, [...accountIds]]);
}

/** A role of the marketplace catalog, or permissions picked one by one. */
export type SeededRole = { template: string } | { permissions: readonly string[] };

export interface SeededMasterUser {
  email: string;
  name: string;
  description: string;
  /** An API-only user works with its key alone: no password, no sign-in to the interface. */
  apiOnly: boolean;
  passwordHash: string | null;
  role: SeededRole;
  /** The linked accounts the user may work in. */
  accountIds: readonly string[];
}

/**
 * A third-party user of a master account, as the owner would add one: a membership of the
 * master account (`api` for an API-only user, `member` otherwise) with its role, the linked
 * accounts it may work in, and its own API key, which is returned once. An identity that
 * exists already keeps its password.
 */
export async function insertMasterUser(db: Knex, masterId: string, user: SeededMasterUser, now: Date): Promise<{ identityId: string; apiKey: string }> {
  return db.transaction(async (trx) => {
    const existing = await trx('identities').select('id').whereRaw('lower(email) = lower(?)', [user.email]).first();
    const identityId: string = existing?.id ?? randomUUID();
    if (!existing) await trx('identities').insert({ id: identityId, email: user.email, name: user.name, password_hash: user.passwordHash, created_at: now });
    await trx('memberships').insert({
      workspace_id: masterId,
      identity_id: identityId,
      kind: user.apiOnly ? 'api' : 'member',
      role_key: 'template' in user.role ? user.role.template : null,
      permissions: 'permissions' in user.role ? JSON.stringify(user.role.permissions) : null,
      description: user.description || null,
      created_at: now,
    });
    if (user.accountIds.length) {
      await trx.raw('insert into master_user_accounts (workspace_id, identity_id, account_id) select ?, ?, a from unnest(?::uuid[]) as a', [masterId, identityId, [...user.accountIds]]);
    }
    return { identityId, apiKey: (await issueApiKey(trx, now, masterId, identityId)).key };
  });
}

/** `base`, or `base-2`, `base-3` … whichever no workspace has taken. */
export async function freeHandle(db: Knex, base: string): Promise<string> {
  const taken = new Set((await db('workspaces').select('handle').where('handle', base).orWhereLike('handle', `${base}-%`)).map((w) => w.handle as string));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
