import type { ReportThirdParty } from '@foyer/schema';
import type { MemberContext } from '../../callers/contexts.js';
import { notFound } from '../../errors.js';
import { requireMasterAccount } from '../master-accounts/master.js';
import { accountsInScope, type AccountInScope } from '../tickets/accounts-in-scope.js';
import { thirdPartiesOf, type ReportRange } from './queries.js';

const dayMs = 86_400_000;

/** What a report covers: the period's days and the accounts, each the caller works in. */
export interface ReportScope extends ReportRange {
  accounts: AccountInScope[];
}

/**
 * The accounts a report adds up: every linked account the caller works in (all of them for the
 * owner, its own for a user), or the one named — an account it does not work in is answered as
 * one that is not linked, as the ticket list answers it. Read on every call, so a change of a
 * user's accounts or an unlinked account holds from the next report.
 */
export async function reportScope(ctx: MemberContext, input: { from: string; to: string; account?: string | undefined }): Promise<ReportScope> {
  requireMasterAccount(ctx);
  const scope = await accountsInScope(ctx);
  const accounts = input.account === undefined ? scope : scope.filter((a) => a.handle === input.account);
  if (input.account !== undefined && accounts.length === 0) throw notFound('ACCOUNT_NOT_LINKED');
  const start = new Date(`${input.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${input.to}T00:00:00Z`) + dayMs);
  return { accounts, accountIds: accounts.map((a) => a.id), from: input.from, to: input.to, start, end };
}

/** The root collation, so that PGlite and PostgreSQL list people alike. */
const byName = new Intl.Collator('und', { sensitivity: 'base', numeric: true });

/**
 * The master account's third parties: every member but its owner — its users, the API-only
 * ones among them (a host back-end opening customers' tickets with its user's key is a third
 * party opening them). The owner is never one, whatever door its changes came through. Listed by
 * name, then email.
 */
export async function thirdParties(ctx: Pick<MemberContext, 'db' | 'workspace'>): Promise<ReportThirdParty[]> {
  const rows = await thirdPartiesOf(ctx.db, ctx.workspace.id);
  return rows
    .map((row) => ({ identityId: row.identity_id, name: row.name, email: row.email, apiOnly: row.kind === 'api' }))
    .sort((a, b) => byName.compare(a.name ?? a.email, b.name ?? b.email) || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/** All third parties, or the one named: anyone else (the owner, a person of another master account) is not one. */
export async function chosenThirdParties(ctx: Pick<MemberContext, 'db' | 'workspace'>, identityId: string | undefined): Promise<ReportThirdParty[]> {
  const all = await thirdParties(ctx);
  if (identityId === undefined) return all;
  const one = all.find((t) => t.identityId === identityId);
  if (!one) throw notFound('THIRD_PARTY_NOT_FOUND');
  return [one];
}
