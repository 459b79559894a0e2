import type { Knex } from 'knex';
import { helperComments, openingMessages } from './bulk-tickets-texts.js';

/** Who makes the generated history. */
export interface TicketActors {
  /** Who opens tickets: the host back-end's API user, or null for a customer's ticket whose back-end has no identity here. */
  opener: string | null;
  /** Who works them (comments, type changes, refunds, closing and reopening): the master account's owner and its helpers. */
  workers: ReadonlyArray<{ identityId: string; kind: 'owner' | 'third-party' }>;
}

export interface TicketsInserted {
  tickets: number;
  history: number;
}

/** One ticket in ten has no sale: the customer wrote without a receipt. */
const withoutSaleShare = 0.1;

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
// A question mark in a text would be taken for a binding by knex: `\?` is a literal one.
const texts = (values: readonly string[]) => `(array[${values.map((v) => sqlText(v).replace(/\?/g, '\\?')).join(', ')}])`;

/**
 * Inserts `count` tickets in the seller accounts `accounts` with their whole history, in a few
 * set-based statements in one database transaction (as bulk-sales.ts does for sales): every
 * value comes from hashes of the ticket's place in the series, so a million tickets are a
 * handful of statements.
 *
 * What they look like: nine in ten belong to a sale of the accounts, the refunded sales first
 * (each such ticket is a refund request opened shortly before the sale's refund, which its
 * history records by a helper, naming that refund transaction); the others are spread over the
 * sales, opened mostly within days of the sale; one in ten has no sale. Types: support, refund,
 * and cancellation for about a third of the recurring sales' tickets; some started as support
 * and became refunds, some the other way round. Status: about 55 % closed, 25 % open, 20 %
 * reopened (closed first). Helpers comment on most tickets and correct a customer's email on a
 * few, always on the first, so even a small series shows that change (on the ticket and its
 * order, as tickets.changeEmail does). The opener opens every ticket;
 * the workers do the rest, picked by hash. Every time lies between the sale (or, without one, the
 * last fifteen months) and `now`; each ticket's numbers follow the order tickets were opened.
 */
