import { InWorkspace, ReportInput, ThirdPartyChangesInput, ThirdPartyCommentsInput, ThirdPartyReportInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as reports from './service.js';

/**
 * The master account's reports: for its owner and its users holding Reports (Manage users
 * implies it), of the linked accounts each works in; on the master account's workspace.
 */
export const reportsRouter = router({
  thirdParties: permittedProcedure('audit.view')
    .input(InWorkspace)
    .query(({ ctx }) => reports.listThirdParties(ctx)),
  ticketsCreated: permittedProcedure('audit.view')
    .input(ReportInput)
    .query(({ ctx, input }) => reports.ticketsCreated(ctx, input)),
  ticketChanges: permittedProcedure('audit.view')
    .input(ReportInput)
    .query(({ ctx, input }) => reports.ticketChanges(ctx, input)),
  closedByThirdParties: permittedProcedure('audit.view')
    .input(ThirdPartyReportInput)
    .query(({ ctx, input }) => reports.closedByThirdParties(ctx, input)),
  openedByThirdParties: permittedProcedure('audit.view')
    .input(ThirdPartyReportInput)
    .query(({ ctx, input }) => reports.openedByThirdParties(ctx, input)),
  ticketsByTypePerThirdParty: permittedProcedure('audit.view')
    .input(ThirdPartyReportInput)
    .query(({ ctx, input }) => reports.ticketsByTypePerThirdParty(ctx, input)),
  thirdPartyChanges: permittedProcedure('audit.view')
    .input(ThirdPartyChangesInput)
    .query(({ ctx, input }) => reports.thirdPartyChanges(ctx, input)),
  thirdPartyComments: permittedProcedure('audit.view')
    .input(ThirdPartyCommentsInput)
    .query(({ ctx, input }) => reports.thirdPartyComments(ctx, input)),
});
