import { randomUUID } from 'node:crypto';
import {
  catalogs,
  errorMessageIn,
  type AcceptInvitationInput,
  type Invitation,
  type InvitationDescription,
  type InvitationRef,
  type InvitationTokenInput,
  type InviteMemberInput,
  type SignedIn,
} from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext, PublicContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { badRequest, conflict, forbidden, isUniqueViolation, notFound, unauthorized } from '../../errors.js';
import { keepLanguage, mailLanguage } from '../../localization/mail-language.js';
import { hashPassword } from '../../security/passwords.js';
import { signedInSession, startIdentitySession } from '../../security/sessions.js';
import { findOneTimeLink } from '../../security/one-time-links.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { grantedByStored, requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { invitationMail, teamLink } from './mail.js';
import {
  claimInvitation,
  identitySummary,
  insertIdentity,
  insertInvitation,
  insertMembership,
  invitationByDigest,
  isMemberByEmail,
  loginByEmail,
  membershipKindOf,
  selectInvitations,
  teamPages,
  updateInvitation,
  type FoundInvitation,
  type InvitationRow,
} from './queries.js';
import { invitationState, toInvitation } from './service.js';
import { passwordRulesFor, requirePasswordRules } from '../../security/password-policy.js';

/** What the invitation's page tells a person whose invitation no longer works: the refusal accepting it would get. */
const advice = { valid: null, expired: 'INVITATION_EXPIRED', used: 'INVITATION_USED', revoked: 'INVITATION_REVOKED' } as const;

/** An agency account exists only to use agency grants: it is never invited as a member. */
export async function refuseAgencyAccount(ctx: Pick<Context, 'db'>, email: string): Promise<void> {
  if ((await loginByEmail(ctx.db, email))?.is_agency) throw forbidden('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
}

async function requireInvitation(ctx: MemberContext, invitationId: string): Promise<InvitationRow> {
  const [row] = await selectInvitations(ctx.db, ctx.workspace.id, invitationId);
  if (!row) throw notFound('INVITATION_NOT_FOUND');
  // Resending or withdrawing an invitation is granting or not granting its role.
  requireWithin(ctx.catalog, ctx.permissions, grantedByStored(ctx.catalog, row));
  return row;
}

async function sendInvitation(ctx: MemberContext, row: Pick<InvitationRow, 'email'> & Parameters<typeof summarizeRole>[1], token: string, expiresAt: Date) {
  const pages = await teamPages(ctx.db, ctx.workspace.id);
  const inviter = await identitySummary(ctx.db, ctx.identityId);
  // A person with an account reads their own language; a new one most likely the inviter's.
  const language = await mailLanguage(ctx, { email: row.email, workspaceId: ctx.workspace.id });
  await ctx.mailer.send(
    invitationMail({
      language,
      to: row.email,
      workspaceName: ctx.workspace.name,
      inviterName: inviter?.name ?? inviter?.email ?? ctx.workspace.name,
      roleName: summarizeRole(ctx.catalog, row).name,
      link: teamLink(pages, ctx.config.publicUrl, 'invitation', token),
      expiresAt,
    }),
  );
}

/**
 * Invites a person by email, with an account or not yet. The link is mailed, never shown to
 * the inviter: it proves control of the email, so only its owner may hold it.
 */
export async function invite(ctx: MemberContext, input: z.output<typeof InviteMemberInput>): Promise<Invitation> {
  const workspaceId = ctx.workspace.id;
  const { stored, granted } = await resolveChoice(ctx, input.role);
  requireWithin(ctx.catalog, ctx.permissions, granted);
  if (await isMemberByEmail(ctx.db, workspaceId, input.email)) throw conflict('ALREADY_MEMBER');
  await refuseAgencyAccount(ctx, input.email);
  const id = randomUUID();
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.invitationTtlMs);
  try {
    await insertInvitation(ctx.db, {
      id,
      workspace_id: workspaceId,
      email: input.email,
      ...stored,
      permissions: stored.permissions ? JSON.stringify(stored.permissions) : null,
      token_hash: hashToken(token),
      invited_by: ctx.identityId,
      created_at: now,
      sent_at: now,
      expires_at: expiresAt,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'member_invitations_open_unique')) throw conflict('INVITATION_PENDING');
    throw error;
  }
  const [row] = await selectInvitations(ctx.db, workspaceId, id);
  await sendInvitation(ctx, row!, token, expiresAt);
  ctx.audit.note({ invitationId: id, email: input.email, role: summarizeRole(ctx.catalog, row!).name });
  return toInvitation(ctx, row!, now);
}

/**
 * Sends an open invitation again with a new link and a new expiry; the old link stops working.
 * The person who sends it now is its inviter from now on, on the link's page as in the mail.
 */
