import { randomUUID } from 'node:crypto';
import type { ChangePasswordInput, LinkRequested, PasswordRule, RequestPasswordResetInput } from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { PublicContext, SignedInContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { limitRequest } from '../../security/guessing/request-limits.js';
import { hashPassword } from '../../security/passwords.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { confirmPassword } from '../second-factor/service.js';
import { accountLinkUrl } from './account-links.js';
import { passwordChangedMail, selfServiceResetMail } from './mail.js';
import { deleteSignInSessions, deleteUnusedPasswordResets, identitySummary, insertPasswordReset, loginByEmail, setPassword } from './queries.js';
import { passwordRulesFor, requirePasswordRules } from '../../security/password-policy.js';
import { mailLanguage } from '../../localization/mail-language.js';

/**
 * Stores a reset link for the identity and answers its token; an earlier unused one stops
 * working. `workspaceId`: the workspace whose manager asked, or null when the person did.
 */
export async function storePasswordReset(
  ctx: Pick<Context, 'db' | 'clock' | 'config'>,
  reset: { identityId: string; workspaceId: string | null; requestedBy: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.passwordResetTtlMs);
  await ctx.db.transaction(async (trx: Knex.Transaction) => {
    await deleteUnusedPasswordResets(trx, reset.identityId);
    await insertPasswordReset(trx, {
      id: randomUUID(),
      workspace_id: reset.workspaceId,
      identity_id: reset.identityId,
      token_hash: hashToken(token),
      requested_by: reset.requestedBy,
      created_at: now,
      expires_at: expiresAt,
    });
  });
  return { token, expiresAt };
}

/**
 * "Forgot my password": a reset link to the address, on the operator's page. The same answer
 * whether or not the address has an account (or a password: an API user's has none), limited
 * per address and per source.
 */
export async function requestPasswordReset(ctx: PublicContext, input: z.output<typeof RequestPasswordResetInput>): Promise<LinkRequested> {
  await limitRequest(ctx, 'password-reset', input.email);
  const identity = await loginByEmail(ctx.db, input.email);
  if (identity?.password_hash) {
    const { token, expiresAt } = await storePasswordReset(ctx, { identityId: identity.id, workspaceId: null, requestedBy: null });
    const language = await mailLanguage(ctx, { identityId: identity.id, self: true });
    await ctx.mailer.send(selfServiceResetMail({ to: identity.email, link: accountLinkUrl(ctx, 'password-reset', token), expiresAt, language }));
  }
  return { sentTo: input.email };
}

/**
 * The rules the person's next password must meet, as changePassword checks them: the strictest
 * of every workspace they belong to. Asked before typing, so the form shows them as it checks.
 */
export function ownPasswordRules(ctx: SignedInContext): Promise<PasswordRule[]> {
  return passwordRulesFor(ctx.db, { identityId: ctx.identityId });
}

/**
 * A new password, given the current one (checked through the throttled verifier, with sign-in's
 * guesses at the same email). Every other session ends: whoever knew the old password is out;
 * this one stays. The address is told.
 */
export async function changePassword(ctx: SignedInContext, input: z.output<typeof ChangePasswordInput>): Promise<{ otherSessionsEnded: number }> {
  const { identityId } = ctx;
  await confirmPassword(ctx, identityId, input.currentPassword);
  requirePasswordRules(await passwordRulesFor(ctx.db, { identityId }), input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await ctx.db.transaction(async (trx) => {
    await setPassword(trx, identityId, passwordHash);
    await deleteUnusedPasswordResets(trx, identityId);
    return deleteSignInSessions(trx, identityId, { except: ctx.session.id });
  });
  const { email } = (await identitySummary(ctx.db, identityId))!;
  await ctx.mailer.send(passwordChangedMail({ to: email, language: await mailLanguage(ctx, { identityId, self: true }) }));
  return { otherSessionsEnded: ended };
}
