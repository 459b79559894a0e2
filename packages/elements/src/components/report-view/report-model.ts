import type { ReportName, ReportThirdParty, ThirdPartyDailyReport, ThirdPartyTypesReport, TicketChangesReport, TicketsCreatedReport } from '@foyer/schema';
import { daysOf } from '../../internal/period/period.js';

/** How a report names a third party: not at all, one or all of them, or exactly one. */
export type ThirdPartyChoice = 'none' | 'optional' | 'required';

export function thirdPartyChoice(report: ReportName): ThirdPartyChoice {
  switch (report) {
    case 'tickets-created':
    case 'ticket-changes':
      return 'none';
    case 'third-party-changes':
      return 'required';
    default:
      return 'optional';
  }
}

/** Whether a report is a list of changes (paged), rather than numbers to chart. */
export const isList = (report: ReportName) => report === 'third-party-changes' || report === 'third-party-comments';

/** A third party as people read it: the name, or the email of a user without one. */
export const personOf = (t: ReportThirdParty) => t.name ?? t.email;

/** A series of the chart: its key (a type, a change, a person), and one value per place on the axis. */
export interface ChartSeries {
  key: string;
  values: number[];
}

/**
 * What a report that counts shows: its places on the axis (every day of the period, or the
 * third parties) and its series, only those that counted anything; the element labels them.
 */
export interface CountedReport {
  /** The report the answer is of. */
  report: ReportName;
  /** `days`: the places are ISO days; `third-parties`: identity ids. */
  axis: 'days' | 'third-parties';
  places: string[];
  series: ChartSeries[];
}

type Counted = TicketsCreatedReport | TicketChangesReport | ThirdPartyDailyReport | ThirdPartyTypesReport;

const counted = (series: ChartSeries[]) => series.filter((s) => s.values.some((v) => v !== 0));

/** A counting report's answer as places and series, the empty series left out. */
export function countedReport(report: ReportName, answer: Counted): CountedReport {
  if ('rows' in answer) {
    const places = answer.rows.map((r) => r.thirdParty.identityId);
    const series = (['support', 'refund', 'cancellation'] as const).map((type) => ({ key: type, values: answer.rows.map((r) => r[type]) }));
    return { report, axis: 'third-parties', places, series: counted(series) };
  }
  const places = daysOf(answer);
  if (report === 'tickets-created') return { report, axis: 'days', places, series: counted((answer as TicketsCreatedReport).series.map((s) => ({ key: s.type, values: s.counts }))) };
  if (report === 'ticket-changes') return { report, axis: 'days', places, series: counted((answer as TicketChangesReport).series.map((s) => ({ key: s.change, values: s.counts }))) };
  return { report, axis: 'days', places, series: counted((answer as ThirdPartyDailyReport).series.map((s) => ({ key: s.thirdParty, values: s.counts }))) };
}

/** The table's rows: each place where anything was counted, with every series' value and their sum. */
export function tableRows(report: CountedReport): Array<{ place: string; values: number[]; total: number }> {
  return report.places.flatMap((place, i) => {
    const values = report.series.map((s) => s.values[i]!);
    const total = values.reduce((a, b) => a + b, 0);
    return report.axis === 'days' && total === 0 ? [] : [{ place, values, total }];
  });
}

/** The colour slot (1–8) of the series at `index`; a ninth takes the first again. */
export const colourSlot = (index: number) => (index % 8) + 1;

/** The address of a report's CSV download: the same period, account and third party as shown. */
export function csvUrl(server: string, workspace: string, report: ReportName, query: { from: string; to: string; account?: string; thirdParty?: string }): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.account) params.set('account', query.account);
  if (query.thirdParty) params.set('thirdParty', query.thirdParty);
  return `${server.replace(/\/+$/, '')}/reports/${encodeURIComponent(workspace)}/${report}?${params}`;
}
