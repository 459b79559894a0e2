import { randomBytes, randomUUID } from 'node:crypto';
import type { CompleteMasterRegistrationInput, LinkRequested, MasterLinkToken, MasterRegistrationCompleted, MasterRegistrationDescription, RegisterMasterAccountInput } from '@foyer/schema';
import type { z } from 'zod';
import type { PublicContext } from '../../callers/contexts.js';
import { badRequest, conflict, forbidden, isUniqueViolation } from '../../errors.js';
import { limitRequest } from '../../security/guessing/request-limits.js';
import { hashPassword } from '../../security/passwords.js';
import { passwordRulesFor, requirePasswordRules } from '../../security/password-policy.js';
import { loginByEmail, insertIdentity } from '../identity/queries.js';
import { replacePassword } from '../members/queries.js';
import { signInAfterMailedLink } from '../members/password-resets.js';
import { isAgencyAccount } from '../agencies/queries.js';
import { insertOwner, insertWorkspace } from '../workspaces/queries.js';
import { createLinkRequest, findLinkRequest } from './link-requests.js';
import { masterRegistrationMail } from './mail.js';
import { claimLinkRequest, insertLink, linkOf, workspaceSummary } from './queries.js';
import { proveSellerAccount } from './seller-proof.js';
import { mailLanguage } from '../../localization/mail-language.js';

/** A master account's password meets this policy, beside those of every workspace its person already belongs to. */
const masterPolicy = 'two-of-each' as const;

/**
 * Step one of opening a master account: who it is for, and the sign-in of one seller account
 * it starts with, which proves control of that account. A confirmation goes to the master
 * account's address; nothing exists until its link is followed. Limited per address like a
 * sign-up, since it mails an address someone typed.
 */
export async function register(ctx: PublicContext, input: z.output<typeof RegisterMasterAccountInput>): Promise<LinkRequested> {
  await limitRequest(ctx, 'sign-up', input.email);
  const account = await proveSellerAccount(ctx, input);
  if (await linkOf(ctx.db, account.id)) throw conflict('ACCOUNT_ALREADY_LINKED');
  const { link, expiresAt } = await createLinkRequest(ctx, {
    purpose: 'register',
    workspace_id: account.id,
    master_id: null,
    email: input.email,
    name: input.name,
    requested_by: account.owner_id,
  });
  const language = await mailLanguage(ctx, { email: input.email, self: true });
  await ctx.mailer.send(masterRegistrationMail({ to: input.email, name: input.name, account: account.handle, link, expiresAt, language }));
  ctx.audit.changeIn(account.id, { identityId: account.owner_id, kind: 'owner' });
  ctx.audit.note({ masterEmail: input.email });
  return { sentTo: input.email };
}

/** What the registration link's page shows: for whom, the account it starts with, and the password rules. */
export async function describeRegistration(ctx: PublicContext, input: z.output<typeof MasterLinkToken>): Promise<MasterRegistrationDescription> {
  const request = await findLinkRequest(ctx, 'register', input.token);
  const existing = await loginByEmail(ctx.db, request.email);
  return {
    email: request.email,
    name: request.name ?? '',
    account: await workspaceSummary(ctx.db, request.workspace_id),
    passwordRules: await passwordRulesFor(ctx.db, { identityId: existing?.id, joining: [masterPolicy] }),
  };
}

/**
 * Step two, from the mailed link: the master account's password is set (on the person's
 * existing login, if the address has one: the link proved the mailbox, as a password reset
 * does, and every other session of that login ends), the master account is created with the
 * seller account linked, and the person is signed in.
 */
export async function completeRegistration(ctx: PublicContext, input: z.output<typeof CompleteMasterRegistrationInput>): Promise<MasterRegistrationCompleted> {
  const request = await findLinkRequest(ctx, 'register', input.token);
  const existing = await loginByEmail(ctx.db, request.email);
  // An agency account exists only to reach its clients' workspaces, never to own one.
  if (existing && (await isAgencyAccount(ctx.db, existing.id))) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
  requirePasswordRules(await passwordRulesFor(ctx.db, { identityId: existing?.id, joining: [masterPolicy] }), input.password);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const masterId = randomUUID();
  const handle = `master-${randomBytes(5).toString('hex')}`;
  const identityId = existing?.id ?? randomUUID();
  await ctx.db
    .transaction(async (trx) => {
      if (!(await claimLinkRequest(trx, request.id, now))) throw badRequest('MASTER_LINK_INVALID');
      if (existing) await replacePassword(trx, identityId, passwordHash);
      else
        await insertIdentity(trx, {
          id: identityId,
          email: request.email,
          name: request.name,
          password_hash: passwordHash,
          is_agency: false,
          created_at: now,
          language: ctx.language ?? null,
        });
      await insertWorkspace(trx, {
        id: masterId,
        handle,
        name: request.name ?? request.email,
        catalog_template: 'marketplace',
        entry_url: null,
        gallery_url: null,
        activation_url: null,
        created_at: now,
      });
      await trx('workspaces').where({ id: masterId }).update({ kind: 'master', password_policy: masterPolicy });
      await insertOwner(trx, masterId, identityId, now);
      await insertLink(trx, { account_id: request.workspace_id, workspace_id: masterId, linked_at: now });
    })
    .catch((error: unknown) => {
      // The account was linked elsewhere meanwhile, or the address got a login: this link is spent.
      if (isUniqueViolation(error, 'master_links_pkey')) throw conflict('ACCOUNT_ALREADY_LINKED');
      if (isUniqueViolation(error)) throw badRequest('MASTER_LINK_INVALID');
      throw error;
    });
  const account = await workspaceSummary(ctx.db, request.workspace_id);
  ctx.audit.changeIn(masterId, { identityId, kind: 'owner' });
  ctx.audit.note({ account: account.handle });
  return { master: handle, account: account.handle, signIn: await signInAfterMailedLink(ctx, identityId) };
}
