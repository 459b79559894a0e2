import { randomUUID } from 'node:crypto';
import { catalogs, type ActivationDescription, type CompleteActivationInput, type DescribeActivationInput, type SignInResult } from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { PublicContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { badRequest, forbidden, notFound, unauthorized } from '../../errors.js';
import { keepLanguage, mailLanguage } from '../../localization/mail-language.js';
import { hashPassword } from '../../security/passwords.js';
import { signedInSession, startIdentitySession } from '../../security/sessions.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { currentTermsOf } from '../terms/queries.js';
import { activationLink, composeActivationMail } from './activation-mail.js';
import { insertContactIdentity, openContactLogin } from './contact-login.js';
import { fieldRefusal } from './field-refusal.js';
import {
  activationLinkByDigest,
  activationSettings,
  claimActivationLink,
  deleteUnusedActivationLinks,
  findContact,
  insertActivationLink,
  loginOf,
  updateContactRow,
  type ActivationLinkRecord,
  type ContactRecord,
  type LoginRecord,
} from './queries.js';
import { passwordRulesFor, requirePasswordRules } from '../../security/password-policy.js';

/**
 * Issues a new activation link for the contact: random, stored only as its hash, single use,
 * expiring. Earlier unused links stop working, so only the newest message counts.
 */
export async function issueActivationLink(ctx: Context, trx: Knex.Transaction, workspaceId: string, contact: ContactRecord) {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.activationLinkTtlMs);
  await deleteUnusedActivationLinks(trx, workspaceId, contact.id);
  await insertActivationLink(trx, {
    workspace_id: workspaceId,
    id: randomUUID(),
    contact_id: contact.id,
    token_hash: hashToken(token),
    created_at: now,
    expires_at: expiresAt,
  });
  await updateContactRow(trx, workspaceId, contact.id, { invitation_sent: true, updated_at: now });
  const workspace = await activationSettings(trx, workspaceId);
  const link = activationLink(workspace.activation_url, token);
  // The shop's own mail program shows the same words (the mailto): the contact's language either way.
  const language = await mailLanguage(ctx, { stored: contact.language, identityId: contact.identity_id, email: contact.email, workspaceId }, trx);
  return composeActivationMail({ workspaceName: workspace.name, contactName: contact.name, email: contact.email, link, expiresAt, language });
}

type FoundLink = ActivationLinkRecord;

async function findLink(ctx: Context, handle: string, token: string): Promise<FoundLink> {
  const link = await findOneTimeLink(ctx, 'activation', token, (digest) => activationLinkByDigest(ctx.db, handle, digest));
  if (!link) throw notFound('ACTIVATION_LINK_INVALID');
  return link;
}

function stateOf(ctx: Context, link: FoundLink, contact: ContactRecord): ActivationDescription['state'] {
  if (link.used_at || contact.status === 'active') return 'used';
  if (new Date(link.expires_at).getTime() <= ctx.clock.now().getTime()) return 'expired';
  return 'valid';
}

/** What the activation page shows before the person sets a password: who, where, which terms, and whether the link still works. */
export async function describeActivation(ctx: PublicContext, input: z.output<typeof DescribeActivationInput>): Promise<ActivationDescription> {
  const link = await findLink(ctx, input.workspace, input.token);
  const contact = await findContact(ctx.db, link.workspace_id, link.contact_id);
  if (contact.status === 'deactivated') throw notFound('ACTIVATION_LINK_INVALID');
  const state = stateOf(ctx, link, contact);
  // A used link may sit in an old mailbox or a browser's history: it names no one.
  if (state === 'used') return { state };
  return {
    state,
    name: contact.name,
    email: contact.email,
    workspaceName: link.workspace_name,
    terms: await currentTermsOf(ctx.db, link.workspace_id),
    hasAccount: (await accountOf(ctx, contact)) !== null,
    passwordRules: await passwordRulesFor(ctx.db, { joiningWorkspace: link.workspace_id }),
  };
}

