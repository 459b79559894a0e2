import {
  permissionsBeyond,
  type ChangeMemberRoleInput,
  type ErrorCode,
  type Invitation,
  type InvitationState,
  type MailSent,
  type Member,
  type MemberActions,
  type MemberRef,
  type Ok,
  type RoleSummary,
  type SetMemberDisabledInput,
} from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { forbidden, notFound } from '../../errors.js';
import { revokeApiKeys } from '../../security/api-keys.js';
import type { Membership } from '../../security/principals.js';
import { grantedByStored, requireWithin, resolveChoice, summarizeRole } from '../roles/choice.js';
import { accountLinkUrl } from '../identity/account-links.js';
import { storePasswordReset } from '../identity/own-password.js';
import { passwordResetMail } from './mail.js';
import { beyondCallerTest } from '../master-accounts/scope.js';
import {
  apiKeySummaryOf,
  deleteMembership,
  deleteSignInSessions,
  identitiesUsedElsewhere,
  selectInvitations,
  selectMembers,
  updateMembership,
  type InvitationRow,
  type MemberRow,
} from './queries.js';
import { mailLanguage } from '../../localization/mail-language.js';

type MemberRefInput = z.output<typeof MemberRef>;

const iso = (value: Date | string) => new Date(value).toISOString();

export function invitationState(row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>, now: Date): InvitationState {
  if (row.accepted_at) return 'used';
  if (row.revoked_at) return 'revoked';
  return new Date(row.expires_at).getTime() <= now.getTime() ? 'expired' : 'valid';
}

export function toInvitation(actor: Pick<Membership, 'catalog'>, row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: summarizeRole(actor.catalog, row),
    state: invitationState(row, now),
    expiresAt: iso(row.expires_at),
    sentAt: iso(row.sent_at),
  };
}

function toMember(actor: Pick<Membership, 'catalog'>, row: MemberRow, may: MemberActions): Member {
  return {
    identityId: row.identity_id,
    email: row.email,
    name: row.name,
    description: row.description,
    kind: row.kind as Member['kind'],
    role: summarizeRole(actor.catalog, row),
    disabled: row.disabled_at !== null,
    secondFactor: Boolean(row.second_factor_on),
    apiKey: apiKeySummaryOf(row),
    invitation: null,
    may,
  };
}

/** The team: the owner, members and API users, then the open invitations. */
export async function listMembers(ctx: MemberContext): Promise<Member[]> {
  const now = ctx.clock.now();
  const rows = await selectMembers(ctx.db, ctx.workspace.id);
  const may = await actionsOn(ctx, rows);
  const members = rows.map((row, index) => toMember(ctx, row, may[index]!));
  const invited = (await selectInvitations(ctx.db, ctx.workspace.id)).map((row) => {
    const invitation = toInvitation(ctx, row, now);
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
      // Resending or withdrawing an invitation is granting its role: as requireInvitation decides.
      may: { manage: permissionsBeyond(ctx.catalog, ctx.permissions, grantedByStored(ctx.catalog, row)).length === 0, apiKey: false, resetPassword: false },
    };
  });
  return [...members, ...invited];
}

/**
 * Why the actor may not change this member, or null when it may: not oneself (unless `self`
 * allows it), never the owner, and never someone who holds what the actor does not — a
 * permission, or in a master account a linked account to work in (`beyond`).
 */
function manageRefusal(ctx: MemberContext, row: MemberRow, self: 'refuse' | 'allow', beyond: (identityId: string) => boolean): ErrorCode | null {
  if (row.identity_id === ctx.identityId) return self === 'refuse' ? 'NOT_YOURSELF' : null;
  if (row.kind === 'owner') return 'OWNER_UNTOUCHABLE';
  if (permissionsBeyond(ctx.catalog, ctx.permissions, grantedByStored(ctx.catalog, row)).length > 0 || beyond(row.identity_id)) return 'MEMBER_OUTRANKS_YOU';
  return null;
}

/**
 * Why the member's password is not this workspace's to reset, or null when it is. A password
 * is the whole login's: an identity that belongs to anything outside this workspace (another
 * workspace, an agency) is reset only by its person (`usedElsewhere`).
 */
function passwordResetRefusal(row: MemberRow, usedElsewhere: boolean): ErrorCode | null {
  if (row.kind === 'api' || !row.has_password) return 'API_USER_NO_PASSWORD';
  return usedElsewhere ? 'RESET_BELONGS_ELSEWHERE' : null;
}

/** What the actor may do to each of these members, by the rules the calls below check. */
async function actionsOn(ctx: MemberContext, rows: readonly MemberRow[]): Promise<MemberActions[]> {
  const beyond = await beyondCallerTest(ctx, rows.length === 1 ? rows[0]!.identity_id : undefined);
  const usedElsewhere = await identitiesUsedElsewhere(
    ctx.db,
    ctx.workspace.id,
    rows.map((row) => row.identity_id),
  );
  return rows.map((row) => {
    const manage = manageRefusal(ctx, row, 'refuse', beyond) === null;
    return {
      manage,
      apiKey: manageRefusal(ctx, row, 'allow', beyond) === null,
      resetPassword: manage && passwordResetRefusal(row, usedElsewhere.has(row.identity_id)) === null,
    };
  });
}

