import type { TicketSort } from '@foyer/schema';
import { ticketSearchCountCap } from '@foyer/schema';
import type { Knex } from 'knex';
import { orderBy, searched, searchedPage, selected, statusCounts, type TicketListFilter, type TicketListRow } from './list-query.js';
import type { TicketPosition } from './ticket-cursor.js';

/**
 * How a search by an email piece decides which way to read. A piece's cost read through the
 * trigram index grows with its matches (each is a row fetched from the table); read in time
 * order from a covering index, with the share of tickets it matches (the page is full after
 * `limit` ÷ share tickets). At a million tickets the two meet near a share of 0.2 % (about two
 * thousand matches), measured on the benchmark's desk: there a walk reads 25,000 index rows, the
 * index two thousand table rows, each about 5 ms.
 */
export interface EmailSearchTuning {
  /** The newest tickets of the search's scope that its share is measured on. */
  sample: number;
  /** A piece matching at least this many of them is read in time order. */
  denseHits: number;
  /** Matches read through the index at most; past them the page is read in time order. */
  countCap: number;
}

export const emailSearchTuning: EmailSearchTuning = { sample: 2_000, denseHits: 4, countCap: ticketSearchCountCap };

export interface EmailSearchPage {
  rows: TicketListRow[];
  total: number;
  totalExact: boolean;
  totalEstimated: boolean;
}

/**
 * How many of the newest `sample` tickets the search's other filters keep, and how many of
 * those the piece matches: an index-only read of tickets_walk_opened, answered as two numbers.
 */
async function sampleShare(db: Knex, filter: TicketListFilter, sample: number): Promise<{ read: number; hits: number }> {
  const scope = searched({ ...filter, customerEmail: undefined }, 'newest', undefined, 'compared');
  const { rows } = await db.raw(
    `select count(*)::int as read, count(*) filter (where strpos(customer_email, ?) > 0)::int as hits
       from (select customer_email from tickets where ${scope.sql} order by opened_at desc, number desc limit ?) w`,
    [filter.customerEmail!, ...scope.bindings, sample],
  );
  return rows[0] as { read: number; hits: number };
}

/**
 * One page read in time order: the numbers from the covering index of the sort's time (the
 * piece compared in the index's rows, never in the table's), then those rows. Exact, whatever
 * the piece; cheap when the piece is common.
 */
export async function walkedPage(db: Knex, filter: TicketListFilter, sort: TicketSort, after: TicketPosition | undefined, limit: number): Promise<TicketListRow[]> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return [];
  const where = searched(filter, sort, after, 'compared');
  const { rows } = await db.raw(
    `select ${selected(sort)}
       from (select number from tickets where ${where.sql} order by ${orderBy(sort)} limit ?) h
       join tickets using (number)
      order by ${orderBy(sort)}`,
    [...where.bindings, limit],
  );
  return rows as TicketListRow[];
}

/** An estimate as a person reads it: two significant digits ("about 16,000"), never below what was seen. */
function rounded(estimate: number, seen: number): number {
  if (estimate < 100) return Math.max(seen, Math.round(estimate));
  const unit = 10 ** (Math.floor(Math.log10(estimate)) - 1);
  return Math.max(seen, Math.round(estimate / unit) * unit);
}

/**
 * One page of a search by an email piece, newest (or oldest, or last changed) first, and its
 * count. The piece's share of the newest tickets in scope decides how it is read:
 *
 * - Rare (fewer than `denseHits` in the sample): every match through the trigram index, so the
 *   count is exact; a piece rare among the newest tickets that still matches more than
 *   `countCap` older ones is paged in time order and counted as "at least `countCap`".
 * - Common: in time order, reading about `limit` ÷ share index rows, and counted as its share of
 *   the tickets in scope ("about 16,000"), or exactly when the sample held every one of them.
 */
export async function emailSearchPage(
  db: Knex,
  filter: TicketListFilter,
  sort: TicketSort,
  after: TicketPosition | undefined,
  limit: number,
  tuning: EmailSearchTuning = emailSearchTuning,
): Promise<EmailSearchPage> {
  if (filter.accountIds.length === 0 || filter.statuses.length === 0) return { rows: [], total: 0, totalExact: true, totalEstimated: false };
  const { read, hits } = await sampleShare(db, filter, tuning.sample);
  if (hits < tuning.denseHits) {
    const found = await searchedPage(db, filter, sort, after, limit, tuning.countCap);
    if (found.matched <= tuning.countCap) return { rows: found.rows, total: found.matched, totalExact: true, totalEstimated: false };
    return { rows: await walkedPage(db, filter, sort, after, limit), total: tuning.countCap, totalExact: false, totalEstimated: false };
  }
  const rows = await walkedPage(db, filter, sort, after, limit);
  if (read < tuning.sample) return { rows, total: hits, totalExact: true, totalEstimated: false };
  const counts = await statusCounts(db, filter);
  const inScope = filter.statuses.reduce((sum, s) => sum + counts[s], 0);
  return { rows, total: rounded((hits / read) * inScope, hits), totalExact: false, totalEstimated: true };
}
