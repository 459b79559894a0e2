import type { AccountLinkInput, PasswordRule, ResetPasswordInput, SignInResult } from '@foyer/schema';
import type { PublicContext } from '../../callers/contexts.js';
import { badRequest } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import { startIdentitySession, startSession } from '../../security/sessions.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { claimPasswordReset, passwordResetByDigest, replacePassword, signInIdentity, type PasswordResetRecord } from './queries.js';
import { passwordRulesFor, requirePasswordRules } from '../../security/password-policy.js';

/** The reset a link's token opens, through the verifier; refused when unknown, used or expired. */
async function liveReset(ctx: PublicContext, token: string): Promise<PasswordResetRecord> {
  const reset = await findOneTimeLink(ctx, 'password-reset', token, (digest) => passwordResetByDigest(ctx.db, digest));
  if (!reset || reset.used_at) throw badRequest('RESET_LINK_INVALID');
  if (new Date(reset.expires_at).getTime() <= ctx.clock.now().getTime()) throw badRequest('RESET_LINK_EXPIRED');
  return reset;
}

/**
 * What the page of a reset link shows before the person types: the address the new password
 * is for (the link was mailed there, so whoever holds it reads that mailbox) and the rules it
 * must meet, as completePasswordReset checks them. It changes nothing: a mail scanner that
 * opens the link leaves it working. A used or expired link is refused as the reset refuses it.
 */
export async function describePasswordReset(ctx: PublicContext, input: AccountLinkInput): Promise<{ email: string; passwordRules: PasswordRule[] }> {
  const reset = await liveReset(ctx, input.token);
  const identity = await signInIdentity(ctx.db, reset.identity_id);
  return { email: identity.email, passwordRules: await passwordRulesFor(ctx.db, { identityId: reset.identity_id }) };
}

/**
 * Completes a password reset from its emailed link: sets the new password, ends every other
 * session of the identity (whoever knew the old password is out), and signs the person in —
 * with the second step still to pass when the login has a second factor.
 */
export async function completePasswordReset(ctx: PublicContext, input: ResetPasswordInput): Promise<SignInResult> {
  const now = ctx.clock.now();
  const reset = await liveReset(ctx, input.token);
  requirePasswordRules(await passwordRulesFor(ctx.db, { identityId: reset.identity_id }), input.password);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (trx) => {
    if (!(await claimPasswordReset(trx, reset.id, now))) throw badRequest('RESET_LINK_INVALID');
    await replacePassword(trx, reset.identity_id, passwordHash);
  });
  ctx.audit.changeOf(reset.identity_id);
  return signInAfterMailedLink(ctx, reset.identity_id);
}

/**
 * Signs in the person who just set a password from a mailed link. Whoever reads the mailbox
 * holds the link, not the authenticator: a login with a second factor is signed in only with
 * its code, as after a password.
 */
export async function signInAfterMailedLink(ctx: PublicContext, identityId: string): Promise<SignInResult> {
  const identity = await signInIdentity(ctx.db, identityId);
  if (identity.totp_enabled_at) {
    const challenge = await startSession(ctx.db, ctx.clock, ctx.config.sessions['second-factor'], { kind: 'second-factor', identityId: identity.id });
    return { secondFactorRequired: true, challenge: challenge.token, expiresAt: challenge.expiresAt.toISOString() };
  }
  const { token, expiresAt } = await startIdentitySession(ctx, identityId);
  return { secondFactorRequired: false, token, expiresAt: expiresAt.toISOString(), identity: { id: identity.id, email: identity.email, name: identity.name } };
}
