import type { Knex } from 'knex';
import type { MemberContext } from '../../callers/contexts.js';

/** Each user's accounts, by handle: identity id → handles, in name order. */
export async function scopesOf(db: Knex, masterId: string, identityId?: string): Promise<Map<string, string[]>> {
  const query = db('master_user_accounts as u')
    .join('workspaces as w', 'w.id', 'u.account_id')
    .select('u.identity_id', 'w.handle')
    .where('u.workspace_id', masterId)
    .orderBy([{ column: 'w.name' }, { column: 'w.handle' }]);
  if (identityId) query.where('u.identity_id', identityId);
  const scopes = new Map<string, string[]>();
  for (const row of await query) scopes.set(row.identity_id, [...(scopes.get(row.identity_id) ?? []), row.handle]);
  return scopes;
}

/** The accounts the caller may hand out and manage users in: every linked account for the owner, its own for a user with Manage users. */
export async function accountsOfCaller(ctx: Pick<MemberContext, 'db' | 'workspace' | 'kind' | 'identityId'>): Promise<Set<string> | 'all'> {
  if (ctx.kind === 'owner') return 'all';
  return new Set((await scopesOf(ctx.db, ctx.workspace.id, ctx.identityId)).get(ctx.identityId) ?? []);
}

/**
 * Whether a user works in an account the caller does not: in a master account, a user with
 * Manage users changes only users whose every account is also its own, as it changes only
 * users whose every permission it holds. Read for one user, or (without `identityId`) for every
 * user at once, as a list shows them; the answer tells it for any user it was read for.
 */
export async function beyondCallerTest(
  ctx: Pick<MemberContext, 'db' | 'workspace' | 'workspaceKind' | 'kind' | 'identityId'>,
  identityId?: string,
): Promise<(identityId: string) => boolean> {
  if (ctx.workspaceKind !== 'master') return () => false;
  const mine = await accountsOfCaller(ctx);
  if (mine === 'all') return () => false;
  const scopes = await scopesOf(ctx.db, ctx.workspace.id, identityId);
  return (user) => (scopes.get(user) ?? []).some((handle) => !mine.has(handle));
}

export async function worksBeyondCaller(ctx: Pick<MemberContext, 'db' | 'workspace' | 'workspaceKind' | 'kind' | 'identityId'>, identityId: string): Promise<boolean> {
  return (await beyondCallerTest(ctx, identityId))(identityId);
}
