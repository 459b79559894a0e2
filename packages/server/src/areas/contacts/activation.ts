import { randomUUID } from 'node:crypto';
import type { ActivationDescription, CompleteActivationInput, SignInResult } from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { Context } from '../../context.js';
import { badRequest, notFound, unauthorized } from '../../errors.js';
import { hashPassword, verifyPassword } from '../../security/passwords.js';
import { startSession } from '../../security/sessions.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { currentTerms } from '../terms/service.js';
import { activationLink, composeActivationMail } from './activation-mail.js';
import { grantContactMembership } from './identity-links.js';
import { findContact, jsonArray, type ContactRecord } from './queries.js';

/**
 * Issues a new activation link for the contact: random, stored only as its hash, single use,
 * expiring. Earlier unused links stop working, so only the newest message counts.
 */
export async function issueActivationLink(trx: Knex.Transaction, ctx: Context, workspaceId: string, contact: ContactRecord) {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.activationLinkTtlMs);
  await trx('contact_activation_links').where({ workspace_id: workspaceId, contact_id: contact.id }).whereNull('used_at').delete();
  await trx('contact_activation_links').insert({
    workspace_id: workspaceId,
    id: randomUUID(),
    contact_id: contact.id,
    token_hash: hashToken(token),
    created_at: now,
    expires_at: expiresAt,
  });
  await trx('contacts').where({ workspace_id: workspaceId, id: contact.id }).update({ invitation_sent: true, updated_at: now });
  const workspace = await trx('workspaces').select('name', 'activation_url').where({ id: workspaceId }).first();
  const link = activationLink(workspace.activation_url, token);
  return composeActivationMail({ workspaceName: workspace.name, contactName: contact.name, email: contact.email, link, expiresAt });
}

interface FoundLink {
  id: string;
  workspace_id: string;
  workspace_name: string;
  contact_id: string;
  expires_at: Date | string;
  used_at: Date | string | null;
}

async function findLink(ctx: Context, handle: string, token: string): Promise<FoundLink> {
  const link = await findOneTimeLink(ctx, 'activation', token, (digest) =>
    ctx
      .db('contact_activation_links as l')
      .join('workspaces as w', 'w.id', 'l.workspace_id')
      .select('l.id', 'l.workspace_id', 'w.name as workspace_name', 'l.contact_id', 'l.expires_at', 'l.used_at')
      .where({ 'l.token_hash': digest, 'w.handle': handle })
      .first() as Promise<FoundLink | undefined>,
  );
  if (!link) throw notFound('ACTIVATION_LINK_INVALID');
  return link;
}

function stateOf(ctx: Context, link: FoundLink, contact: ContactRecord): ActivationDescription['state'] {
  if (link.used_at || contact.status === 'active') return 'used';
  if (new Date(link.expires_at).getTime() <= ctx.clock.now().getTime()) return 'expired';
  return 'valid';
}

/** What the activation page shows before the person sets a password: who, where, which terms, and whether the link still works. */
export async function describeActivation(ctx: Context, handle: string, token: string): Promise<ActivationDescription> {
  const link = await findLink(ctx, handle, token);
  const contact = await findContact(ctx.db, link.workspace_id, link.contact_id);
  if (contact.status === 'deactivated') throw notFound('ACTIVATION_LINK_INVALID');
  return {
    name: contact.name,
    email: contact.email,
    workspaceName: link.workspace_name,
    terms: await currentTerms(ctx.db, link.workspace_id),
    state: stateOf(ctx, link, contact),
  };
}

/**
 * Follows the link: the contact sets a password (or, holding a login from elsewhere, confirms
 * theirs), accepts the current terms, becomes Active and is signed in. A used or expired link
 * changes nothing and says what to do.
 */
export async function completeActivation(ctx: Context, input: z.output<typeof CompleteActivationInput>): Promise<SignInResult> {
  const link = await findLink(ctx, input.workspace, input.token);
  const contact = await findContact(ctx.db, link.workspace_id, link.contact_id);
  if (contact.status === 'deactivated' || contact.kind === 'notification-only') throw notFound('ACTIVATION_LINK_INVALID');
  const state = stateOf(ctx, link, contact);
  if (state === 'used') throw badRequest('ACTIVATION_LINK_USED');
  if (state === 'expired') throw badRequest('ACTIVATION_LINK_EXPIRED');

  // One person, one login: an identity with this email signs in with its own password.
  const existing = await ctx.db('identities').select('id').whereRaw('lower(email) = ?', [contact.email.toLowerCase()]).first();
  const identityId = contact.identity_id ?? existing?.id ?? null;
  const holder = identityId ? await ctx.db('identities').select('id', 'email', 'name', 'password_hash', 'totp_enabled_at').where({ id: identityId }).first() : null;
  if (holder && !(await verifyPassword(holder.password_hash, input.password))) throw unauthorized('WRONG_CREDENTIALS');
  const passwordHash = holder ? null : await hashPassword(input.password);

  const now = ctx.clock.now();
  const identity = await ctx.db.transaction(async (trx) => {
    // The link is claimed first: of two tabs completing at once, one wins.
    const claimed = await trx('contact_activation_links').where({ workspace_id: link.workspace_id, id: link.id }).whereNull('used_at').update({ used_at: now });
    if (claimed === 0) throw badRequest('ACTIVATION_LINK_USED');
    let id = holder?.id as string | undefined;
    if (!id) {
      id = randomUUID();
      await trx('identities').insert({ id, email: contact.email, name: contact.name, password_hash: passwordHash, created_at: now });
    }
    const terms = await currentTerms(trx, link.workspace_id);
    await trx('contacts')
      .where({ workspace_id: link.workspace_id, id: contact.id })
      .update({ status: 'active', identity_id: id, terms_accepted_at: terms ? now : null, updated_at: now });
    await grantContactMembership(trx, link.workspace_id, id, { kind: contact.kind, permissions: jsonArray(contact.permissions) }, now);
    return { id, email: (holder?.email as string | undefined) ?? contact.email, name: (holder?.name as string | null | undefined) ?? contact.name };
  });
  // A login with a second factor is activated, but signs in only with its second step.
  if (holder?.totp_enabled_at) {
    const challenge = await startSession(ctx.db, ctx.clock, ctx.config.sessions['second-factor'], { kind: 'second-factor', identityId: identity.id });
    return { secondFactorRequired: true, challenge: challenge.token, expiresAt: challenge.expiresAt.toISOString() };
  }
  const { token, expiresAt } = await startSession(ctx.db, ctx.clock, ctx.config.sessions.identity, { kind: 'identity', identityId: identity.id });
  return { secondFactorRequired: false, token, expiresAt: expiresAt.toISOString(), identity };
}
