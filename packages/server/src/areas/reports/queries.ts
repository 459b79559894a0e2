import type { TicketChangeKind, TicketType } from '@foyer/schema';
import type { Knex } from 'knex';
import type { HistoryRow } from '../tickets/queries.js';

/** A report's reach: the accounts (already narrowed to the caller's scope), and the instants from the first day's start to the day after the last. */
export interface ReportRange {
  accountIds: readonly string[];
  from: string;
  to: string;
  /** The start of the first day and of the day after the last, in UTC. */
  start: Date;
  end: Date;
}

/** A third party of the master account: any member but its owner. */
export interface ThirdPartyRow {
  identity_id: string;
  name: string | null;
  email: string;
  kind: string;
}

export async function thirdPartiesOf(db: Knex, masterId: string): Promise<ThirdPartyRow[]> {
  return db('memberships as m')
    .join('identities as i', 'i.id', 'm.identity_id')
    .select('m.identity_id', 'i.name', 'i.email', 'm.kind')
    .where('m.workspace_id', masterId)
    .whereNot('m.kind', 'owner');
}

/** One bucket of the daily counts: a day's changes of one kind, types and actor, added up over the accounts. */
export interface DailyCountRow {
  day: string;
  kind: TicketChangeKind;
  from_type: TicketType | null;
  to_type: TicketType;
  actor_identity_id: string | null;
  n: string | number;
}

/**
 * The period's daily counts of these kinds (and, when given, of these actors only), from
 * `ticket_history_daily` alone: per account an ordered range of its key (account, kind, day),
 * the eight slots and the accounts added together.
 */
export async function dailyCounts(db: Knex, range: ReportRange, kinds: readonly TicketChangeKind[], actorIds?: readonly string[]): Promise<DailyCountRow[]> {
  if (range.accountIds.length === 0 || actorIds?.length === 0) return [];
  const byActor = actorIds ? 'and actor_identity_id = any(?::uuid[])' : '';
  const { rows } = await db.raw(
    `select to_char(day, 'YYYY-MM-DD') as day, kind, from_type, to_type, actor_identity_id, sum(n) as n
       from ticket_history_daily
      where workspace_id = any(?::uuid[]) and kind = any(?::text[]) and day between ?::date and ?::date ${byActor}
      group by day, kind, from_type, to_type, actor_identity_id
     having sum(n) <> 0`,
    [[...range.accountIds], [...kinds], range.from, range.to, ...(actorIds ? [[...actorIds]] : [])],
  );
  return rows as DailyCountRow[];
}

/** How many tickets one actor worked on under one type. */
export interface WorkedTicketsRow {
  actor_identity_id: string;
  to_type: TicketType;
  n: string | number;
}

/**
 * The tickets each actor changed in the period, each once, under the type it had after the
 * actor's last change to it there. Read from each actor's range of its index (by actor and
 * time, carrying account, ticket and type) without touching the table; the last change is the
 * greatest time, with the type folded into the same bigint (time in microseconds × 4 + type),
 * so a hashed `max` finds it rather than a sort of every row. Two changes of one ticket by one
 * actor in the same microsecond count under the later type in TicketType's order.
 *
 * This is the one report that reads the history row by row — a ticket counted once over a
 * period does not add up from days — so it gets the working memory for one hash table of the
 * actor's tickets in the period.
 */
export async function workedTickets(db: Knex, range: ReportRange, actorIds: readonly string[]): Promise<WorkedTicketsRow[]> {
  if (range.accountIds.length === 0 || actorIds.length === 0) return [];
  return db.transaction(async (trx) => {
    await trx.raw("set local work_mem = '64MB'");
    const { rows } = await trx.raw(
      `select a.id as actor_identity_id, (array['support', 'refund', 'cancellation'])[w.type + 1] as to_type, w.n
         from unnest(?::uuid[]) as a(id)
         cross join lateral (
           select (last & 3)::int as type, count(*) as n
             from (select h.ticket_number, max((extract(epoch from h.at) * 1000000)::bigint * 4 + array_position(array['support', 'refund', 'cancellation'], h.to_type) - 1) as last
                     from ticket_history h
                    where h.actor_identity_id = a.id and h.at >= ? and h.at < ? and h.workspace_id = any(?::uuid[])
                    group by h.ticket_number) worked
            group by 1
         ) w`,
      [[...actorIds], range.start, range.end, [...range.accountIds]],
    );
    return rows as WorkedTicketsRow[];
  });
}

/** Where a list's page starts: after the change at this time (as the database writes it, to the microsecond) and id. */
export interface HistoryPosition {
  at: string;
  id: number;
}

/** A change of a list report, with the ticket it belongs to and where the next page starts after it. */
export type ListedChangeRow = HistoryRow & { id: string | number; ticket_number: string | number; workspace_id: string; position_at: string };

const listedColumns = `h.id, h.ticket_number, h.workspace_id, h.kind, h.at, h.actor_kind, h.actor_identity_id, i.name as actor_name, i.email as actor_email,
  h.from_type, h.to_type, h.from_email, h.to_email, h.text, h.amount_minor, h.currency, h.refund_transaction_id,
  to_char(h.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as position_at`;

/**
 * A page of the changes these actors made in the period, newest first (`commentsOnly`: their
 * comments). Each actor's newest changes after the cursor are one ordered range of its own index
 * (the comments' index for comments), at most `limit` of each; the page is the newest `limit`
 * of those, read in full by id.
 */
export async function changesPage(
  db: Knex,
  range: ReportRange,
  filter: { actorIds: readonly string[]; commentsOnly: boolean },
  after: HistoryPosition | undefined,
  limit: number,
): Promise<ListedChangeRow[]> {
  if (range.accountIds.length === 0 || filter.actorIds.length === 0) return [];
  // Spelled out rather than bound, so the planner sees the comments' partial index apply.
  const kind = filter.commentsOnly ? "and h.kind = 'commented'" : '';
  const cursor = after ? 'and (h.at, h.id) < (?::timestamptz, ?::bigint)' : '';
  const { rows } = await db.raw(
    `with newest as (
       select c.id, c.at
         from unnest(?::uuid[]) as a(id)
         cross join lateral (
           select h.id, h.at from ticket_history h
            where h.actor_identity_id = a.id ${kind} and h.at >= ? and h.at < ? and h.workspace_id = any(?::uuid[]) ${cursor}
            order by h.at desc, h.id desc
            limit ?
         ) c
        order by c.at desc, c.id desc
        limit ?
     )
     select ${listedColumns}
       from newest n
       join ticket_history h on h.id = n.id
       left join identities i on i.id = h.actor_identity_id
      order by h.at desc, h.id desc`,
    [[...filter.actorIds], range.start, range.end, [...range.accountIds], ...(after ? [after.at, after.id] : []), limit, limit],
  );
  return rows as ListedChangeRow[];
}