export async function resend(ctx: MemberContext, input: z.output<typeof InvitationRef>): Promise<Invitation> {
  const { invitationId } = input;
  const row = await requireInvitation(ctx, invitationId);
  if (row.accepted_at) throw conflict('INVITATION_USED');
  if (row.revoked_at) throw badRequest('INVITATION_REVOKED');
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.invitationTtlMs);
  await updateInvitation(ctx.db, ctx.workspace.id, invitationId, { token_hash: hashToken(token), sent_at: now, expires_at: expiresAt, invited_by: ctx.identityId });
  const [updated] = await selectInvitations(ctx.db, ctx.workspace.id, invitationId);
  await sendInvitation(ctx, updated!, token, expiresAt);
  ctx.audit.note({ email: row.email });
  return toInvitation(ctx, updated!, now);
}

/** Withdraws an open invitation: its link answers that it was withdrawn. */
export async function revoke(ctx: MemberContext, input: z.output<typeof InvitationRef>): Promise<Invitation> {
  const { invitationId } = input;
  const row = await requireInvitation(ctx, invitationId);
  if (row.accepted_at) throw conflict('INVITATION_USED');
  const now = ctx.clock.now();
  if (!row.revoked_at) await updateInvitation(ctx.db, ctx.workspace.id, invitationId, { revoked_at: now });
  ctx.audit.note({ email: row.email });
  const [updated] = await selectInvitations(ctx.db, ctx.workspace.id, invitationId);
  return toInvitation(ctx, updated!, now);
}

async function findByToken(ctx: Context, token: string): Promise<FoundInvitation | null> {
  return findOneTimeLink(ctx, 'invitation', token, (digest) => invitationByDigest(ctx.db, digest));
}

/** What the invitation link's page shows: where, for whom, and whether it can still be accepted. */
export async function describe(ctx: PublicContext, input: z.output<typeof InvitationTokenInput>): Promise<InvitationDescription> {
  const row = await findByToken(ctx, input.token);
  if (!row) throw notFound('INVITATION_NOT_FOUND');
  const state = invitationState(row, ctx.clock.now());
  const account = await loginByEmail(ctx.db, row.email);
  return {
    workspace: { handle: row.handle, name: row.workspace_name },
    // As the invitation mail names the sender: the workspace itself once that person is gone.
    inviterName: row.inviter_name ?? row.workspace_name,
    email: row.email,
    roleName: summarizeRole(catalogs[row.catalog_template], row).name,
    state,
    expiresAt: new Date(row.expires_at).toISOString(),
    hasAccount: Boolean(account),
    advice: advice[state] && errorMessageIn(ctx.language ?? 'en', advice[state]),
    passwordRules: await passwordRulesFor(ctx.db, { identityId: account?.id, joiningWorkspace: row.workspace_id }),
  };
}

/**
 * Accepts an invitation. A person without an account chooses a password here; a person with
 * an account — even one without a password, such as an API user's — accepts while signed in
 * as the invited email: a link a workspace's page receives never sets or checks the password
 * of an account that exists. The invitation works once; the membership gets its role.
 */
export async function accept(ctx: PublicContext, input: z.output<typeof AcceptInvitationInput>): Promise<SignedIn> {
  const now = ctx.clock.now();
  const found = await findByToken(ctx, input.token);
  if (!found) throw notFound('INVITATION_NOT_FOUND');
  const state = invitationState(found, now);
  if (state === 'used') throw conflict('INVITATION_USED');
  if (state === 'revoked') throw badRequest('INVITATION_REVOKED');
  if (state === 'expired') throw badRequest('INVITATION_EXPIRED');

  const existing = await loginByEmail(ctx.db, found.email);
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
    requirePasswordRules(await passwordRulesFor(ctx.db, { joiningWorkspace: found.workspace_id }), input.password);
    passwordHash = await hashPassword(input.password);
    identityId = randomUUID();
  }

  try {
    await ctx.db.transaction(async (trx) => {
      // Marked used first, under a condition: of two acceptances at once, one wins.
      if (!(await claimInvitation(trx, found.workspace_id, found.id, identityId, now))) throw conflict('INVITATION_USED');
      if (!existing)
        await insertIdentity(trx, { id: identityId, email: found.email, name: input.name ?? null, password_hash: passwordHash, created_at: now, language: ctx.language ?? null });
      else await keepLanguage(trx, 'identities', { id: identityId }, ctx.language);
      if (await membershipKindOf(trx, found.workspace_id, identityId)) throw conflict('ALREADY_MEMBER');
      await insertMembership(trx, {
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

  const identity = (await identitySummary(ctx.db, identityId))!;
  const { token, expiresAt } = await startIdentitySession(ctx, identityId);
  return { token, expiresAt: expiresAt.toISOString(), identity };
}
