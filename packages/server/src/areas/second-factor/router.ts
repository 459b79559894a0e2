import {
  BeginSecondFactorInput,
  ConfirmSecondFactorInput,
  DisableSecondFactorInput,
  RegenerateRecoveryCodesInput,
} from '@foyer/schema';
import { router, signedInProcedure } from '../../trpc.js';
import * as secondFactor from './service.js';

/** identity.secondFactor: set up, change and turn off an authenticator app, for any identity. */
export const secondFactorRouter = router({
  status: signedInProcedure.query(({ ctx }) => secondFactor.status(ctx, ctx.session)),
  begin: signedInProcedure
    .input(BeginSecondFactorInput)
    .mutation(({ ctx, input }) => secondFactor.begin(ctx, ctx.identityId, input.password)),
  confirm: signedInProcedure
    .input(ConfirmSecondFactorInput)
    .mutation(({ ctx, input }) => secondFactor.confirm(ctx, ctx.session, input.code)),
  disable: signedInProcedure.input(DisableSecondFactorInput).mutation(async ({ ctx, input }) => {
    await secondFactor.disable(ctx, ctx.identityId, input.password, input);
    return { ok: true as const };
  }),
  regenerateRecoveryCodes: signedInProcedure
    .input(RegenerateRecoveryCodesInput)
    .mutation(({ ctx, input }) => secondFactor.regenerateRecoveryCodes(ctx, ctx.identityId, input.password, input)),
});
