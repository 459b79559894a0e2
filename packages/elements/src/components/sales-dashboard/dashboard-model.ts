import type { Dashboard, SalesTotals } from '@foyer/schema';
import { daysOf } from '../../internal/period/period.js';

/** What the bars stand for: the money taken, or the number of sales. */
export type Measure = 'gross' | 'count';

/** The currencies sold in, the one with the most sales first: each is charted and totalled on its own. */
export function currenciesOf(dashboard: Dashboard): string[] {
  return dashboard.totals
    .filter((t) => t.account === null)
    .sort((a, b) => b.count - a.count || (a.currency < b.currency ? -1 : 1))
    .map((t) => t.currency);
}

export interface AccountSeries {
  handle: string;
  name: string;
  /** One value per day of `days`. */
  values: number[];
}

/** One series per linked account, in the server's colour order, of the measure in one currency (zeros for an account that sold nothing in it). */
export function chartSeries(dashboard: Dashboard, currency: string, measure: Measure): { days: string[]; series: AccountSeries[] } {
  const days = daysOf(dashboard);
  const sold = new Map(dashboard.series.filter((s) => s.currency === currency).map((s) => [s.account, s]));
  const series = dashboard.accounts.map((a) => ({ ...a, values: sold.get(a.handle)?.[measure] ?? days.map(() => 0) }));
  return { days, series };
}

/** The days with sales in the currency, each with every account's value: the chart's numbers as rows. */
export function tableRows(dashboard: Dashboard, currency: string, measure: Measure): Array<{ day: string; values: number[]; total: number }> {
  const { days, series } = chartSeries(dashboard, currency, measure);
  const inCurrency = dashboard.series.filter((s) => s.currency === currency);
  return days.flatMap((day, i) => {
    if (!inCurrency.some((s) => s.count[i] !== 0 || s.gross[i] !== 0)) return [];
    const values = series.map((s) => s.values[i]!);
    return [{ day, values, total: values.reduce((sum, v) => sum + v, 0) }];
  });
}

const none = (currency: string, account: string | null): SalesTotals => ({ account, currency, count: 0, gross: 0, refunds: 0, net: 0 });

/** Every linked account's totals in the currency (zero where it sold nothing) and those of all of them. */
export function totalsIn(dashboard: Dashboard, currency: string): { accounts: Array<{ handle: string; name: string; totals: SalesTotals }>; all: SalesTotals } {
  const of = (account: string | null) => dashboard.totals.find((t) => t.currency === currency && t.account === account) ?? none(currency, account);
  return { accounts: dashboard.accounts.map((a) => ({ ...a, totals: of(a.handle) })), all: of(null) };
}

/** The colour slot (1–8) of the account at `index` in the server's order; a ninth account takes the first again. */
export const colourSlot = (index: number) => (index % 8) + 1;
