import { randomUUID } from 'node:crypto';
import { catalogs, type AcceptInvitationInput, type CatalogTemplate, type Invitation, type InvitationDescription, type InviteMemberInput, type SignedIn } from '@foyer/schema';
import type { Knex } from 'knex';
import type { PublicContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { badRequest, conflict, forbidden, isUniqueViolation, notFound, unauthorized } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';
import { signedInSession, startIdentitySession } from '../../security/sessions.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { grantedByStored, requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { invitationMail, teamLink } from './mail.js';
import { selectInvitations, type InvitationRow } from './queries.js';
import { invitationState, toInvitation, type Actor, type AuditedContext } from './service.js';

const advice = {
  valid: null,
  expired: 'This invitation has expired. Ask the person who invited you to send it again: the new email holds a fresh link.',
  used: 'This invitation has already been accepted. Sign in with the invited email address.',
  revoked: 'This invitation was withdrawn. Ask the person who invited you whether you should still join.',
} as const;

/** An agency account exists only to use agency grants: it is never invited as a member. */
export async function refuseAgencyAccount(db: Knex, email: string): Promise<void> {
  const identity = await db('identities').select('is_agency').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
  if (identity?.is_agency) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
}

async function requireInvitation(ctx: Context, actor: Actor, invitationId: string): Promise<InvitationRow> {
  const [row] = await selectInvitations(ctx.db, actor.workspace.id, invitationId);
  if (!row) throw notFound('INVITATION_NOT_FOUND');
  // Resending or withdrawing an invitation is granting or not granting its role.
  requireWithin(actor.catalog, actor.permissions, grantedByStored(actor.catalog, row));
  return row;
}

async function sendInvitation(ctx: Context, actor: Actor, row: Pick<InvitationRow, 'email'> & Parameters<typeof summarizeRole>[1], token: string, expiresAt: Date) {
  const pages = await ctx.db('workspaces').select('activation_url', 'entry_url').where({ id: actor.workspace.id }).first();
  const inviter = await ctx.db('identities').select('name', 'email').where({ id: actor.identityId }).first();
  await ctx.mailer.send(
    invitationMail({
      to: row.email,
      workspaceName: actor.workspace.name,
      inviterName: inviter?.name ?? inviter?.email ?? actor.workspace.name,
      roleName: summarizeRole(actor.catalog, row).name,
      link: teamLink(pages, 'invitation', token),
      expiresAt,
    }),
  );
}

/**
 * Invites a person by email, with an account or not yet. The link is mailed, never shown to
 * the inviter: it proves control of the email, so only its owner may hold it.
 */
export async function invite(ctx: AuditedContext, actor: Actor, input: InviteMemberInput): Promise<Invitation> {
  const { stored, granted } = await resolveChoice(ctx.db, actor.workspace.id, actor.catalog, input.role);
  requireWithin(actor.catalog, actor.permissions, granted);
  const already = await ctx
    .db('memberships as m')
    .join('identities as i', 'i.id', 'm.identity_id')
    .where('m.workspace_id', actor.workspace.id)
    .whereRaw('lower(i.email) = ?', [input.email])
    .first('m.kind');
  if (already) throw conflict('ALREADY_MEMBER');
  await refuseAgencyAccount(ctx.db, input.email);
  const id = randomUUID();
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.invitationTtlMs);
  try {
    await ctx.db('member_invitations').insert({
      id,
      workspace_id: actor.workspace.id,
      email: input.email,
      ...stored,
      permissions: stored.permissions ? JSON.stringify(stored.permissions) : null,
      token_hash: hashToken(token),
      invited_by: actor.identityId,
      created_at: now,
      sent_at: now,
      expires_at: expiresAt,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'member_invitations_open_unique')) throw conflict('INVITATION_PENDING');
    throw error;
  }
  const [row] = await selectInvitations(ctx.db, actor.workspace.id, id);
  await sendInvitation(ctx, actor, row!, token, expiresAt);
  ctx.audit.note({ invitationId: id, email: input.email, role: summarizeRole(actor.catalog, row!).name });
  return toInvitation(actor, row!, now);
}

/** Sends an open invitation again with a new link and a new expiry; the old link stops working. */
export async function resend(ctx: AuditedContext, actor: Actor, invitationId: string): Promise<Invitation> {
  const row = await requireInvitation(ctx, actor, invitationId);
  if (row.accepted_at) throw conflict('INVITATION_USED');
  if (row.revoked_at) throw badRequest('INVITATION_REVOKED');
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.invitationTtlMs);
  await ctx.db('member_invitations')
    .where({ workspace_id: actor.workspace.id, id: invitationId })
    .update({ token_hash: hashToken(token), sent_at: now, expires_at: expiresAt });
  const [updated] = await selectInvitations(ctx.db, actor.workspace.id, invitationId);
  await sendInvitation(ctx, actor, updated!, token, expiresAt);
  ctx.audit.note({ email: row.email });
  return toInvitation(actor, updated!, now);
}

/** Withdraws an open invitation: its link answers that it was withdrawn. */
export async function revoke(ctx: AuditedContext, actor: Actor, invitationId: string): Promise<Invitation> {
  const row = await requireInvitation(ctx, actor, invitationId);
  if (row.accepted_at) throw conflict('INVITATION_USED');
  const now = ctx.clock.now();
  if (!row.revoked_at) {
    await ctx.db('member_invitations').where({ workspace_id: actor.workspace.id, id: invitationId }).update({ revoked_at: now });
  }
  ctx.audit.note({ email: row.email });
  const [updated] = await selectInvitations(ctx.db, actor.workspace.id, invitationId);
  return toInvitation(actor, updated!, now);
}

