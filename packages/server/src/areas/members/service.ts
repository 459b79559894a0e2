import { permissionsBeyond, type ChangeMemberRoleInput, type Invitation, type InvitationState, type MailSent, type Member, type RoleSummary } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Context } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { revokeApiKeys } from '../../security/api-keys.js';
import type { Membership } from '../../security/principals.js';
import type { AuditNotes } from '../../callers/contexts.js';
import { grantedByStored, requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { accountLinkUrl } from '../identity/account-links.js';
import { storePasswordReset } from '../identity/own-password.js';
import { passwordResetMail } from './mail.js';
import { selectInvitations, selectMembers, type InvitationRow, type MemberRow } from './queries.js';

/** Who acts: a member of the workspace, with what it holds. */
export type Actor = Membership & { identityId: string };
export type AuditedContext = Context & { audit: AuditNotes };

const iso = (value: Date | string) => new Date(value).toISOString();

export function invitationState(row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>, now: Date): InvitationState {
  if (row.accepted_at) return 'used';
  if (row.revoked_at) return 'revoked';
  return new Date(row.expires_at).getTime() <= now.getTime() ? 'expired' : 'valid';
}

export function toInvitation(actor: Membership, row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: summarizeRole(actor.catalog, row),
    state: invitationState(row, now),
    expiresAt: iso(row.expires_at),
    sentAt: iso(row.sent_at),
  };
}

function toMember(actor: Membership, row: MemberRow): Member {
  return {
    identityId: row.identity_id,
    email: row.email,
    name: row.name,
    description: row.description,
    kind: row.kind as Member['kind'],
    role: summarizeRole(actor.catalog, row),
    disabled: row.disabled_at !== null,
    secondFactor: Boolean(row.second_factor_on),
    apiKey: row.key_hint
      ? { hint: row.key_hint, createdAt: iso(row.key_created_at!), lastUsedAt: row.key_last_used_at ? iso(row.key_last_used_at) : null }
      : null,
    invitation: null,
  };
}

/** The team: the owner, members and API users, then the open invitations. */
export async function listMembers(ctx: Context, actor: Membership): Promise<Member[]> {
  const now = ctx.clock.now();
  const members = (await selectMembers(ctx.db, actor.workspace.id)).map((row) => toMember(actor, row));
  const invited = (await selectInvitations(ctx.db, actor.workspace.id)).map((row) => {
    const invitation = toInvitation(actor, row, now);
    return {
      identityId: null,
      email: row.email,
      name: null,
      description: null,
      kind: 'member' as const,
      role: invitation.role,
      disabled: false,
      secondFactor: false,
      apiKey: null,
      invitation,
    };
  });
  return [...members, ...invited];
}

/**
 * The member another member is about to change, if the actor may: not oneself (unless
 * `self` allows it), never the owner, and never someone who holds what the actor does not.
 */
export async function requireManageable(ctx: Context, actor: Actor, identityId: string, self: 'refuse' | 'allow' = 'refuse'): Promise<MemberRow> {
  const [row] = await selectMembers(ctx.db, actor.workspace.id, identityId);
  if (!row) throw notFound('MEMBER_NOT_FOUND');
  if (identityId === actor.identityId) {
    if (self === 'refuse') throw forbidden('NOT_YOURSELF');
    return row;
  }
  if (row.kind === 'owner') throw forbidden('OWNER_UNTOUCHABLE');
  if (permissionsBeyond(actor.catalog, actor.permissions, grantedByStored(actor.catalog, row)).length > 0) {
    throw forbidden('MEMBER_OUTRANKS_YOU');
  }
  return row;
}

async function memberSummary(ctx: Context, actor: Membership, identityId: string): Promise<Member> {
  const [row] = await selectMembers(ctx.db, actor.workspace.id, identityId);
  if (!row) throw notFound('MEMBER_NOT_FOUND');
  return toMember(actor, row);
}

