import type { MasterAccountView, MasterArea } from '@foyer/schema';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest } from '../../errors.js';
import { allows } from '../../security/principals.js';
import { linkedAccounts } from './queries.js';

/** Master-account procedures act in a master account only; a seller account has no linked accounts. */
export function requireMasterAccount(ctx: Pick<MemberContext, 'workspaceKind'>): void {
  if (ctx.workspaceKind !== 'master') throw badRequest('NOT_A_MASTER_ACCOUNT');
}

/**
 * The tabs a caller may open. Dashboard and Accounts are the owner's alone, whatever a user
 * holds; Tickets and Transactions need Orders/Tickets or Search orders, Reports the reports
 * permission (which Manage users implies), Users Manage users.
 */
export function areasOf(ctx: Pick<MemberContext, 'kind' | 'permissions'>): MasterArea[] {
  if (ctx.kind === 'owner') return ['dashboard', 'accounts', 'tickets', 'transactions', 'reports', 'users'];
  const areas: MasterArea[] = [];
  const orders = allows(ctx, 'tickets.manage') || allows(ctx, 'orders.search');
  if (orders) areas.push('tickets', 'transactions');
  if (allows(ctx, 'audit.view')) areas.push('reports');
  if (allows(ctx, 'members.manage')) areas.push('users');
  return areas;
}

/** The shell's view of the master account: who the caller is there, the tabs, and the accounts it may work in. */
export async function view(ctx: MemberContext): Promise<MasterAccountView> {
  requireMasterAccount(ctx);
  const accounts = await linkedAccounts(ctx.db, ctx.workspace.id, ctx.kind === 'owner' ? undefined : ctx.identityId);
  return {
    master: { handle: ctx.workspace.handle, name: ctx.workspace.name },
    owner: ctx.kind === 'owner',
    areas: areasOf(ctx),
    accounts: accounts.map((row) => ({ handle: row.handle, name: row.name })),
  };
}
