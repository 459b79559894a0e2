import type { Dashboard, DashboardInput, SalesDay, SalesTotals } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest } from '../../errors.js';
import { linkedAccounts, salesSums, type LinkedAccountRow } from './queries.js';

// The root collation, not the database's: PGlite and PostgreSQL sort names by their own
// collations, and an account's colour follows its place in this order.
const byName = new Intl.Collator('und', { sensitivity: 'variant', numeric: true });
const inColourOrder = (a: LinkedAccountRow, b: LinkedAccountRow) => byName.compare(a.name, b.name) || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0);

/**
 * A master account's sales over whole UTC days, `from` and `to` included: each linked
 * account's sales per day (the bars) and its totals, and the totals of all of them, each in
 * its own currency. Only the master account's owner asks (ownerProcedure); other workspaces
 * have no linked accounts to add up.
 */
export async function salesDashboard(ctx: MemberContext, input: z.output<typeof DashboardInput>): Promise<Dashboard> {
  if (ctx.workspaceKind !== 'master') throw badRequest('NOT_A_MASTER_ACCOUNT');
  const accounts = (await linkedAccounts(ctx.db, ctx.workspace.id)).sort(inColourOrder);
  const sums = await salesSums(
    ctx.db,
    accounts.map((a) => a.id),
    input,
  );
  const handles = new Map(accounts.map((a) => [a.id, a.handle]));
  const days: SalesDay[] = [];
  const totals: SalesTotals[] = [];
  for (const row of sums) {
    const count = Number(row.sales);
    const gross = Number(row.gross_minor);
    const account = row.account_id === null ? null : handles.get(row.account_id)!;
    if (row.day !== null) {
      if (account !== null && (count !== 0 || gross !== 0)) days.push({ day: row.day, account, currency: row.currency, count, gross });
      continue;
    }
    const refunds = Number(row.refunds_minor);
    totals.push({ account, currency: row.currency, count, gross, refunds, net: gross - refunds });
  }
  const place = new Map(accounts.map((a, i) => [a.handle, i]));
  const order = (account: string | null) => (account === null ? accounts.length : (place.get(account) ?? 0));
  days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : order(a.account) - order(b.account) || (a.currency < b.currency ? -1 : 1)));
  totals.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : order(a.account) - order(b.account)));
  return { from: input.from, to: input.to, accounts: accounts.map(({ handle, name }) => ({ handle, name })), days, totals };
}
