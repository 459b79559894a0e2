/**
 * When generated sales happen: how busy each UTC day and hour is. The sellers grow (about
 * 2.4 times over the period), weekdays sell more than weekends, January (resolutions) and
 * November–December (Black Friday, Cyber Monday, gifts) more than summer, and Christmas
 * itself is quiet. Each day has a little noise of its own, as real days do.
 */

const DAY_MS = 86_400_000;

/** Sunday first, as `getUTCDay` counts. */
const weekdayShare = [0.82, 1.08, 1.1, 1.05, 1.0, 0.93, 0.8];
const monthShare = [1.3, 1.05, 1.0, 0.95, 0.92, 0.86, 0.8, 0.82, 1.0, 1.02, 1.18, 1.1];
/** UTC hours: buyers are mostly in the Americas, some in Europe, so evenings in the US are busiest. */
const hourShare = [1.3, 1.4, 1.35, 1.2, 1.0, 0.75, 0.5, 0.35, 0.3, 0.3, 0.35, 0.45, 0.6, 0.75, 0.9, 1.0, 1.05, 1.1, 1.1, 1.1, 1.15, 1.2, 1.25, 1.3];
const growthOverPeriod = 2.4;

/** The fourth Thursday of November, and the Friday and Monday after it. */
function blackFridayWeekend(year: number): { friday: number; monday: number } {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const thanksgiving = 1 + ((4 - first + 7) % 7) + 21;
  return { friday: Date.UTC(year, 10, thanksgiving + 1), monday: Date.UTC(year, 10, thanksgiving + 4) };
}

function occasion(day: Date): number {
  const { friday, monday } = blackFridayWeekend(day.getUTCFullYear());
  const t = day.getTime();
  if (t === friday) return 2.3;
  if (t === monday) return 1.9;
  if (t > friday && t < monday) return 1.4;
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  if (month === 11 && date >= 24 && date <= 26) return 0.6;
  if (month === 0 && date <= 2) return 1.4;
  return 1;
}

/** ±10 %, the same for the same day. */
function noise(day: Date): number {
  let x = Math.floor(day.getTime() / DAY_MS) * 2654435761;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 2246822519) >>> 0;
  return 0.9 + ((x ^ (x >>> 13)) % 1000) / 5000;
}

/** Running shares ending at 1: `width_bucket(u, thresholds)` of a uniform u in [0, 1) is then a day (or hour) index drawn by weight. */
function thresholdsOf(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let running = 0;
  const thresholds = weights.map((w) => (running += w) / total);
  thresholds[thresholds.length - 1] = 1;
  return thresholds;
}

export interface SalesCalendar {
  /** The first day's start (UTC midnight). */
  start: Date;
  /** How many days, the last being today (until now). */
  days: number;
  /** Running shares of the days, for `width_bucket`. */
  dayThresholds: number[];
  hourThresholds: number[];
}

/** The calendar of the `days` UTC days up to now; today counts for the part of it that is over. */
export function salesCalendar(now: Date, days: number): SalesCalendar {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const start = new Date(today - (days - 1) * DAY_MS);
  const weights: number[] = [];
  for (let d = 0; d < days; d++) {
    const day = new Date(start.getTime() + d * DAY_MS);
    const growth = growthOverPeriod ** (d / Math.max(1, days - 1));
    const elapsed = d === days - 1 ? (now.getTime() - today) / DAY_MS : 1;
    weights.push(growth * weekdayShare[day.getUTCDay()]! * monthShare[day.getUTCMonth()]! * occasion(day) * noise(day) * elapsed);
  }
  return { start, days, dayThresholds: thresholdsOf(weights), hourThresholds: thresholdsOf(hourShare) };
}
