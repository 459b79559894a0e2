import type { DailyCountRow } from './queries.js';

const dayMs = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;

/** Every day of the period, `from` first: `2026-03-01`, `2026-03-02` … */
export function periodDays(period: { from: string; to: string }): string[] {
  const first = dayNumber(period.from);
  return Array.from({ length: dayNumber(period.to) - first + 1 }, (_, i) => new Date((first + i) * dayMs).toISOString().slice(0, 10));
}

/**
 * The counts as one series per key, each with one value per day of the period (`from` first,
 * 0 where nothing happened): every key asked for has its series, and a row whose key is not
 * among them (or null) is left out.
 */
export function dailySeries<K extends string>(
  period: { from: string; to: string },
  rows: readonly DailyCountRow[],
  keys: readonly K[],
  keyOf: (row: DailyCountRow) => string | null,
): Map<K, number[]> {
  const first = dayNumber(period.from);
  const length = dayNumber(period.to) - first + 1;
  const series = new Map<string, number[]>(keys.map((key) => [key, new Array<number>(length).fill(0)]));
  for (const row of rows) {
    const key = keyOf(row);
    const values = key === null ? undefined : series.get(key);
    if (values) values[dayNumber(row.day) - first]! += Number(row.n);
  }
  return series as Map<K, number[]>;
}
