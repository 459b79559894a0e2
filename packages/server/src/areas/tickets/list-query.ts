import type { TicketProductFilter, TicketSort, TicketStatus, TicketType } from '@foyer/schema';
import type { Knex } from 'knex';
import { ticketSearchCountCap } from '@foyer/schema';
import type { TicketPosition } from './ticket-cursor.js';
import { ticketColumns, type TicketRow } from './queries.js';
import { emailCompared, emailIndexed } from './email-piece.js';

/** What one page of the list asks for, with the accounts already narrowed to the caller's scope (and to the one named). */
export interface TicketListFilter {
  accountIds: readonly string[];
  statuses: readonly TicketStatus[];
  type?: TicketType;
  productKind: TicketProductFilter;
  ticketNumber?: number;
  receiptNumber?: string;
  customerEmail?: string;
}

/** A row of a page with its sort time as the cursor keeps it. */
export type TicketListRow = TicketRow & { cursor_key: string };

interface Condition {
  sql: string;
  bindings: Knex.Value[];
}

const sortColumn = (sort: TicketSort) => (sort === 'changed' ? 'changed_at' : 'opened_at');
const direction = (sort: TicketSort) => (sort === 'oldest' ? 'asc' : 'desc');

function and(conditions: Condition[]): Condition {
  const kept = conditions.filter((c) => c.sql !== '');
  return { sql: kept.map((c) => c.sql).join(' and ') || 'true', bindings: kept.flatMap((c) => c.bindings) };
}

/** Where a page starts: after the cursor's sort time and number, in the sort's direction. */
function fromCursor(sort: TicketSort, after: TicketPosition | undefined): Condition {
  if (!after) return { sql: '', bindings: [] };
  return { sql: `(${sortColumn(sort)}, number) ${direction(sort) === 'desc' ? '<' : '>'} (?::timestamptz, ?::bigint)`, bindings: [after.key, after.number] };
}

/**
 * Conditions every shape of the query shares: the type (unless a branch names it), the product
 * kind, the searches and the cursor. An email piece is `indexed` where the trigram index finds it,
 * `compared` where the rows are read in time order from a covering index (email-piece.ts).
 */
function common(filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, options: { typeInBranch: boolean; email?: 'indexed' | 'compared' }): Condition {
  const email = filter.customerEmail;
  return and([
    filter.type && !options.typeInBranch ? { sql: 'type = ?', bindings: [filter.type] } : { sql: '', bindings: [] },
    filter.productKind !== 'both' ? { sql: 'product_kind = ?', bindings: [filter.productKind] } : { sql: '', bindings: [] },
    filter.ticketNumber !== undefined ? { sql: 'number = ?::bigint', bindings: [filter.ticketNumber] } : { sql: '', bindings: [] },
    filter.receiptNumber !== undefined ? { sql: 'receipt_number = ?', bindings: [filter.receiptNumber] } : { sql: '', bindings: [] },
    email === undefined ? { sql: '', bindings: [] } : options.email === 'compared' ? emailCompared(email) : emailIndexed(email),
    fromCursor(sort, after),
  ]);
}

export const selected = (sort: TicketSort) => `${ticketColumns.join(', ')}, to_char(${sortColumn(sort)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_key`;
export const orderBy = (sort: TicketSort) => `${sortColumn(sort)} ${direction(sort)}, number ${direction(sort)}`;

/**
 * One page read as ordered index ranges: one per account and status (and type, when the list
 * is filtered by one and sorted by opening time), each an ordered range of
 * tickets_by_status_time, tickets_by_status_type_time or tickets_by_status_changed read from
 * the cursor on and cut at the page's size; the page is the first rows of them together. So a
 * page reads at most `limit` rows per range, at the start of the list or ten thousand pages
 * deep. The ranges are one lateral subquery over arrays of their keys, planned once: a union of
 * one subquery per range planned each in turn, which costs more than reading them.
 */
