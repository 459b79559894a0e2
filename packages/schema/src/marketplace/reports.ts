import { z } from 'zod';
import { Id, InWorkspace, WorkspaceHandle } from '../common.js';
import { CalendarDay, checkedPeriod } from './period-input.js';
import { reportNames } from './report-names.js';
import { TicketAccount, TicketChange, TicketType } from './tickets.js';

/**
 * The master account's reports, for its owner and its users holding Reports (which Manage
 * users implies). Each covers whole UTC days, `from` and `to` included, of every linked account
 * the caller works in, or of the one named; each is read from the tickets' history alone, so a
 * report always agrees with the tickets.
 *
 * A third party is one of the master account's users — any member but its owner, API-only
 * users included: a host back-end that opens customers' tickets with its user's API key is a
 * third party that opened them. The owner's own changes are never a third party's, whatever
 * door they came through; a user removed from the master account is no longer one of its third
 * parties (its changes stay in each ticket's history).
 */
export const ReportName = z.enum(reportNames);
export type ReportName = z.infer<typeof ReportName>;

const period = { from: CalendarDay, to: CalendarDay, account: WorkspaceHandle.optional() };

/** Where a list's next page starts: opaque to callers, handed back from the previous page. */
export const ReportCursor = z
  .string()
  .max(200, { error: 'must be at most 200 characters' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'must be a cursor from a previous page' });

const page = {
  after: ReportCursor.optional(),
  limit: z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(100, { error: 'must be at most 100' }).default(50),
};

/** A report's period, of every account the caller works in or of the one named. */
export const ReportInput = checkedPeriod(InWorkspace.extend(period));
export type ReportInput = z.input<typeof ReportInput>;

/** A report of the third parties: of all of them, or of the one named by its identity id. */
export const ThirdPartyReportInput = checkedPeriod(InWorkspace.extend({ ...period, thirdParty: Id.optional() }));
export type ThirdPartyReportInput = z.input<typeof ThirdPartyReportInput>;

/** The changes one third party made, newest first, page by page. */
export const ThirdPartyChangesInput = checkedPeriod(InWorkspace.extend({ ...period, thirdParty: Id, ...page }));
export type ThirdPartyChangesInput = z.input<typeof ThirdPartyChangesInput>;

/** The third parties' comments (or one's), newest first, page by page. */
export const ThirdPartyCommentsInput = checkedPeriod(InWorkspace.extend({ ...period, thirdParty: Id.optional(), ...page }));
export type ThirdPartyCommentsInput = z.input<typeof ThirdPartyCommentsInput>;

/** A third party as the reports name it; `name` is null where the user has none. */
export const ReportThirdParty = z.object({ identityId: z.string(), name: z.string().nullable(), email: z.string(), apiOnly: z.boolean() });
export type ReportThirdParty = z.infer<typeof ReportThirdParty>;

/** The master account's third parties, to choose one from: by name, then email. */
export const ReportThirdParties = z.object({ thirdParties: z.array(ReportThirdParty) });
export type ReportThirdParties = z.infer<typeof ReportThirdParties>;

/** One value per day of the period, `from` first; days without any as 0. */
const DailyCounts = z.array(z.number());

/** Tickets opened per day, one series per type (support, refund, cancellation, always all three). */
export const TicketsCreatedReport = z.object({ from: z.string(), to: z.string(), series: z.array(z.object({ type: TicketType, counts: DailyCounts })) });
export type TicketsCreatedReport = z.infer<typeof TicketsCreatedReport>;

/** What the changes report counts: each change of type from one to another, reopening, closing, refunding. */
export const CountedChange = z.enum([
  'support-to-refund',
  'support-to-cancellation',
  'refund-to-support',
  'refund-to-cancellation',
  'cancellation-to-support',
  'cancellation-to-refund',
  'reopened',
  'closed',
  'refunded',
]);
export type CountedChange = z.infer<typeof CountedChange>;

/** Ticket changes per day, one series per counted change (always all of them, in CountedChange's order). */
export const TicketChangesReport = z.object({ from: z.string(), to: z.string(), series: z.array(z.object({ change: CountedChange, counts: DailyCounts })) });
export type TicketChangesReport = z.infer<typeof TicketChangesReport>;

/**
 * Tickets closed (or opened) per day by third parties: a series per third party that closed
 * (opened) any in the period — or for the one asked for, whatever it did — in `thirdParties`' order.
 */
export const ThirdPartyDailyReport = z.object({
  from: z.string(),
  to: z.string(),
  thirdParties: z.array(ReportThirdParty),
  series: z.array(z.object({ thirdParty: z.string(), counts: DailyCounts })),
});
export type ThirdPartyDailyReport = z.infer<typeof ThirdPartyDailyReport>;

/**
 * The tickets each third party worked on in the period (any change of theirs: opening,
 * comment, type change, refund, closing …), each ticket counted once per third party, under the
 * type it had after that third party's last change to it in the period. Third parties that
 * worked on none are left out, unless one was asked for.
 */
export const ThirdPartyTypesReport = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(z.object({ thirdParty: ReportThirdParty, support: z.number(), refund: z.number(), cancellation: z.number(), tickets: z.number() })),
});
export type ThirdPartyTypesReport = z.infer<typeof ThirdPartyTypesReport>;

/** One change of a ticket, as a list report shows it: the ticket, its account, and the change as the ticket's history shows it. */
export const ReportedChange = z.object({ ticket: z.number(), account: TicketAccount, change: TicketChange });
export type ReportedChange = z.infer<typeof ReportedChange>;

/** A page of a list report, newest first; the next starts after `nextCursor` (null after the last). */
export const ReportChangesPage = z.object({ changes: z.array(ReportedChange), nextCursor: z.string().nullable() });
export type ReportChangesPage = z.infer<typeof ReportChangesPage>;