/** The member another member is about to change, if the actor may (see manageRefusal). */
export async function requireManageable(ctx: MemberContext, identityId: string, self: 'refuse' | 'allow' = 'refuse'): Promise<MemberRow> {
  const [row] = await selectMembers(ctx.db, ctx.workspace.id, identityId);
  if (!row) throw notFound('MEMBER_NOT_FOUND');
  const refusal = manageRefusal(ctx, row, self, await beyondCallerTest(ctx, identityId));
  if (refusal) throw forbidden(refusal);
  return row;
}

async function memberSummary(ctx: MemberContext, identityId: string): Promise<Member> {
  const [row] = await selectMembers(ctx.db, ctx.workspace.id, identityId);
  if (!row) throw notFound('MEMBER_NOT_FOUND');
  const [may] = await actionsOn(ctx, [row]);
  return toMember(ctx, row, may!);
}

export async function changeRole(ctx: MemberContext, input: z.output<typeof ChangeMemberRoleInput>): Promise<Member> {
  const target = await requireManageable(ctx, input.identityId);
  const { stored, granted } = await resolveChoice(ctx, input.role);
  requireWithin(ctx.catalog, ctx.permissions, granted);
  await updateMembership(ctx.db, ctx.workspace.id, input.identityId, { ...stored, permissions: stored.permissions ? JSON.stringify(stored.permissions) : null });
  const from: RoleSummary = summarizeRole(ctx.catalog, target);
  const member = await memberSummary(ctx, input.identityId);
  ctx.audit.note({ email: target.email, from: from.name, to: member.role.name, permissions: member.role.permissions });
  return member;
}

/**
 * Disables or enables a membership. Disabling takes effect on the member's very next request:
 * every call resolves the membership afresh and refuses a disabled one, for session tokens and
 * API keys alike. The member's sessions stay usable in their other workspaces: a person
 * disabled by one team is not signed out of another.
 */
export async function setDisabled(ctx: MemberContext, input: z.output<typeof SetMemberDisabledInput>): Promise<Member> {
  const target = await requireManageable(ctx, input.identityId);
  await updateMembership(ctx.db, ctx.workspace.id, input.identityId, { disabled_at: input.disabled ? (target.disabled_at ?? ctx.clock.now()) : null });
  ctx.audit.note({ email: target.email, disabled: input.disabled });
  return memberSummary(ctx, input.identityId);
}

/** Removes a member from the workspace; its API key is revoked (kept, for the activity log). */
export async function removeMember(ctx: MemberContext, input: MemberRefInput): Promise<Ok> {
  const target = await requireManageable(ctx, input.identityId);
  await ctx.db.transaction(async (trx) => {
    await revokeApiKeys(trx, ctx.clock.now(), ctx.workspace.id, input.identityId);
    await deleteMembership(trx, ctx.workspace.id, input.identityId);
  });
  ctx.audit.note({ email: target.email, kind: target.kind });
  return { ok: true };
}

/**
 * Sends the member a link to choose a new password, on the operator's page. A password is the
 * whole login's, not this workspace's: an identity that belongs to anything outside this
 * workspace (another workspace, an agency grant, a contact elsewhere) is not this workspace's to
 * reset — its manager ends the member's sessions instead and asks them to reset it themselves
 * (passwordResetRefusal). The old password works until then; a new request voids an earlier link.
 */
export async function sendPasswordReset(ctx: MemberContext, input: MemberRefInput): Promise<MailSent> {
  const { identityId } = input;
  const target = await requireManageable(ctx, identityId);
  const refusal = passwordResetRefusal(target, (await identitiesUsedElsewhere(ctx.db, ctx.workspace.id, [identityId])).has(identityId));
  if (refusal) throw forbidden(refusal);
  const { token, expiresAt } = await storePasswordReset(ctx, { identityId, workspaceId: ctx.workspace.id, requestedBy: ctx.identityId });
  const language = await mailLanguage(ctx, { identityId, workspaceId: ctx.workspace.id });
  await ctx.mailer.send(passwordResetMail({ to: target.email, workspaceName: ctx.workspace.name, link: accountLinkUrl(ctx, 'password-reset', token), expiresAt, language }));
  ctx.audit.note({ email: target.email });
  return { sentTo: target.email, transport: ctx.mailer.transport };
}

/**
 * Ends every session of a member (they sign in again, with their second factor if they have
 * one): what a manager can do about a member whose login may be in the wrong hands, without
 * touching a password that is not theirs to choose.
 */
export async function endMemberSessions(ctx: MemberContext, input: MemberRefInput): Promise<{ ended: number }> {
  const target = await requireManageable(ctx, input.identityId);
  const ended = await deleteSignInSessions(ctx.db, input.identityId);
  ctx.audit.note({ email: target.email, ended });
  return { ended };
}
