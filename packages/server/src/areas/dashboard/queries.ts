import type { Knex } from 'knex';

export interface LinkedAccountRow {
  id: string;
  handle: string;
  name: string;
  /** Moves forward with every change of the account's daily sales (`sales_versions`); as text, a sum of bigints. */
  sales_version: string;
}

/** The seller accounts linked to the master account, each with the version of its daily sales: one query, however many accounts. */
export async function accountsWithSalesVersions(db: Knex, masterId: string): Promise<LinkedAccountRow[]> {
  const { rows } = await db.raw(
    `select w.id, w.handle, w.name, coalesce((select sum(v.version) from sales_versions v where v.workspace_id = w.id), 0)::text as sales_version
       from master_links l join workspaces w on w.id = l.account_id
      where l.workspace_id = ?`,
    [masterId],
  );
  return rows as LinkedAccountRow[];
}

/**
 * One sum of the period: an account's day (`day` set), an account's whole period (`day`
 * null) or every account's whole period (`account_id` null), each in one currency. Counts
 * and amounts come as text: PostgreSQL sums bigints into numerics.
 */
export interface SalesSumRow {
  account_id: string | null;
  day: string | null;
  currency: string;
  sales: string | number;
  gross_minor: string | number;
  refunds_minor: string | number;
}

/**
 * Every sum the dashboard shows, from `sales_daily` alone (never from transactions): first each
 * account's days in the period, its eight slots added together — one ordered range of the
 * primary key (workspace_id, day) per account, grouped as it is read, so the work stays small
 * however many accounts there are — then, from those day sums, the totals of each account and
 * of all. The accounts are the ones read with `linkedAccounts`, so the totals of all add up
 * exactly the accounts listed beside them. Sums that came to nothing (a day whose only sale
 * was deleted again) are left out.
 *
 * A year by day of 10 accounts is about 58,000 rows of `sales_daily` (8 slots, 2 currencies);
 * grouping them all at once made PostgreSQL sort or hash them past its working memory.
 */
export async function salesSums(db: Knex, accountIds: string[], period: { from: string; to: string }): Promise<SalesSumRow[]> {
  if (accountIds.length === 0) return [];
  const { rows } = await db.raw(
    `with days as materialized (
       select a.id as account_id, d.day, d.currency, d.sales, d.gross_minor, d.refunds_minor
         from unnest(?::uuid[]) as a(id)
         cross join lateral (
           select s.day, s.currency, sum(s.sales)::bigint as sales, sum(s.gross_minor)::bigint as gross_minor, sum(s.refunds_minor)::bigint as refunds_minor
             from sales_daily s
            where s.workspace_id = a.id and s.day between ?::date and ?::date
            group by s.day, s.currency
         ) d
     )
     select account_id, to_char(day, 'YYYY-MM-DD') as day, currency, sales, gross_minor, refunds_minor
       from days
      where sales <> 0 or gross_minor <> 0 or refunds_minor <> 0
     union all
     select account_id, null, currency, sum(sales), sum(gross_minor), sum(refunds_minor)
       from days
      group by grouping sets ((account_id, currency), (currency))
     having sum(sales) <> 0 or sum(gross_minor) <> 0 or sum(refunds_minor) <> 0`,
    [accountIds, period.from, period.to],
  );
  return rows as SalesSumRow[];
}