export async function mergedPage(db: Knex, filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, limit: number): Promise<TicketListRow[]> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return [];
  const typeInBranch = Boolean(filter.type) && sort !== 'changed';
  const shared = common(filter, sort, after, { typeInBranch });
  const accounts: string[] = [];
  const statuses: string[] = [];
  for (const accountId of filter.accountIds) {
    for (const status of filter.statuses) {
      accounts.push(accountId);
      statuses.push(status);
    }
  }
  const { rows } = await db.raw(
    `select ${selected(sort)}
       from unnest(?::uuid[], ?::text[]) as b(w, s)
      cross join lateral (
        select ${ticketColumns.join(', ')} from tickets
         where workspace_id = b.w and status = b.s${typeInBranch ? ' and type = ?' : ''} and ${shared.sql}
         order by ${orderBy(sort)} limit ?
      ) t
      order by ${orderBy(sort)} limit ?`,
    [accounts, statuses, ...(typeInBranch && filter.type ? [filter.type] : []), ...shared.bindings, limit, limit],
  );
  return rows as TicketListRow[];
}

/**
 * The filters as one condition over every account in scope: for searches, which find their rows
 * through their own indexes, and for a walk in time order, which compares an email piece in a
 * covering index's rows (`email: 'compared'`).
 */
export function searched(filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, email: 'indexed' | 'compared' = 'indexed'): Condition {
  return and([
    { sql: 'workspace_id = any(?::uuid[])', bindings: [[...filter.accountIds]] },
    { sql: 'status = any(?::text[])', bindings: [[...filter.statuses]] },
    common(filter, sort, after, { typeInBranch: false, email }),
  ]);
}

/**
 * One page of a search and how many tickets it matches (up to `cap` + 1, the cursor aside), from
 * one read of the matches: the number (the primary key), the receipt (tickets_by_receipt) or an
 * email piece (the trigram index). The matches are read once and kept for the statement, then
 * counted and sorted: a count and a page read apart would fetch and recheck every matching row
 * twice. Past `cap` the rows are a sample, not the page.
 */
export async function searchedPage(
  db: Knex,
  filter: TicketListFilter,
  sort: TicketSort,
  after: TicketPosition | undefined,
  limit: number,
  cap: number = ticketSearchCountCap,
): Promise<{ rows: TicketListRow[]; matched: number }> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return { rows: [], matched: 0 };
  const where = searched(filter, sort, undefined);
  const cursor = and([fromCursor(sort, after)]);
  const { rows } = await db.raw(
    `with m as materialized (select ${ticketColumns.join(', ')} from tickets where ${where.sql} limit ?)
     select c.matched, p.*
       from (select count(*)::int as matched from m) c
       left join lateral (select ${selected(sort)} from m where ${cursor.sql} order by ${orderBy(sort)} limit ?) p on true`,
    [...where.bindings, cap + 1, ...cursor.bindings, limit],
  );
  const found = rows as Array<TicketListRow & { matched: number }>;
  return { rows: found.filter((r) => r.number !== null).map(({ matched: _, ...row }) => row as TicketListRow), matched: Number(found[0]?.matched ?? 0) };
}

/**
 * How many tickets the filters match per status, from ticket_counts (kept by trigger): a sum of
 * at most a few dozen rows per account, whatever the number of tickets. A search's count is
 * searchedPage's.
 */
export async function statusCounts(db: Knex, filter: Pick<TicketListFilter, 'accountIds' | 'type' | 'productKind'>): Promise<Record<TicketStatus, number>> {
  const counts: Record<TicketStatus, number> = { open: 0, reopened: 0, closed: 0 };
  if (filter.accountIds.length === 0) return counts;
  const query = db('ticket_counts')
    .select('status')
    .sum({ n: 'n' })
    .whereIn('workspace_id', [...filter.accountIds])
    .groupBy('status');
  if (filter.type) query.where('type', filter.type);
  if (filter.productKind !== 'both') query.where('product_kind', filter.productKind);
  for (const row of (await query) as Array<{ status: TicketStatus; n: string | number }>) counts[row.status] = Number(row.n);
  return counts;
}
