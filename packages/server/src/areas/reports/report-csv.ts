import type { CountedChange, ReportChangesPage, ReportName, ReportThirdParty, TicketChange } from '@foyer/schema';
import type { MemberContext } from '../../callers/contexts.js';
import { csvByteOrderMark, csvLine, type CsvCell } from './csv.js';
import { periodDays } from './daily-series.js';
import * as reports from './service.js';

/** Where the lines go: a write that resolves once the reader is ready for more. */
export type CsvSink = (chunk: string) => Promise<void>;

/** What the CSV of any report is asked for: its period and account, and the third party where it takes one. */
export interface CsvReportInput {
  workspace: string;
  from: string;
  to: string;
  account?: string | undefined;
  thirdParty?: string | undefined;
}

/** A list is written a page at a time, so a year of changes is never held whole. */
const csvPage = 500;

const changeLabels: Record<CountedChange, string> = {
  'support-to-refund': 'Support to refund',
  'support-to-cancellation': 'Support to cancellation',
  'refund-to-support': 'Refund to support',
  'refund-to-cancellation': 'Refund to cancellation',
  'cancellation-to-support': 'Cancellation to support',
  'cancellation-to-refund': 'Cancellation to refund',
  reopened: 'Reopened',
  closed: 'Closed',
  refunded: 'Refunded',
};

const personOf = (t: ReportThirdParty) => t.name ?? t.email;
/** An instant as spreadsheets read a date and time: `2026-03-10 09:30:00`, in UTC. */
const utc = (instant: string) => instant.replace('T', ' ').replace(/(\.\d+)?Z$/, '');
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** A refund's amount in its currency's own decimals: 4700 USD is 47.00, 500 JPY is 500. */
function decimalAmount(minor: number, currency: string): string {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // A currency Intl does not know: two decimals, as most have.
  }
  return (minor / 10 ** digits).toFixed(digits);
}

/** A change as the list's columns say it: what, the ticket's type after it, from, to, amount, currency, text. */
function changeCells(change: TicketChange): CsvCell[] {
  switch (change.kind) {
    case 'type_changed':
      return ['type changed', change.type, change.from, change.to, null, null, null];
    case 'email_changed':
      return ['email changed', change.type, change.from, change.to, null, null, null];
    case 'refunded':
      return ['refunded', change.type, null, null, decimalAmount(change.amount, change.currency), change.currency, null];
    case 'opened':
    case 'commented':
      return [change.kind, change.type, null, null, null, null, change.text];
    default:
      return [change.kind, change.type, null, null, null, null, null];
  }
}

/**
 * A list, every page in order, each written as it arrives: the header goes out with the first
 * page, so a refusal of the first (an unknown third party) still comes before any line.
 */
async function writeList(
  out: CsvSink,
  next: (after: string | undefined) => Promise<ReportChangesPage>,
  header: readonly CsvCell[],
  row: (change: ReportChangesPage['changes'][number]) => CsvCell[],
): Promise<void> {
  let after: string | undefined;
  let first = true;
  do {
    const page = await next(after);
    await out(`${first ? csvByteOrderMark + csvLine(header) : ''}${page.changes.map((c) => csvLine(row(c))).join('')}`);
    first = false;
    after = page.nextCursor ?? undefined;
  } while (after);
}

/** A report that fits in memory (one line per day or per third party), written at once. */
const writeTable = (out: CsvSink, rows: readonly (readonly CsvCell[])[]) => out(csvByteOrderMark + rows.map(csvLine).join(''));

/**
 * A report as CSV, in English: its columns and one line per day (every day of the period), per
 * third party or per change, from the same service as the procedures, so the file holds the
 * numbers the chart shows. The refusals are the procedures' own and come before any line.
 */
export async function writeReportCsv(ctx: MemberContext, report: ReportName, input: CsvReportInput, out: CsvSink): Promise<void> {
  switch (report) {
    case 'tickets-created': {
      const r = await reports.ticketsCreated(ctx, input);
      const [support, refund, cancellation] = r.series.map((s) => s.counts);
      return writeTable(out, [
        ['Day (UTC)', 'Support', 'Refund', 'Cancellation', 'All types'],
        ...periodDays(r).map((day, i) => [day, support![i]!, refund![i]!, cancellation![i]!, support![i]! + refund![i]! + cancellation![i]!]),
      ]);
    }
    case 'ticket-changes': {
      const r = await reports.ticketChanges(ctx, input);
      return writeTable(out, [['Day (UTC)', ...r.series.map((s) => changeLabels[s.change])], ...periodDays(r).map((day, i) => [day, ...r.series.map((s) => s.counts[i]!)])]);
    }
    case 'closed-by-third-parties':
    case 'opened-by-third-parties': {
      const r = await (report === 'closed-by-third-parties' ? reports.closedByThirdParties : reports.openedByThirdParties)(ctx, input);
      return writeTable(out, [
        ['Day (UTC)', ...r.thirdParties.map(personOf), 'All third parties'],
        ...periodDays(r).map((day, i) => {
          const values = r.series.map((s) => s.counts[i]!);
          return [day, ...values, sum(values)];
        }),
      ]);
    }
    case 'third-party-tickets-by-type': {
      const r = await reports.ticketsByTypePerThirdParty(ctx, input);
      return writeTable(out, [
        ['Third party', 'Email', 'API only', 'Support', 'Refund', 'Cancellation', 'Tickets'],
        ...r.rows.map((row) => [personOf(row.thirdParty), row.thirdParty.email, row.thirdParty.apiOnly ? 'yes' : 'no', row.support, row.refund, row.cancellation, row.tickets]),
      ]);
    }
    case 'third-party-changes': {
      const thirdParty = input.thirdParty ?? '';
      return writeList(
        out,
        (after) => reports.thirdPartyChanges(ctx, { ...input, thirdParty, after, limit: csvPage }),
        ['Time (UTC)', 'Account', 'Ticket', 'Third party', 'Email', 'Change', 'Type', 'From', 'To', 'Amount', 'Currency', 'Text'],
        (c) => [utc(c.change.at), c.account.handle, c.ticket, c.change.actor.name, c.change.actor.email, ...changeCells(c.change)],
      );
    }
    case 'third-party-comments':
      return writeList(
        out,
        (after) => reports.thirdPartyComments(ctx, { ...input, after, limit: csvPage }),
        ['Time (UTC)', 'Third party', 'Email', 'Account', 'Ticket', 'Comment'],
        (c) => [utc(c.change.at), c.change.actor.name, c.change.actor.email, c.account.handle, c.ticket, c.change.kind === 'commented' ? c.change.text : null],
      );
  }
}
