import { randomUUID } from 'node:crypto';
import type { AccountLinkInput, LinkRequested, SignedIn, SignUpInput } from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { PublicContext } from '../../callers/contexts.js';
import { badRequest, forbidden, isUniqueViolation } from '../../errors.js';
import { mailLanguage } from '../../localization/mail-language.js';
import { limitRequest } from '../../security/guessing/request-limits.js';
import { hashPassword } from '../../security/passwords.js';
import { startIdentitySession } from '../../security/sessions.js';
import { accountLinkUrl, claimAccountLink, createAccountLink, findAccountLink } from './account-links.js';
import { alreadyHaveAccountMail, confirmSignUpMail } from './mail.js';
import { insertIdentity, loginByEmail } from './queries.js';

/**
 * Creates an identity directly, for the operator's own tools (`foyer create-owner`, seeds) on
 * a server they run. Anyone else signs up through a confirmed address.
 */
export async function createIdentity(
  db: Knex,
  now: Date,
  input: { email: string; password: string; name?: string | null; agency?: boolean },
): Promise<{ id: string; email: string; name: string | null }> {
  const id = randomUUID();
  await insertIdentity(db, { id, email: input.email, name: input.name ?? null, password_hash: await hashPassword(input.password), is_agency: input.agency ?? false, created_at: now });
  return { id, email: input.email, name: input.name ?? null };
}

/**
 * Asks for an account. Nothing exists until the mailed link is followed, and the answer is the
 * same whatever the address: an address that has an account gets a mail saying so instead of
 * a link, so neither the answer nor its timing (the password is hashed either way) tells whether
 * someone has an account here. Limited per address and per source; closed unless the operator
 * opens sign-up.
 */
export async function requestSignUp(ctx: PublicContext, input: z.output<typeof SignUpInput> & { agency?: boolean }): Promise<LinkRequested> {
  if (ctx.config.signUp !== 'open') throw forbidden('SIGN_UP_CLOSED');
  await limitRequest(ctx, 'sign-up', input.email);
  const passwordHash = await hashPassword(input.password);
  const existing = await loginByEmail(ctx.db, input.email);
  if (existing) {
    const language = await mailLanguage(ctx, { identityId: existing.id, self: true });
    await ctx.mailer.send(alreadyHaveAccountMail({ to: input.email, signInUrl: ctx.config.publicUrl ?? '', agency: input.agency ?? false, language }));
  } else {
    const { token, expiresAt } = await createAccountLink(ctx, {
      purpose: 'sign-up',
      email: input.email,
      name: input.name ?? null,
      password_hash: passwordHash,
      agency: input.agency ?? false,
    });
    await ctx.mailer.send(confirmSignUpMail({ to: input.email, link: accountLinkUrl(ctx, 'sign-up', token), expiresAt, language: ctx.language ?? 'en' }));
  }
  return { sentTo: input.email };
}

/** Follows the confirmation link: the account is created with the password chosen, and signed in. */
export async function confirmSignUp(ctx: PublicContext, input: z.output<typeof AccountLinkInput>): Promise<SignedIn> {
  const link = await findAccountLink(ctx, 'sign-up', input.token);
  const identity = await ctx.db.transaction(async (trx) => {
    await claimAccountLink(trx, link, ctx.clock.now());
    const id = randomUUID();
    try {
      // The person confirming keeps the language of the page they confirm on.
      await insertIdentity(trx, {
        id,
        email: link.email,
        name: link.name,
        password_hash: link.password_hash,
        is_agency: link.agency,
        created_at: ctx.clock.now(),
        language: ctx.language ?? null,
      });
    } catch (error) {
      // The address got an account meanwhile (an invitation, a second sign-up): this link is spent.
      if (isUniqueViolation(error)) throw badRequest('ACCOUNT_LINK_INVALID');
      throw error;
    }
    return { id, email: link.email, name: link.name };
  });
  const { token, expiresAt } = await startIdentitySession(ctx, identity.id);
  return { token, expiresAt: expiresAt.toISOString(), identity };
}
