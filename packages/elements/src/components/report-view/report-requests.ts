import type { FoyerConnection } from '../../context/foyer-context.js';
import type { ReportChange } from './report-list.js';
import { countedReport, isList, type CountedReport } from './report-model.js';
import type { ReportName } from '@foyer/schema';

/** What a report was asked for: the report, its period, and the account and third party chosen, if any. */
export interface ReportQuery {
  report: ReportName;
  from: string;
  to: string;
  account?: string;
  thirdParty?: string;
}

/** A report's answer as the element shows it: numbers to chart, or a page of a list. */
export type ReportAnswer = { counted: CountedReport } | { changes: ReportChange[]; nextCursor: string | null };

/** Asks the server for a report (a list's page after `after`, where given) in the master account `workspace`. */
export async function askReport(c: FoyerConnection, workspace: string, query: ReportQuery, after?: string): Promise<ReportAnswer> {
  const input = { workspace, ...query };
  if (isList(query.report)) {
    const paged = { ...input, ...(after ? { after } : {}) };
    const page =
      query.report === 'third-party-changes'
        ? await c.api.reports.thirdPartyChanges.query({ ...paged, thirdParty: query.thirdParty ?? '' })
        : await c.api.reports.thirdPartyComments.query(paged);
    return { changes: page.changes, nextCursor: page.nextCursor };
  }
  return { counted: countedReport(query.report, await counting(c, query.report, input)) };
}

function counting(c: FoyerConnection, report: ReportName, input: { workspace: string } & Omit<ReportQuery, 'report'>) {
  switch (report) {
    case 'tickets-created':
      return c.api.reports.ticketsCreated.query(input);
    case 'ticket-changes':
      return c.api.reports.ticketChanges.query(input);
    case 'closed-by-third-parties':
      return c.api.reports.closedByThirdParties.query(input);
    case 'opened-by-third-parties':
      return c.api.reports.openedByThirdParties.query(input);
    default:
      return c.api.reports.ticketsByTypePerThirdParty.query(input);
  }
}