interface FoundInvitation extends InvitationRow {
  workspace_id: string;
  handle: string;
  workspace_name: string;
  catalog_template: CatalogTemplate;
}

async function findByToken(ctx: Context, token: string): Promise<FoundInvitation | null> {
  const db = ctx.db;
  return findOneTimeLink(ctx, 'invitation', token, (digest) => db('member_invitations as v')
    .join('workspaces as w', 'w.id', 'v.workspace_id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.workspace_id', 'v.workspace_id').andOn('r.id', 'v.custom_role_id');
    })
    .select(
      'v.id',
      'v.workspace_id',
      'v.email',
      db.raw("'member' as kind"),
      'v.role_key',
      'v.custom_role_id',
      'v.permissions',
      'r.name as custom_name',
      'r.permissions as custom_permissions',
      'v.created_at',
      'v.sent_at',
      'v.expires_at',
      'v.accepted_at',
      'v.revoked_at',
      'w.handle',
      'w.name as workspace_name',
      'w.catalog_template',
    )
    .where('v.token_hash', digest)
    .first() as Promise<FoundInvitation | undefined>);
}

/** What the invitation link's page shows: where, for whom, and whether it can still be accepted. */
export async function describe(ctx: Context, token: string): Promise<InvitationDescription> {
  const row = await findByToken(ctx, token);
  if (!row) throw notFound('INVITATION_NOT_FOUND');
  const state = invitationState(row, ctx.clock.now());
  const account = await ctx.db('identities').select('id').whereRaw('lower(email) = ?', [row.email.toLowerCase()]).first();
  return {
    workspace: { handle: row.handle, name: row.workspace_name },
    email: row.email,
    roleName: summarizeRole(catalogs[row.catalog_template], row).name,
    state,
    expiresAt: new Date(row.expires_at).toISOString(),
    hasAccount: Boolean(account),
    advice: advice[state],
  };
}

/**
 * Accepts an invitation. A person without an account chooses a password here; a person with
 * an account — even one without a password, such as an API user's — accepts while signed in
 * as the invited email: a link a workspace's page receives never sets or checks the password
 * of an account that exists. The invitation works once; the membership gets its role.
 */
export async function accept(ctx: PublicContext, input: AcceptInvitationInput): Promise<SignedIn> {
  const now = ctx.clock.now();
  const found = await findByToken(ctx, input.token);
  if (!found) throw notFound('INVITATION_NOT_FOUND');
  const state = invitationState(found, now);
  if (state === 'used') throw conflict('INVITATION_USED');
  if (state === 'revoked') throw badRequest('INVITATION_REVOKED');
  if (state === 'expired') throw badRequest('INVITATION_EXPIRED');

  const existing = await ctx.db('identities').select('id', 'email', 'name', 'password_hash', 'is_agency').whereRaw('lower(email) = ?', [found.email.toLowerCase()]).first();
  // The email became an agency account after the invitation was sent.
  if (existing?.is_agency) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
  let identityId: string;
  let passwordHash: string | null = null;
  if (existing) {
    const signedIn = await signedInSession(ctx);
    if (!signedIn) throw unauthorized('INVITATION_NEEDS_SIGN_IN');
    if (signedIn.identityId !== existing.id) throw forbidden('INVITATION_WRONG_ACCOUNT');
    identityId = existing.id;
  } else {
    if (!input.password) throw badRequest('PASSWORD_REQUIRED');
    passwordHash = await hashPassword(input.password);
    identityId = randomUUID();
  }

  try {
    await ctx.db.transaction(async (trx) => {
      // Marked used first, under a condition: of two acceptances at once, one wins.
      const claimed = await trx('member_invitations')
        .where({ id: found.id, workspace_id: found.workspace_id })
        .whereNull('accepted_at')
        .whereNull('revoked_at')
        .update({ accepted_at: now, accepted_identity_id: identityId });
      if (claimed !== 1) throw conflict('INVITATION_USED');
      if (!existing) {
        await trx('identities').insert({ id: identityId, email: found.email, name: input.name ?? null, password_hash: passwordHash, created_at: now });
      }
      const member = await trx('memberships').select('kind').where({ workspace_id: found.workspace_id, identity_id: identityId }).first();
      if (member) throw conflict('ALREADY_MEMBER');
      await trx('memberships').insert({
        workspace_id: found.workspace_id,
        identity_id: identityId,
        kind: 'member',
        role_key: found.role_key,
        custom_role_id: found.custom_role_id,
        permissions: found.permissions ? JSON.stringify(found.permissions) : null,
        created_at: now,
      });
    });
    ctx.audit.changeIn(found.workspace_id, { identityId, kind: 'member' });
    ctx.audit.note({ invitationId: found.id, email: found.email, newAccount: !existing });
  } catch (error) {
    // The same email signed up in the meantime: the person signs in and opens the link again.
    if (isUniqueViolation(error, 'identities_email_unique')) throw unauthorized('INVITATION_NEEDS_SIGN_IN');
    throw error;
  }

  const identity = await ctx.db('identities').select('id', 'email', 'name').where({ id: identityId }).first();
  const { token, expiresAt } = await startIdentitySession(ctx, identityId);
  return { token, expiresAt: expiresAt.toISOString(), identity };
}