export async function insertTickets(db: Knex, input: { accounts: readonly string[]; count: number; now: Date; actors: TicketActors }): Promise<TicketsInserted> {
  const { accounts, count, now, actors } = input;
  if (count === 0 || accounts.length === 0) return { tickets: 0, history: 0 };
  if (actors.workers.length === 0) throw new Error('generated tickets need at least one worker: the owner or a helper');
  const salt = saltOf(accounts, count);
  const u = (i: number) => `((hashint8extended(b.k, ${salt + i}) & 4503599627370495)::float8 / 4503599627370496)`;
  const at = `${sqlText(now.toISOString())}::timestamptz`;
  const workerIds = actors.workers.map((w) => w.identityId);
  const workerKinds = actors.workers.map((w) => w.kind);

  const inserted = await db.transaction(async (trx) => {
    await trx.raw("set local timezone to 'UTC'");
    await trx.raw('set local jit = off');
    await trx.raw("set local work_mem = '256MB'");
    const { rows: totals } = await trx.raw("select count(*)::bigint as n from transactions where workspace_id = any(?::uuid[]) and kind = 'sale'", [[...accounts]]);
    const withSale = Math.min(Number(totals[0].n), count - Math.floor(count * withoutSaleShare));

    // The sales that get a ticket: the refunded ones first, the others in an order of their own.
    await trx.raw(
      `create temp table ticket_sales on commit drop as
       select row_number() over (order by s.refund_id is null, s.h, s.id) as k, s.*
         from (select s.id, s.workspace_id, s.receipt_number, s.customer_email, s.occurred_at, s.currency, p.kind as product_kind,
                      r.id as refund_id, r.occurred_at as refund_at, r.amount_minor as refund_amount, hashtext(s.receipt_number || ?) as h
                 from transactions s
                 join products p on p.id = s.product_id
                 left join (select distinct on (workspace_id, receipt_number) id, workspace_id, receipt_number, occurred_at, amount_minor
                              from transactions where workspace_id = any(?::uuid[]) and kind = 'refund'
                             order by workspace_id, receipt_number, occurred_at) r on r.workspace_id = s.workspace_id and r.receipt_number = s.receipt_number
                where s.workspace_id = any(?::uuid[]) and s.kind = 'sale') s
        order by s.refund_id is null, s.h, s.id
        limit ?`,
      [String(salt), [...accounts], [...accounts], withSale],
    );
    await trx.raw('create index on ticket_sales (k)');

    // Reserves the ticket numbers: one range, handed out in the order the tickets were opened.
    const { rows: reserved } = await trx.raw("select setval(pg_get_serial_sequence('tickets', 'number'), nextval(pg_get_serial_sequence('tickets', 'number')) + ? - 1) - ? + 1 as first", [
      count,
      count,
    ]);
    const first = Number(reserved[0].first);

    const opening = `(case p.first_type when 'support' then ${texts(openingMessages.support)}[1 + p.k % ${openingMessages.support.length}]
                        when 'refund' then ${texts(openingMessages.refund)}[1 + p.k % ${openingMessages.refund.length}]
                        else ${texts(openingMessages.cancellation)}[1 + p.k % ${openingMessages.cancellation.length}] end)`;
    const comment = (seq: number) => `${texts(helperComments)}[1 + (p.k * 7 + ${seq}) % ${helperComments.length}]`;
    await trx.raw(
      `create temp table ticket_plan on commit drop as
       select ? + row_number() over (order by p.opened_at, p.k) - 1 as number, p.*,
              case when p.email_change_at is not null then split_part(p.email, '@', 1) || '.updated@' || split_part(p.email, '@', 2) else p.email end as final_email,
              greatest(p.opened_at, p.type_change_at, p.comment_at, p.email_change_at, p.refund_at, p.closed_at, p.reopened_at, p.comment2_at) as changed_at
         from (select p.*,
                      case when p.reopened then least(${at}, p.closed_at + interval '1 day' + p.u10 * interval '20 days') end as reopened_at,
                      case when p.reopened and p.u11 < 0.7 then least(${at}, p.closed_at + interval '1 day' + p.u10 * interval '20 days' + interval '1 hour' + p.u11 * interval '2 days') end as comment2_at
                 from (select p.*,
                              case when p.status <> 'open'
                                   then least(${at}, greatest(p.opened_at, p.type_change_at, p.comment_at, p.email_change_at, p.refund_at) + interval '1 hour' + p.u9 * interval '5 days') end as closed_at,
                              p.status = 'reopened' as reopened
                         from (select p.*,
                                      case when p.first_type <> p.type then least(${at}, case when p.refund_at is not null then p.opened_at + (p.refund_at - p.opened_at) * p.u5
                                                                                      else p.opened_at + interval '1 hour' + p.u5 * interval '3 days' end) end as type_change_at,
                                      case when p.u6 < 0.6 then least(${at}, p.opened_at + interval '10 minutes' + p.u7 * interval '2 days') end as comment_at,
                                      case when p.u8 < 0.02 or p.k = 1 then least(${at}, p.opened_at + interval '30 minutes' + p.u8 * interval '50 days') end as email_change_at
                                 from (select p.*,
                                              case when p.type = 'refund' and p.u3 < (case when p.refund_id is not null then 0.3 else 0.15 end) then 'support'
                                                   when p.type = 'support' and p.u3 < 0.1 then 'refund'
                                                   else p.type end as first_type,
                                              case when p.u4 < 0.55 then 'closed' when p.u4 < 0.8 then 'open' else 'reopened' end as status
                                         from (select b.*,
                                                      case when b.refund_id is not null then 'refund'
                                                           when b.product_kind = 'recurring' and b.u1 < 0.33 then 'cancellation'
                                                           when b.u1 < 0.62 then 'support'
                                                           else 'refund' end as type,
                                                      case when b.refund_id is not null then greatest(b.occurred_at, b.refund_at - (interval '1 hour' + b.u2 * interval '3 days'))
                                                           when b.occurred_at is not null then least(${at}, b.occurred_at + b.u2 * b.u2 * interval '30 days')
                                                           else ${at} - b.u2 * interval '456 days' end as opened_at
                                                 from (select b.k, s.id as transaction_id, coalesce(s.workspace_id, (?::uuid[])[1 + b.k % ?]) as workspace_id,
                                                              s.receipt_number, s.product_kind, s.currency, s.refund_id, s.refund_at, s.refund_amount, s.occurred_at,
                                                              coalesce(s.customer_email, 'customer' || b.k || '@example.net') as email,
                                                              ${u(1)} as u1, ${u(2)} as u2, ${u(3)} as u3, ${u(4)} as u4, ${u(5)} as u5, ${u(6)} as u6,
                                                              ${u(7)} as u7, ${u(8)} as u8, ${u(9)} as u9, ${u(10)} as u10, ${u(11)} as u11
                                                         from generate_series(1, ?) as b(k)
                                                         left join ticket_sales s on s.k = b.k
                                                       offset 0) b
                                               offset 0) p
                                       offset 0) p
                               offset 0) p
                       offset 0) p
               offset 0) p`,
      [first, [...accounts], accounts.length, count],
    );

    await trx.raw(
      `insert into tickets (number, workspace_id, transaction_id, receipt_number, product_kind, type, status, customer_email, opened_at, changed_at)
       select number, workspace_id, transaction_id, receipt_number, product_kind, type, status, final_email, opened_at, changed_at from ticket_plan order by number`,
    );
    // A corrected address is the order's, as tickets.changeEmail makes it.
    await trx.raw(
      `update transactions t set customer_email = p.final_email
         from ticket_plan p
        where p.email_change_at is not null and p.receipt_number is not null and t.workspace_id = p.workspace_id and t.receipt_number = p.receipt_number`,
    );
    const worker = (seq: number) => `1 + (hashint8extended(p.k * 16 + ${seq}, ${salt}) & 2147483647) % ${workerIds.length}`;
    const typeAt = (time: string) => `case when p.type_change_at is not null and ${time} >= p.type_change_at then p.type else p.first_type end`;
    const history = await trx.raw(
      `insert into ticket_history (workspace_id, ticket_number, at, kind, actor_identity_id, actor_kind, from_type, to_type, from_email, to_email, text, amount_minor, currency, refund_transaction_id)
       select p.workspace_id, p.number, e.at, e.kind, e.actor_id, e.actor_kind, e.from_type, e.to_type, e.from_email, e.to_email, e.text, e.amount, e.currency, e.refund_id
         from ticket_plan p
        cross join lateral (values
          (0, p.opened_at, 'opened', ?::uuid, 'api', null, p.first_type, null, null, ${opening}, null::bigint, null, null::uuid),
          (1, p.type_change_at, 'type_changed', (?::uuid[])[${worker(1)}], (?::text[])[${worker(1)}], p.first_type, p.type, null, null, null, null, null, null),
          (2, p.comment_at, 'commented', (?::uuid[])[${worker(2)}], (?::text[])[${worker(2)}], null, ${typeAt('p.comment_at')}, null, null, ${comment(2)}, null, null, null),
          (3, p.email_change_at, 'email_changed', (?::uuid[])[${worker(3)}], (?::text[])[${worker(3)}], null, ${typeAt('p.email_change_at')}, p.email, p.final_email, null, null, null, null),
          (4, p.refund_at, 'refunded', (?::uuid[])[${worker(4)}], (?::text[])[${worker(4)}], null, ${typeAt('p.refund_at')}, null, null, null, p.refund_amount, p.currency, p.refund_id),
          (5, p.closed_at, 'closed', (?::uuid[])[${worker(5)}], (?::text[])[${worker(5)}], null, p.type, null, null, null, null, null, null),
          (6, p.reopened_at, 'reopened', (?::uuid[])[${worker(6)}], (?::text[])[${worker(6)}], null, p.type, null, null, null, null, null, null),
          (7, p.comment2_at, 'commented', (?::uuid[])[${worker(7)}], (?::text[])[${worker(7)}], null, p.type, null, null, ${comment(7)}, null, null, null)
        ) as e(seq, at, kind, actor_id, actor_kind, from_type, to_type, from_email, to_email, text, amount, currency, refund_id)
        where e.at is not null
        order by p.number, e.at, e.seq`,
      [actors.opener, ...Array(7).fill([workerIds, workerKinds]).flat()],
    );
    return { tickets: count, history: history.rowCount as number };
  });
  // Fresh statistics, so the first lists over a million new rows are planned for them.
  await db.raw('analyze tickets');
  await db.raw('analyze ticket_history');
  await db.raw('analyze ticket_counts');
  return inserted;
}

/** A seed for the hashes: the same accounts and count give the same tickets. */
function saltOf(accounts: readonly string[], count: number): number {
  let h = 2166136261 ^ count;
  for (const id of accounts) for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % 1_000_000_007;
}
