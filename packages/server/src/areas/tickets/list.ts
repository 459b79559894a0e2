import type { AccountTicketsInput, ListTicketsInput, TicketsPage, TicketStatus } from '@foyer/schema';
import type { Knex } from 'knex';
import { TicketStatus as TicketStatuses, ticketSearchCountCap } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { notFound } from '../../errors.js';
import { requireMasterAccount } from '../master-accounts/master.js';
import { accountsInScope, type AccountInScope } from './accounts-in-scope.js';
import { emailSearchPage } from './email-search.js';
import { mergedPage, searchedPage, statusCounts, type TicketListFilter } from './list-query.js';
import { requireSellerAccount } from './service.js';
import { toSummary } from './summaries.js';
import { decodeCursor, encodeCursor } from './ticket-cursor.js';

/**
 * `tickets.list`: one list over every linked account the caller works in, or over the one it
 * names (an account it does not work in is answered as one that is not linked).
 */
export async function listTickets(ctx: MemberContext, input: z.output<typeof ListTicketsInput>): Promise<TicketsPage> {
  requireMasterAccount(ctx);
  const scope = await accountsInScope(ctx);
  const accounts = input.account === undefined ? scope : scope.filter((a) => a.handle === input.account);
  if (accounts.length === 0 && input.account !== undefined) throw notFound('ACCOUNT_NOT_LINKED');
  return pageOf(ctx.db, accounts, input);
}

/** `tickets.ofAccount`: a seller account's own tickets, for its host back-end. */
export async function ticketsOfAccount(ctx: MemberContext, input: z.output<typeof AccountTicketsInput>): Promise<TicketsPage> {
  requireSellerAccount(ctx);
  return pageOf(ctx.db, [ctx.workspace], input);
}

/**
 * One page of the accounts' tickets. Without a search the page is a merge of ordered index
 * ranges and the counts come from ticket_counts; a search by number or receipt finds its few
 * rows through its own index and counts them up to the cap; a search by an email piece alone is
 * read the way its share of the tickets makes cheaper (email-search.ts).
 */
async function pageOf(db: Knex, accounts: readonly AccountInScope[], input: z.output<typeof AccountTicketsInput>): Promise<TicketsPage> {
  const after = input.after === undefined ? undefined : decodeCursor(input.sort, input.after);
  const statuses: readonly TicketStatus[] = input.status ? [...new Set(input.status)] : TicketStatuses.options;
  const filter: TicketListFilter = {
    accountIds: accounts.map((a) => a.id),
    statuses,
    type: input.type,
    productKind: input.productKind,
    ticketNumber: input.ticketNumber,
    receiptNumber: input.receiptNumber,
    customerEmail: input.customerEmail,
  };
  let rows: Awaited<ReturnType<typeof mergedPage>>;
  let counts: Pick<TicketsPage, 'total' | 'totalExact' | 'totalEstimated' | 'byStatus'>;
  if (input.ticketNumber !== undefined || input.receiptNumber !== undefined) {
    const found = await searchedPage(db, filter, input.sort, after, input.limit + 1);
    rows = found.rows;
    counts = { total: Math.min(found.matched, ticketSearchCountCap), totalExact: found.matched <= ticketSearchCountCap, totalEstimated: false, byStatus: null };
  } else if (input.customerEmail !== undefined) {
    const { rows: page, ...count } = await emailSearchPage(db, filter, input.sort, after, input.limit + 1);
    rows = page;
    counts = { ...count, byStatus: null };
  } else {
    const [page, byStatus] = await Promise.all([mergedPage(db, filter, input.sort, after, input.limit + 1), statusCounts(db, filter)]);
    rows = page;
    counts = { total: statuses.reduce((sum, s) => sum + byStatus[s], 0), totalExact: true, totalEstimated: false, byStatus };
  }
  const more = rows.length > input.limit;
  const shown = rows.slice(0, input.limit);
  const last = shown[shown.length - 1];
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return {
    tickets: shown.map((row) => toSummary(row, byId.get(row.workspace_id)!)),
    nextCursor: more && last ? encodeCursor(input.sort, { key: last.cursor_key, number: Number(last.number) }) : null,
    ...counts,
  };
}