export async function changeRole(ctx: AuditedContext, actor: Actor, input: ChangeMemberRoleInput): Promise<Member> {
  const target = await requireManageable(ctx, actor, input.identityId);
  const { stored, granted } = await resolveChoice(ctx.db, actor.workspace.id, actor.catalog, input.role);
  requireWithin(actor.catalog, actor.permissions, granted);
  await ctx.db('memberships')
    .where({ workspace_id: actor.workspace.id, identity_id: input.identityId })
    .update({ ...stored, permissions: stored.permissions ? JSON.stringify(stored.permissions) : null });
  const from: RoleSummary = summarizeRole(actor.catalog, target);
  const member = await memberSummary(ctx, actor, input.identityId);
  ctx.audit.note({ email: target.email, from: from.name, to: member.role.name, permissions: member.role.permissions });
  return member;
}

/**
 * Disables or enables a membership. Disabling takes effect on the member's very next request:
 * every call resolves the membership afresh and refuses a disabled one, for session tokens and
 * API keys alike. The member's sessions stay usable in their other workspaces: a person
 * disabled by one team is not signed out of another.
 */
export async function setDisabled(ctx: AuditedContext, actor: Actor, identityId: string, disabled: boolean): Promise<Member> {
  const target = await requireManageable(ctx, actor, identityId);
  await ctx.db('memberships')
    .where({ workspace_id: actor.workspace.id, identity_id: identityId })
    .update({ disabled_at: disabled ? (target.disabled_at ?? ctx.clock.now()) : null });
  ctx.audit.note({ email: target.email, disabled });
  return memberSummary(ctx, actor, identityId);
}

/** Removes a member from the workspace; its API key is revoked (kept, for the activity log). */
export async function removeMember(ctx: AuditedContext, actor: Actor, identityId: string): Promise<void> {
  const target = await requireManageable(ctx, actor, identityId);
  await ctx.db.transaction(async (trx) => {
    await revokeApiKeys(trx, ctx.clock.now(), actor.workspace.id, identityId);
    await trx('memberships').where({ workspace_id: actor.workspace.id, identity_id: identityId }).delete();
  });
  ctx.audit.note({ email: target.email, kind: target.kind });
}

/**
 * Sends the member a link to choose a new password, on the operator's page. A password is the
 * whole login's, not this workspace's: an identity that belongs to anything outside this
 * workspace (another workspace, an agency grant, a contact elsewhere) is not this workspace's to
 * reset — its manager ends the member's sessions instead and asks them to reset it themselves.
 * The old password works until then; a new request voids an earlier link.
 */
export async function sendPasswordReset(ctx: AuditedContext, actor: Actor, identityId: string): Promise<MailSent> {
  const target = await requireManageable(ctx, actor, identityId);
  if (target.kind === 'api' || !target.has_password) throw forbidden('API_USER_NO_PASSWORD');
  if (await belongsElsewhere(ctx.db, actor.workspace.id, identityId)) throw forbidden('RESET_BELONGS_ELSEWHERE');
  const { token, expiresAt } = await storePasswordReset(ctx, { identityId, workspaceId: actor.workspace.id, requestedBy: actor.identityId });
  await ctx.mailer.send(passwordResetMail({ to: target.email, workspaceName: actor.workspace.name, link: accountLinkUrl(ctx, 'password-reset', token), expiresAt }));
  ctx.audit.note({ email: target.email });
  return { sentTo: target.email, transport: ctx.mailer.transport };
}

/** Whether the identity is in any workspace but this one, or an agency, whose login others rely on. */
async function belongsElsewhere(db: Knex, workspaceId: string, identityId: string): Promise<boolean> {
  const elsewhere = await db('memberships').where({ identity_id: identityId }).whereNot({ workspace_id: workspaceId }).first('workspace_id');
  const identity = await db('identities').where({ id: identityId }).first('is_agency');
  return Boolean(elsewhere) || Boolean(identity?.is_agency);
}

/**
 * Ends every session of a member (they sign in again, with their second factor if they have
 * one): what a manager can do about a member whose login may be in the wrong hands, without
 * touching a password that is not theirs to choose.
 */
export async function endMemberSessions(ctx: AuditedContext, actor: Actor, identityId: string): Promise<{ ended: number }> {
  const target = await requireManageable(ctx, actor, identityId);
  const ended = (await ctx.db('sessions').where({ identity_id: identityId }).whereIn('kind', ['identity', 'second-factor']).delete(['id'])).length;
  ctx.audit.note({ email: target.email, ended });
  return { ended };
}
