import { randomUUID } from 'node:crypto';
import type { ChangePasswordInput, LinkRequested, RequestPasswordResetInput } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Context } from '../../context.js';
import { limitRequest } from '../../security/guessing/request-limits.js';
import { hashPassword } from '../../security/passwords.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { confirmPassword } from '../second-factor/service.js';
import { accountLinkUrl } from './account-links.js';
import { passwordChangedMail, selfServiceResetMail } from './mail.js';
import { endOtherSessions } from './own-sessions.js';

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
    await trx('password_resets').where({ identity_id: reset.identityId }).whereNull('used_at').delete();
    await trx('password_resets').insert({
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
export async function requestPasswordReset(ctx: Context, input: RequestPasswordResetInput): Promise<LinkRequested> {
  await limitRequest(ctx, 'password-reset', input.email);
  const identity = await ctx.db('identities').select('id', 'email', 'password_hash').whereRaw('lower(email) = lower(?)', [input.email]).first();
  if (identity?.password_hash) {
    const { token, expiresAt } = await storePasswordReset(ctx, { identityId: identity.id, workspaceId: null, requestedBy: null });
    await ctx.mailer.send(selfServiceResetMail({ to: identity.email, link: accountLinkUrl(ctx, 'password-reset', token), expiresAt }));
  }
  return { sentTo: input.email };
}

/**
 * A new password, given the current one (checked through the throttled verifier, with sign-in's
 * guesses at the same email). Every other session ends: whoever knew the old password is out;
 * this one stays. The address is told.
 */
export async function changePassword(ctx: Context, session: { id: string; identityId: string }, input: ChangePasswordInput): Promise<{ otherSessionsEnded: number }> {
  await confirmPassword(ctx, session.identityId, input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await ctx.db.transaction(async (trx) => {
    await trx('identities').where({ id: session.identityId }).update({ password_hash: passwordHash });
    await trx('password_resets').where({ identity_id: session.identityId }).whereNull('used_at').delete();
    return endOtherSessions(trx, session);
  });
  const { email } = await ctx.db('identities').select('email').where({ id: session.identityId }).first();
  await ctx.mailer.send(passwordChangedMail({ to: email }));
  return { otherSessionsEnded: ended };
}
