import { BeginSecondFactorInput, ConfirmSecondFactorInput, DisableSecondFactorInput, RegenerateRecoveryCodesInput } from '@foyer/schema';
import { router, signedInProcedure } from '../../trpc.js';
import * as secondFactor from './service.js';

/** identity.secondFactor: set up, change and turn off an authenticator app, for any identity. */
export const secondFactorRouter = router({
  status: signedInProcedure.query(({ ctx }) => secondFactor.status(ctx)),
  begin: signedInProcedure.input(BeginSecondFactorInput).mutation(({ ctx, input }) => secondFactor.begin(ctx, input)),
  confirm: signedInProcedure.input(ConfirmSecondFactorInput).mutation(({ ctx, input }) => secondFactor.confirm(ctx, input)),
  disable: signedInProcedure.input(DisableSecondFactorInput).mutation(({ ctx, input }) => secondFactor.disable(ctx, input)),
  regenerateRecoveryCodes: signedInProcedure.input(RegenerateRecoveryCodesInput).mutation(({ ctx, input }) => secondFactor.regenerateRecoveryCodes(ctx, input)),
});
