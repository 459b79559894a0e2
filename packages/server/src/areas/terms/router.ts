import { AcceptTermsInput, InWorkspace, UploadTermsInput } from '@foyer/schema';
import { memberProcedure, permittedProcedure, router } from '../../trpc.js';
import * as terms from './service.js';

export const termsRouter = router({
  /** A new version; every contact's acceptance date is cleared with it. */
  upload: permittedProcedure('terms.manage')
    .input(UploadTermsInput)
    .mutation(({ ctx, input }) => terms.publishTerms(ctx, input)),
  /** The current terms, the versions before them with their acceptances, and the contacts a new version resets. */
  versions: permittedProcedure('terms.manage')
    .input(InWorkspace)
    .query(({ ctx }) => terms.termsOverview(ctx)),
  /** The current terms, for the team and for contacts alike. */
  current: memberProcedure.input(InWorkspace).query(({ ctx }) => terms.currentTerms(ctx)),
  /** A signed-in contact accepts the current version. */
  accept: memberProcedure.input(AcceptTermsInput).mutation(({ ctx, input }) => terms.acceptTerms(ctx, input)),
});
