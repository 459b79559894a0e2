import { ChangeEmailInput, ResetPasswordInput, SignInInput, SignInSecondFactorInput, SignUpInput } from '@foyer/schema';
import { completePasswordReset } from '../members/password-resets.js';
import { publicProcedure, router, signedInProcedure } from '../../trpc.js';
import { secondFactorRouter } from '../second-factor/router.js';
import { accounts } from './accounts.js';
import * as identity from './service.js';

export const identityRouter = router({
  signUp: publicProcedure.input(SignUpInput).mutation(({ ctx, input }) => identity.signUp(ctx, input)),
  /** Signed in, or — with a second factor — a challenge for signInSecondFactor. */
  signIn: publicProcedure.input(SignInInput).mutation(({ ctx, input }) => identity.signIn(ctx, input)),
  signInSecondFactor: publicProcedure
    .input(SignInSecondFactorInput)
    .mutation(({ ctx, input }) => identity.signInSecondFactor(ctx, input)),
  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    await identity.signOut(ctx, ctx.session.id);
    return { ok: true as const };
  }),
  /** Completes a reset from the emailed link: sets the password and ends every other session. */
  resetPassword: publicProcedure.input(ResetPasswordInput).mutation(({ ctx, input }) => completePasswordReset(ctx, input)),
  me: signedInProcedure.query(({ ctx }) => identity.me(ctx, ctx.identityId)),
  /** Every workspace this identity belongs to, and whether this session may act there now. */
  accounts: signedInProcedure.query(({ ctx }) => accounts(ctx, ctx.session)),
  changeEmail: signedInProcedure.input(ChangeEmailInput).mutation(({ ctx, input }) => identity.changeEmail(ctx, ctx.identityId, input)),
  secondFactor: secondFactorRouter,
});
