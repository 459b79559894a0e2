import {
  AccountLinkInput,
  ChangeEmailInput,
  ChangePasswordInput,
  EndSessionInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignInSecondFactorInput,
  SetLanguageInput,
  SignUpInput,
} from '@foyer/schema';
import { completePasswordReset, describePasswordReset } from '../members/password-resets.js';
import { publicProcedure, router, signedInProcedure } from '../../trpc.js';
import { secondFactorRouter } from '../second-factor/router.js';
import { accounts } from './accounts.js';
import { confirmEmailChange, requestEmailChange } from './email-change.js';
import { changePassword, ownPasswordRules, requestPasswordReset } from './own-password.js';
import { ownLanguage, setOwnLanguage } from './own-language.js';
import { endOtherSessions, endOwnSession, listOwnSessions } from './own-sessions.js';
import * as identity from './service.js';
import { confirmSignUp, requestSignUp } from './sign-up.js';

/** A person's own sign-in sessions: where they are signed in, and ending what they do not know. */
const sessionsRouter = router({
  list: signedInProcedure.query(({ ctx }) => listOwnSessions(ctx)),
  end: signedInProcedure.input(EndSessionInput).mutation(({ ctx, input }) => endOwnSession(ctx, input)),
  endOthers: signedInProcedure.mutation(({ ctx }) => endOtherSessions(ctx)),
});

export const identityRouter = router({
  /** Asks for an account: a confirmation link goes to the address; the answer is the same for any address. */
  signUp: publicProcedure.input(SignUpInput).mutation(({ ctx, input }) => requestSignUp(ctx, input)),
  /** Whether anyone may sign up here (the operator's FOYER_SIGNUP), so a sign-up page says so before anyone types. */
  signUpOpen: publicProcedure.query(({ ctx }) => ({ open: ctx.config.signUp === 'open' })),
  /** Follows the confirmation link: the account exists from now on, and is signed in. */
  confirmSignUp: publicProcedure.input(AccountLinkInput).mutation(({ ctx, input }) => confirmSignUp(ctx, input)),
  /** Signed in, or — with a second factor — a challenge for signInSecondFactor. */
  signIn: publicProcedure.input(SignInInput).mutation(({ ctx, input }) => identity.signIn(ctx, input)),
  signInSecondFactor: publicProcedure.input(SignInSecondFactorInput).mutation(({ ctx, input }) => identity.signInSecondFactor(ctx, input)),
  signOut: signedInProcedure.mutation(({ ctx }) => identity.signOut(ctx)),
  /** "Forgot my password": a reset link to the address if it has an account; the same answer either way. */
  requestPasswordReset: publicProcedure.input(RequestPasswordResetInput).mutation(({ ctx, input }) => requestPasswordReset(ctx, input)),
  /** What a reset link's page shows before the password is typed: the address, and the rules the new password must meet. */
  describePasswordReset: publicProcedure.input(AccountLinkInput).query(({ ctx, input }) => describePasswordReset(ctx, input)),
  /** Completes a reset from the emailed link: sets the password and ends every other session. */
  resetPassword: publicProcedure.input(ResetPasswordInput).mutation(({ ctx, input }) => completePasswordReset(ctx, input)),
  /** A new password, given the current one; every other session ends. */
  changePassword: signedInProcedure.input(ChangePasswordInput).mutation(({ ctx, input }) => changePassword(ctx, input)),
  /** The rules a new password of this person must meet: the strictest of every workspace they belong to. */
  passwordRules: signedInProcedure.query(({ ctx }) => ownPasswordRules(ctx)),
  me: signedInProcedure.query(({ ctx }) => identity.me(ctx)),
  /** Every workspace this identity belongs to, and whether this session may act there now. */
  accounts: signedInProcedure.query(({ ctx }) => accounts(ctx)),
  /** Asks for a new email: a link to the new address, a notice to the old; nothing changes until it is followed. */
  changeEmail: signedInProcedure.input(ChangeEmailInput).mutation(({ ctx, input }) => requestEmailChange(ctx, input)),
  /** Follows the link sent to the new address; every other session of the identity ends. */
  confirmEmailChange: publicProcedure.input(AccountLinkInput).mutation(({ ctx, input }) => confirmEmailChange(ctx, input)),
  /** The language the person's mail is written in (null: none chosen yet). */
  language: signedInProcedure.query(({ ctx }) => ownLanguage(ctx)),
  /** Chooses the language of the person's mail, from every workspace. */
  setLanguage: signedInProcedure.input(SetLanguageInput).mutation(({ ctx, input }) => setOwnLanguage(ctx, input)),
  sessions: sessionsRouter,
  secondFactor: secondFactorRouter,
});
