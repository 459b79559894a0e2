import { z } from 'zod';
import { longestPeriodDays } from './periods.js';

/** A calendar day, `2026-12-06`, in UTC: the dashboard's and the reports' days are UTC days. */
export const CalendarDay = z.iso.date({ error: 'must be a date such as 2026-12-06' });

/** Whether the input is an object whose ends are both dates so far: the period's own checks compare only dates, and say nothing more of a wrong one (or of no object at all). */
const bothEndsAreDates = (payload: z.core.ParsePayload) =>
  typeof payload.value === 'object' && payload.value !== null && payload.issues.every((issue) => issue.path?.length !== 0 && issue.path?.[0] !== 'from' && issue.path?.[0] !== 'to');

/**
 * A period of whole days, `from` and `to` both included, checked as the dashboard and the
 * reports check theirs: the end not before the start, at most `longestPeriodDays` long.
 */
export function checkedPeriod<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((input) => input.from <= input.to, { error: 'must not end before it starts', path: ['to'], when: bothEndsAreDates })
    .refine((input) => (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 < longestPeriodDays, {
      error: `must be at most ${longestPeriodDays} days after from`,
      path: ['to'],
      when: bothEndsAreDates,
    });
}
