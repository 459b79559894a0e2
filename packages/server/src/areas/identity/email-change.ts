import type { AccountLinkInput, ChangeEmailInput, IdentitySummary, LinkRequested } from '@foyer/schema';
import type { z } from 'zod';
import type { PublicContext, SignedInContext } from '../../callers/contexts.js';
import { badRequest, isUniqueViolation } from '../../errors.js';
import { mailLanguage } from '../../localization/mail-language.js';
import { limitRequest } from '../../security/guessing/request-limits.js';
import { signedInSession } from '../../security/sessions.js';
import { confirmPassword } from '../second-factor/service.js';
import { accountLinkUrl, claimAccountLink, createAccountLink, findAccountLink } from './account-links.js';
import { confirmEmailChangeMail, emailChangeNoticeMail } from './mail.js';
import { deleteSignInSessions, deleteUnusedPasswordResets, identitySummary, loginByEmail, setEmail } from './queries.js';

/**
 * Asks for a new email address: the password confirms it is the person, a link to the new
 * address confirms they hold it, and the old address hears of it at once. Nothing changes
 * until the link is followed. An address that already has an account gets no link, and the
 * answer is the same. Memberships and grants are keyed by the identity and all stay.
 */
export async function requestEmailChange(ctx: SignedInContext, input: z.output<typeof ChangeEmailInput>): Promise<LinkRequested> {
  const { identityId } = ctx;
  await confirmPassword(ctx, identityId, input.password);
  await limitRequest(ctx, 'email-change', identityId);
  const identity = (await identitySummary(ctx.db, identityId))!;
  const language = await mailLanguage(ctx, { identityId, self: true });
  const taken = await loginByEmail(ctx.db, input.email);
  if (!taken) {
    const { token, expiresAt } = await createAccountLink(ctx, { purpose: 'email-change', email: input.email, identity_id: identityId });
    await ctx.mailer.send(confirmEmailChangeMail({ to: input.email, link: accountLinkUrl(ctx, 'email-change', token), expiresAt, language }));
  }
  await ctx.mailer.send(emailChangeNoticeMail({ to: identity.email, newEmail: input.email, confirmed: false, language }));
  return { sentTo: input.email };
}

/**
 * Follows the link sent to the new address. The identity signs in with it from now on; every
 * other session of the identity ends (the one following the link, if signed in as it, stays),
 * and the old address is told.
 */
export async function confirmEmailChange(ctx: PublicContext, input: z.output<typeof AccountLinkInput>): Promise<IdentitySummary> {
  const link = await findAccountLink(ctx, 'email-change', input.token);
  const identityId = link.identity_id!;
  // The person following the link signed in as this identity keeps that one session.
  const keep = await signedInSession(ctx);
  const { identity, oldEmail } = await ctx.db.transaction(async (trx) => {
    await claimAccountLink(trx, link, ctx.clock.now());
    const before = await identitySummary(trx, identityId);
    if (!before) throw badRequest('ACCOUNT_LINK_INVALID');
    try {
      await setEmail(trx, identityId, link.email);
    } catch (error) {
      if (isUniqueViolation(error)) throw badRequest('ACCOUNT_LINK_INVALID');
      throw error;
    }
    await deleteSignInSessions(trx, identityId, keep?.identityId === identityId ? { except: keep.id } : {});
    await deleteUnusedPasswordResets(trx, identityId);
    const identity = (await identitySummary(trx, identityId))!;
    return { identity: identity as IdentitySummary, oldEmail: before.email };
  });
  ctx.audit.changeOf(identity.id);
  await ctx.mailer.send(emailChangeNoticeMail({ to: oldEmail, newEmail: identity.email, confirmed: true, language: await mailLanguage(ctx, { identityId, self: true }) }));
  return identity;
}