/** The login this contact's email already has, if any: one person, one login. */
async function accountOf(ctx: Context, contact: ContactRecord): Promise<LoginRecord | null> {
  return (await loginOf(ctx.db, contact.identity_id ? { id: contact.identity_id } : { email: contact.email })) ?? null;
}

/**
 * Follows the link: the contact sets a password, accepts the current terms, becomes Active and
 * is signed in. A contact whose email already has a login never gives its password here — the
 * link's holder may be the shop that read it from its own mailto — but signs in first through
 * the one sign-in path (throttled, with its second factor) and follows the link signed in. A
 * used or expired link changes nothing and says what to do.
 */
export async function completeActivation(ctx: PublicContext, input: z.output<typeof CompleteActivationInput>): Promise<SignInResult> {
  const link = await findLink(ctx, input.workspace, input.token);
  const contact = await findContact(ctx.db, link.workspace_id, link.contact_id);
  if (contact.status === 'deactivated' || contact.kind === 'notification-only') throw notFound('ACTIVATION_LINK_INVALID');
  const state = stateOf(ctx, link, contact);
  if (state === 'used') throw badRequest('ACTIVATION_LINK_USED');
  if (state === 'expired') throw badRequest('ACTIVATION_LINK_EXPIRED');

  // One person, one login: a login this email has is used signed in, never by its password here.
  const holder = await accountOf(ctx, contact);
  let signedIn: Awaited<ReturnType<typeof signedInSession>> = null;
  if (holder) {
    signedIn = await signedInSession(ctx);
    if (!signedIn) throw unauthorized('ACTIVATION_NEEDS_SIGN_IN');
    if (signedIn.identityId !== holder.id) throw forbidden('ACTIVATION_WRONG_ACCOUNT');
  } else if (!input.password) {
    throw badRequest('PASSWORD_REQUIRED');
  } else {
    requirePasswordRules(await passwordRulesFor(ctx.db, { joiningWorkspace: link.workspace_id }), input.password);
  }
  const passwordHash = holder ? null : await hashPassword(input.password!);

  const now = ctx.clock.now();
  const identity = await ctx.db.transaction(async (trx) => {
    // The link is claimed first: of two tabs completing at once, one wins.
    const claimed = await claimActivationLink(trx, link.workspace_id, link.id, now);
    if (claimed === 0) throw badRequest('ACTIVATION_LINK_USED');
    const terms = await currentTermsOf(trx, link.workspace_id);
    // Terms are accepted where there are some; a workspace without terms asks for none.
    if (terms && input.acceptTerms !== true) throw fieldRefusal('acceptTerms', 'the terms of service must be accepted');
    let id = holder?.id as string | undefined;
    if (!id) {
      id = await insertContactIdentity(trx, contact, passwordHash!, now, ctx.language ?? null);
    } else {
      await keepLanguage(trx, 'identities', { id }, ctx.language);
    }
    // The contact activates in the language of the page: mail to them is written in it from now on.
    await keepLanguage(trx, 'contacts', { workspace_id: link.workspace_id, id: contact.id }, ctx.language);
    await openContactLogin(trx, catalogs[link.catalog_template], link.workspace_id, contact, id, terms, now);
    return { id, email: (holder?.email as string | undefined) ?? contact.email, name: (holder?.name as string | null | undefined) ?? contact.name };
  });
  // A person who signed in to follow the link keeps that session: it passed their second factor if they have one.
  ctx.audit.changeIn(link.workspace_id, { identityId: identity.id, kind: 'contact' });
  ctx.audit.note({ newAccount: !holder });
  if (signedIn) return { secondFactorRequired: false, token: ctx.token!, expiresAt: signedIn.expiresAt.toISOString(), identity };
  const { token, expiresAt } = await startIdentitySession(ctx, identity.id);
  return { secondFactorRequired: false, token, expiresAt: expiresAt.toISOString(), identity };
}
