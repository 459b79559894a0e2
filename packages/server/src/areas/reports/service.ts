import {
  CountedChange,
  TicketType,
  type ReportChangesPage,
  type ReportInput,
  type ReportThirdParties,
  type ThirdPartyChangesInput,
  type ThirdPartyCommentsInput,
  type ThirdPartyDailyReport,
  type ThirdPartyReportInput,
  type ThirdPartyTypesReport,
  type TicketChangesReport,
  type TicketsCreatedReport,
} from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { requireMasterAccount } from '../master-accounts/master.js';
import { toChange } from '../tickets/summaries.js';
import { dailySeries } from './daily-series.js';
import { changesPage, dailyCounts, workedTickets, type DailyCountRow, type HistoryPosition } from './queries.js';
import { decodeReportCursor, encodeReportCursor, type ReportList } from './report-cursor.js';
import { chosenThirdParties, reportScope, thirdParties, type ReportScope } from './scope.js';

/** `reports.thirdParties`: whom the third-party reports may be asked about. */
export async function listThirdParties(ctx: MemberContext): Promise<ReportThirdParties> {
  requireMasterAccount(ctx);
  return { thirdParties: await thirdParties(ctx) };
}

/** `reports.ticketsCreated`: tickets opened per day, by the type they were opened with. */
export async function ticketsCreated(ctx: MemberContext, input: z.output<typeof ReportInput>): Promise<TicketsCreatedReport> {
  const scope = await reportScope(ctx, input);
  const rows = await dailyCounts(ctx.db, scope, ['opened']);
  const series = dailySeries(scope, rows, TicketType.options, (row) => row.to_type);
  return { from: scope.from, to: scope.to, series: TicketType.options.map((type) => ({ type, counts: series.get(type)! })) };
}

/** What a counted change is, or null for a change the changes report does not count (a comment, a new email, an opening). */
function countedChange(row: DailyCountRow): CountedChange | null {
  if (row.kind === 'type_changed') return `${row.from_type!}-to-${row.to_type}` as CountedChange;
  return row.kind === 'reopened' || row.kind === 'closed' || row.kind === 'refunded' ? row.kind : null;
}

/** `reports.ticketChanges`: each change of type (from one to another), reopenings, closings and refunds per day. */
export async function ticketChanges(ctx: MemberContext, input: z.output<typeof ReportInput>): Promise<TicketChangesReport> {
  const scope = await reportScope(ctx, input);
  const rows = await dailyCounts(ctx.db, scope, ['type_changed', 'reopened', 'closed', 'refunded']);
  const series = dailySeries(scope, rows, CountedChange.options, countedChange);
  return { from: scope.from, to: scope.to, series: CountedChange.options.map((change) => ({ change, counts: series.get(change)! })) };
}

/** One kind of change per day by the third parties asked about: a series for each that made any, or for the one asked about. */
async function byThirdPartyPerDay(ctx: MemberContext, input: z.output<typeof ThirdPartyReportInput>, kind: 'closed' | 'opened'): Promise<ThirdPartyDailyReport> {
  const scope = await reportScope(ctx, input);
  const asked = await chosenThirdParties(ctx, input.thirdParty);
  const ids = asked.map((t) => t.identityId);
  const rows = await dailyCounts(ctx.db, scope, [kind], ids);
  const series = dailySeries(scope, rows, ids, (row) => row.actor_identity_id);
  const shown = asked.filter((t) => input.thirdParty !== undefined || series.get(t.identityId)!.some((n) => n !== 0));
  return { from: scope.from, to: scope.to, thirdParties: shown, series: shown.map((t) => ({ thirdParty: t.identityId, counts: series.get(t.identityId)! })) };
}

/** `reports.closedByThirdParties`: tickets closed per day by third parties (all, or one). */
export const closedByThirdParties = (ctx: MemberContext, input: z.output<typeof ThirdPartyReportInput>) => byThirdPartyPerDay(ctx, input, 'closed');

/** `reports.openedByThirdParties`: tickets third parties opened, per day — a host back-end's API user among them. */
export const openedByThirdParties = (ctx: MemberContext, input: z.output<typeof ThirdPartyReportInput>) => byThirdPartyPerDay(ctx, input, 'opened');

/** `reports.ticketsByTypePerThirdParty`: how many tickets of each type each third party worked on in the period. */
export async function ticketsByTypePerThirdParty(ctx: MemberContext, input: z.output<typeof ThirdPartyReportInput>): Promise<ThirdPartyTypesReport> {
  const scope = await reportScope(ctx, input);
  const asked = await chosenThirdParties(ctx, input.thirdParty);
  const rows = await workedTickets(
    ctx.db,
    scope,
    asked.map((t) => t.identityId),
  );
  const counts = new Map(asked.map((t) => [t.identityId, { support: 0, refund: 0, cancellation: 0 }]));
  for (const row of rows) counts.get(row.actor_identity_id)![row.to_type] += Number(row.n);
  return {
    from: scope.from,
    to: scope.to,
    rows: asked.flatMap((thirdParty) => {
      const c = counts.get(thirdParty.identityId)!;
      const tickets = c.support + c.refund + c.cancellation;
      return tickets === 0 && input.thirdParty === undefined ? [] : [{ thirdParty, ...c, tickets }];
    }),
  };
}

/** A page of a list report, and the cursor after it when more follow. */
async function listPage(ctx: MemberContext, scope: ReportScope, list: ReportList, actorIds: string[], page: { after?: string | undefined; limit: number }): Promise<ReportChangesPage> {
  const after: HistoryPosition | undefined = page.after === undefined ? undefined : decodeReportCursor(list, page.after);
  const rows = await changesPage(ctx.db, scope, { actorIds, commentsOnly: list === 'comments' }, after, page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  const accounts = new Map(scope.accounts.map((a) => [a.id, { handle: a.handle, name: a.name }]));
  return {
    changes: shown.map((row) => ({ ticket: Number(row.ticket_number), account: accounts.get(row.workspace_id)!, change: toChange(row) })),
    nextCursor: rows.length > page.limit && last ? encodeReportCursor(list, { at: last.position_at, id: Number(last.id) }) : null,
  };
}

/** `reports.thirdPartyChanges`: everything one third party did to tickets in the period, newest first. */
export async function thirdPartyChanges(ctx: MemberContext, input: z.output<typeof ThirdPartyChangesInput>): Promise<ReportChangesPage> {
  const scope = await reportScope(ctx, input);
  const [thirdParty] = await chosenThirdParties(ctx, input.thirdParty);
  return listPage(ctx, scope, 'changes', [thirdParty!.identityId], input);
}

/** `reports.thirdPartyComments`: the third parties' comments (or one's) in the period, newest first. */
export async function thirdPartyComments(ctx: MemberContext, input: z.output<typeof ThirdPartyCommentsInput>): Promise<ReportChangesPage> {
  const scope = await reportScope(ctx, input);
  const asked = await chosenThirdParties(ctx, input.thirdParty);
  return listPage(
    ctx,
    scope,
    'comments',
    asked.map((t) => t.identityId),
    input,
  );
}
