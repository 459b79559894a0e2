import type { TicketProductFilter, TicketSort, TicketStatus, TicketType } from '@foyer/schema';
import { ticketSearchCountCap } from '@foyer/schema';
import type { Knex } from 'knex';
import type { TicketPosition } from './ticket-cursor.js';
import { ticketColumns, type TicketRow } from './queries.js';

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

/** `%`, `_` and `\` typed into the search are matched as themselves. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function and(conditions: Condition[]): Condition {
  const kept = conditions.filter((c) => c.sql !== '');
  return { sql: kept.map((c) => c.sql).join(' and ') || 'true', bindings: kept.flatMap((c) => c.bindings) };
}

/** Conditions every shape of the query shares: the type (unless a branch names it), the product kind, the searches and the cursor. */
function common(filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, options: { typeInBranch: boolean }): Condition {
  const column = sortColumn(sort);
  return and([
    filter.type && !options.typeInBranch ? { sql: 'type = ?', bindings: [filter.type] } : { sql: '', bindings: [] },
    filter.productKind !== 'both' ? { sql: 'product_kind = ?', bindings: [filter.productKind] } : { sql: '', bindings: [] },
    filter.ticketNumber !== undefined ? { sql: 'number = ?::bigint', bindings: [filter.ticketNumber] } : { sql: '', bindings: [] },
    filter.receiptNumber !== undefined ? { sql: 'receipt_number = ?', bindings: [filter.receiptNumber] } : { sql: '', bindings: [] },
    filter.customerEmail !== undefined ? { sql: "customer_email ilike ? escape '\\'", bindings: [likePattern(filter.customerEmail)] } : { sql: '', bindings: [] },
    after ? { sql: `(${column}, number) ${direction(sort) === 'desc' ? '<' : '>'} (?::timestamptz, ?::bigint)`, bindings: [after.key, after.number] } : { sql: '', bindings: [] },
  ]);
}

const selected = (sort: TicketSort) => `${ticketColumns.join(', ')}, to_char(${sortColumn(sort)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_key`;
const orderBy = (sort: TicketSort) => `${sortColumn(sort)} ${direction(sort)}, number ${direction(sort)}`;

/**
 * One page read as ordered index ranges merged in order: one branch per account and status
 * (and type, when the list is filtered by one and sorted by opening time), each an ordered range
 * of tickets_by_status_time, tickets_by_status_type_time or tickets_by_status_changed. The
 * planner merges the branches (Merge Append) and stops when the page is full, so the page reads
 * about `limit` rows plus one per branch, at the start of the list or ten thousand pages deep.
 */
export async function mergedPage(db: Knex, filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, limit: number): Promise<TicketListRow[]> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return [];
  const typeInBranch = Boolean(filter.type) && sort !== 'changed';
  const shared = common(filter, sort, after, { typeInBranch });
  const branches: string[] = [];
  const bindings: Knex.Value[] = [];
  for (const accountId of filter.accountIds) {
    for (const status of filter.statuses) {
      branches.push(`select ${ticketColumns.join(', ')} from tickets where workspace_id = ?::uuid and status = ?${typeInBranch ? ' and type = ?' : ''} and ${shared.sql}`);
      bindings.push(accountId, status, ...(typeInBranch && filter.type ? [filter.type] : []), ...shared.bindings);
    }
  }
  const { rows } = await db.raw(`select ${selected(sort)} from (${branches.join(' union all ')}) t order by ${orderBy(sort)} limit ?`, [...bindings, limit]);
  return rows as TicketListRow[];
}

/** The filters as one condition over every account in scope: for searches, which find a few rows through their own indexes. */
function searched(filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined): Condition {
  return and([
    { sql: 'workspace_id = any(?::uuid[])', bindings: [[...filter.accountIds]] },
    { sql: 'status = any(?::text[])', bindings: [[...filter.statuses]] },
    common(filter, sort, after, { typeInBranch: false }),
  ]);
}

/** One page of a search: the number (the primary key), the receipt (tickets_by_receipt) or an email that few tickets hold (the trigram index). */
export async function searchedPage(db: Knex, filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, limit: number): Promise<TicketListRow[]> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return [];
  const where = searched(filter, sort, after);
  const { rows } = await db.raw(`select ${selected(sort)} from tickets where ${where.sql} order by ${orderBy(sort)} limit ?`, [...where.bindings, limit]);
  return rows as TicketListRow[];
}

/** How many tickets a search matches, counted up to the cap: `exact` is false when more match. */
export async function searchCount(db: Knex, filter: TicketListFilter): Promise<{ total: number; exact: boolean }> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return { total: 0, exact: true };
  const where = searched(filter, 'newest', undefined);
  const { rows } = await db.raw(`select count(*)::int as n from (select 1 from tickets where ${where.sql} limit ?) m`, [...where.bindings, ticketSearchCountCap + 1]);
  const n = Number(rows[0]?.n ?? 0);
  return n > ticketSearchCountCap ? { total: ticketSearchCountCap, exact: false } : { total: n, exact: true };
}

/**
 * How many tickets the filters match per status, from ticket_counts (kept by trigger): a sum of
 * at most a few dozen rows per account, whatever the number of tickets. A search's count is
 * searchCount's.
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
