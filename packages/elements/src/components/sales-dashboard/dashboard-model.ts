import type { Dashboard, SalesTotals } from '@foyer/schema';

/** The periods offered with one click; every day is a UTC day, as the server counts them. */
export type PeriodPreset = 'last-30-days' | 'last-12-months' | 'this-year';
export const periodPresets: readonly PeriodPreset[] = ['last-30-days', 'last-12-months', 'this-year'];

/** Whole days, both included: `2026-03-01` to `2026-03-31`. */
export interface Period {
  from: string;
  to: string;
}

/** What the bars stand for: the money taken, or the number of sales. */
export type Measure = 'gross' | 'count';

const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The preset's days, ending today (UTC). */
export function presetPeriod(preset: PeriodPreset, now = new Date()): Period {
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
  const today = Date.UTC(y, m, d);
  switch (preset) {
    case 'last-30-days':
      return { from: isoDay(today - 29 * dayMs), to: isoDay(today) };
    case 'last-12-months':
      return { from: isoDay(Date.UTC(y - 1, m, d + 1)), to: isoDay(today) };
    case 'this-year':
      return { from: `${y}-01-01`, to: isoDay(today) };
  }
}

/** Whether `value` is a calendar day as a date field gives it. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDay(Date.parse(`${value}T00:00:00Z`) || 0) === value;
}

/** Every day of the period, in order: the chart has a place for each, sales or not. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  const end = Date.parse(`${period.to}T00:00:00Z`);
  for (let t = Date.parse(`${period.from}T00:00:00Z`); t <= end; t += dayMs) days.push(isoDay(t));
  return days;
}

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
