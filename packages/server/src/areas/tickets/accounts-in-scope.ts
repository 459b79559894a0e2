import type { MemberContext } from '../../callers/contexts.js';
import { linkedAccounts } from '../master-accounts/queries.js';

/** A linked seller account the caller works in. */
export interface AccountInScope {
  id: string;
  handle: string;
  name: string;
}

/**
 * The linked accounts a caller of a master account works in: every linked account for its
 * owner; for a user, the accounts it was given that are still linked (unlinking an account
 * removes the user's rows with it). Read on every call, so a change holds from the next one.
 */
export async function accountsInScope(ctx: Pick<MemberContext, 'db' | 'workspace' | 'kind' | 'identityId'>): Promise<AccountInScope[]> {
  const rows = await linkedAccounts(ctx.db, ctx.workspace.id, ctx.kind === 'owner' ? undefined : ctx.identityId);
  return rows.map(({ id, handle, name }) => ({ id, handle, name }));
}
