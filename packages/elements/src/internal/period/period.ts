import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { longestPeriodDays } from '@foyer/schema/periods';
import { errorSentence } from '../messages.js';

/** The periods offered with one click; every day is a UTC day, as the server counts them. */
export type PeriodPreset = 'last-30-days' | 'last-12-months' | 'this-year';
export const periodPresets: readonly PeriodPreset[] = ['last-30-days', 'last-12-months', 'this-year'];

/** Whole days, both included: `2026-03-01` to `2026-03-31`. */
export interface Period {
  from: string;
  to: string;
}

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

/** Every day of the period, in order: a chart has a place for each, whether anything happened or not. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  const end = Date.parse(`${period.to}T00:00:00Z`);
  for (let t = Date.parse(`${period.from}T00:00:00Z`); t <= end; t += dayMs) days.push(isoDay(t));
  return days;
}

/** A preset's name, as its button says it. */
export function presetLabel(preset: PeriodPreset): string {
  switch (preset) {
    case 'last-30-days':
      return msg('Last 30 days');
    case 'last-12-months':
      return msg('Last 12 months');
    case 'this-year':
      return msg('This year');
  }
}

/** What is wrong with the dates typed, or '' when the server may be asked: the server's own checks, said before asking. */
export function periodProblem(from: string, to: string): string {
  if (!isDay(from) || !isDay(to)) return msg('Enter both dates as year, month and day.');
  if (to < from) return msg('The period must not end before it starts.');
  if ((Date.parse(to) - Date.parse(from)) / dayMs >= longestPeriodDays) return msg(str`A period may be at most ${longestPeriodDays} days long.`);
  return '';
}

/** The server refused the period: its sentence, naming the field. */
export function periodRefusal(info: FoyerErrorInfo): string {
  return info.fieldErrors.to ? `${msg('To')}: ${info.fieldErrors.to}` : info.fieldErrors.from ? `${msg('From')}: ${info.fieldErrors.from}` : errorSentence(info);
}
