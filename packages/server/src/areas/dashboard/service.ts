import type { Dashboard, DashboardInput, SalesSeries, SalesTotals } from '@foyer/schema';
import type { z } from 'zod';
import type { LinkedAccountRow, SalesSumRow } from './queries.js';

/** The root collation, not the database's: PGlite and PostgreSQL sort names by their own collations, and an account's colour follows its place in this order. */
const byName = new Intl.Collator('und', { sensitivity: 'variant', numeric: true });
export const inColourOrder = (a: LinkedAccountRow, b: LinkedAccountRow) => byName.compare(a.name, b.name) || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0);

const dayMs = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;

/**
 * A master account's sales over whole UTC days, `from` and `to` included, from the sums of
 * `sales_daily`: each linked account's sales per day in each currency (a series, one value per
 * day) and its totals, and the totals of all of them, each in its own currency. `accounts` are
 * in colour order.
 */
export function dashboardOf(accounts: LinkedAccountRow[], sums: SalesSumRow[], period: z.output<typeof DashboardInput>): Dashboard {
  const first = dayNumber(period.from);
  const length = dayNumber(period.to) - first + 1;
  const handles = new Map(accounts.map((a) => [a.id, a.handle]));
  const seriesOf = new Map<string, SalesSeries>();
  const totals: SalesTotals[] = [];
  for (const row of sums) {
    const count = Number(row.sales);
    const gross = Number(row.gross_minor);
    const account = row.account_id === null ? null : handles.get(row.account_id)!;
    if (row.day !== null) {
      if (account === null || (count === 0 && gross === 0)) continue;
      const key = `${account} ${row.currency}`;
      let series = seriesOf.get(key);
      if (!series) seriesOf.set(key, (series = { account, currency: row.currency, count: new Array(length).fill(0), gross: new Array(length).fill(0) }));
      const at = dayNumber(row.day) - first;
      series.count[at] = count;
      series.gross[at] = gross;
      continue;
    }
    const refunds = Number(row.refunds_minor);
    totals.push({ account, currency: row.currency, count, gross, refunds, net: gross - refunds });
  }
  const place = new Map(accounts.map((a, i) => [a.handle, i]));
  const order = (account: string | null) => (account === null ? accounts.length : (place.get(account) ?? 0));
  const series = [...seriesOf.values()].sort((a, b) => order(a.account) - order(b.account) || (a.currency < b.currency ? -1 : 1));
  totals.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : order(a.account) - order(b.account)));
  return { from: period.from, to: period.to, accounts: accounts.map(({ handle, name }) => ({ handle, name })), series, totals };
}
