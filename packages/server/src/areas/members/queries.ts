import type { ApiKeySummary, CatalogTemplate, Language } from '@foyer/schema';
import type { Knex } from 'knex';
import type { StoredRoleRow } from '../roles/choice.js';

/** The kinds the team list shows and members.* change; contacts and agency grants have their own areas. */
export const teamKinds = ['owner', 'member', 'api'] as const;

export interface MemberRow extends StoredRoleRow {
  identity_id: string;
  email: string;
  name: string | null;
  description: string | null;
  disabled_at: Date | null;
  has_password: boolean;
  second_factor_on: boolean;
  key_hint: string | null;
  key_created_at: Date | null;
  key_last_used_at: Date | null;
}

/** A member row's live API key as the team lists show it; null when it has none. */
export function apiKeySummaryOf(row: Pick<MemberRow, 'key_hint' | 'key_created_at' | 'key_last_used_at'>): ApiKeySummary | null {
  if (!row.key_hint) return null;
  return { hint: row.key_hint, createdAt: new Date(row.key_created_at!).toISOString(), lastUsedAt: row.key_last_used_at ? new Date(row.key_last_used_at).toISOString() : null };
}

/** The team's memberships (or one of them), with role, identity and live API key. */
export function selectMembers(db: Knex, workspaceId: string, identityId?: string): Promise<MemberRow[]> {
  const query = db('memberships as m')
    .join('identities as i', 'i.id', 'm.identity_id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.workspace_id', 'm.workspace_id').andOn('r.id', 'm.custom_role_id');
    })
    .leftJoin('api_keys as k', function () {
      this.on('k.workspace_id', 'm.workspace_id').andOn('k.identity_id', 'm.identity_id').andOnNull('k.revoked_at');
    })
    .select(
      'm.identity_id',
      'i.email',
      'i.name',
      'm.description',
      'm.kind',
      'm.role_key',
      'm.custom_role_id',
      'm.permissions',
      'r.name as custom_name',
      'r.permissions as custom_permissions',
      'm.disabled_at',
      'k.hint as key_hint',
      'k.created_at as key_created_at',
      'k.last_used_at as key_last_used_at',
    )
    .select(db.raw('(i.password_hash is not null) as has_password'), db.raw('(i.totp_enabled_at is not null) as second_factor_on'))
    .where('m.workspace_id', workspaceId)
    .whereIn('m.kind', teamKinds)
    .orderByRaw("(m.kind = 'owner') desc, lower(i.email)");
  if (identityId) query.andWhere('m.identity_id', identityId);
  return query;
}

export interface InvitationRow extends StoredRoleRow {
  id: string;
  email: string;
  created_at: Date;
  sent_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

/** What an invitation row is read with, over `member_invitations v` and its custom role `workspace_roles r`. */
function invitationColumns(db: Knex) {
  return [
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
  ];
}

/** Invitations of the workspace: the open ones, or one by id whatever its state. */
export function selectInvitations(db: Knex, workspaceId: string, invitationId?: string): Promise<InvitationRow[]> {
  const query = db('member_invitations as v')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.workspace_id', 'v.workspace_id').andOn('r.id', 'v.custom_role_id');
    })
    .select('v.id', ...invitationColumns(db))
    .where('v.workspace_id', workspaceId)
    .orderByRaw('lower(v.email)');
  if (invitationId) query.andWhere('v.id', invitationId);
  else query.whereNull('v.accepted_at').whereNull('v.revoked_at');
  return query;
}

type Db = Knex | Knex.Transaction;

export async function updateMembership(db: Db, workspaceId: string, identityId: string, changes: Record<string, unknown>): Promise<void> {
  await db('memberships').where({ workspace_id: workspaceId, identity_id: identityId }).update(changes);
}

export async function insertMembership(db: Db, row: Record<string, unknown>): Promise<void> {
  await db('memberships').insert(row);
}

export async function deleteMembership(db: Db, workspaceId: string, identityId: string): Promise<void> {
  await db('memberships').where({ workspace_id: workspaceId, identity_id: identityId }).delete();
}

/** The kind of membership the identity has in the workspace, if any. */
export async function membershipKindOf(db: Db, workspaceId: string, identityId: string): Promise<string | undefined> {
  const row = await db('memberships').select('kind').where({ workspace_id: workspaceId, identity_id: identityId }).first();
  return row?.kind;
}

/** Whether someone with this email (as typed, lower case) belongs to the workspace in any kind. */
export async function isMemberByEmail(db: Db, workspaceId: string, email: string): Promise<boolean> {
  const row = await db('memberships as m').join('identities as i', 'i.id', 'm.identity_id').where('m.workspace_id', workspaceId).whereRaw('lower(i.email) = ?', [email]).first('m.kind');
  return Boolean(row);
}

/**
 * Of these identities, those whose login others rely on too: they belong to any workspace but
 * this one, or are an agency's account.
 */
export async function identitiesUsedElsewhere(db: Db, workspaceId: string, identityIds: readonly string[]): Promise<Set<string>> {
  if (identityIds.length === 0) return new Set();
  const rows: Array<{ id: string }> = await db('identities as i')
    .select('i.id')
    .whereIn('i.id', identityIds)
    .andWhere((q) => q.where('i.is_agency', true).orWhereExists(db('memberships as o').select(db.raw('1')).whereRaw('o.identity_id = i.id').whereNot('o.workspace_id', workspaceId)));
  return new Set(rows.map((row) => row.id));
}

/** Ends the identity's sign-in sessions (and those waiting for a second factor); how many ended. */
export async function deleteSignInSessions(db: Db, identityId: string): Promise<number> {
  return (await db('sessions').where({ identity_id: identityId }).whereIn('kind', ['identity', 'second-factor']).delete(['id'])).length;
}

export interface LoginRecord {
  id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  is_agency: boolean;
}

/** The login this email has, whatever its case. */
export async function loginByEmail(db: Db, email: string): Promise<LoginRecord | undefined> {
  return db('identities').select('id', 'email', 'name', 'password_hash', 'is_agency').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
}

/** The identity's name and email, as a message names it. */
export async function identitySummary(db: Db, identityId: string): Promise<{ id: string; email: string; name: string | null } | undefined> {
  return db('identities').select('id', 'email', 'name').where({ id: identityId }).first();
}

export async function insertIdentity(
  db: Db,
  row: { id: string; email: string; name: string | null; password_hash: string | null; created_at: Date; language?: Language | null },
): Promise<void> {
  await db('identities').insert(row);
}

/** The workspace's pages an emailed link opens. */
export async function teamPages(db: Db, workspaceId: string): Promise<{ activation_url: string | null; entry_url: string | null }> {
  return db('workspaces').select('activation_url', 'entry_url').where({ id: workspaceId }).first();
}

export async function insertInvitation(db: Db, row: Record<string, unknown>): Promise<void> {
  await db('member_invitations').insert(row);
}

export async function updateInvitation(db: Db, workspaceId: string, invitationId: string, changes: Record<string, unknown>): Promise<void> {
  await db('member_invitations').where({ workspace_id: workspaceId, id: invitationId }).update(changes);
}

/** Marks the invitation accepted if it is still open; false when another acceptance or a withdrawal came first. */
export async function claimInvitation(trx: Knex.Transaction, workspaceId: string, invitationId: string, identityId: string, now: Date): Promise<boolean> {
  const claimed = await trx('member_invitations')
    .where({ id: invitationId, workspace_id: workspaceId })
    .whereNull('accepted_at')
    .whereNull('revoked_at')
    .update({ accepted_at: now, accepted_identity_id: identityId });
  return claimed === 1;
}

/** An invitation found by its link, with the workspace it is to. */
export interface FoundInvitation extends InvitationRow {
  workspace_id: string;
  handle: string;
  workspace_name: string;
  catalog_template: CatalogTemplate;
  /** Who sent the invitation, by name or else email; null once that identity is gone. */
  inviter_name: string | null;
}

export async function invitationByDigest(db: Knex, digest: Buffer): Promise<FoundInvitation | undefined> {
  return (
    db('member_invitations as v')
      .join('workspaces as w', 'w.id', 'v.workspace_id')
      .leftJoin('workspace_roles as r', function () {
        this.on('r.workspace_id', 'v.workspace_id').andOn('r.id', 'v.custom_role_id');
      })
      // invited_by outlives its identity (no foreign key): a left join, so the invitation still opens.
      .leftJoin('identities as inviter', 'inviter.id', 'v.invited_by')
      .select('v.id', 'v.workspace_id', ...invitationColumns(db), 'w.handle', 'w.name as workspace_name', 'w.catalog_template')
      .select(db.raw("coalesce(nullif(inviter.name, ''), inviter.email) as inviter_name"))
      .where('v.token_hash', digest)
      .first()
  );
}

export interface PasswordResetRecord {
  id: string;
  workspace_id: string;
  identity_id: string;
  expires_at: Date | string;
  used_at: Date | string | null;
}

export async function passwordResetByDigest(db: Knex, digest: Buffer): Promise<PasswordResetRecord | undefined> {
  return db('password_resets').select('id', 'workspace_id', 'identity_id', 'expires_at', 'used_at').where({ token_hash: digest }).first();
}

/** Marks the reset link used; false when it was used already. */
export async function claimPasswordReset(trx: Knex.Transaction, resetId: string, now: Date): Promise<boolean> {
  return (await trx('password_resets').where({ id: resetId }).whereNull('used_at').update({ used_at: now })) === 1;
}

/** Sets the identity's password and ends every session it has. */
export async function replacePassword(trx: Knex.Transaction, identityId: string, passwordHash: string): Promise<void> {
  // Set from a link mailed to the holder: the password is now theirs, whoever chose the one before.
  await trx('identities').where({ id: identityId }).update({ password_hash: passwordHash, password_set_for_them: false });
  await trx('sessions').where({ identity_id: identityId }).delete();
}

/** The identity as a sign-in answers it, with whether it has a second factor. */
export async function signInIdentity(db: Knex, identityId: string): Promise<{ id: string; email: string; name: string | null; totp_enabled_at: Date | null }> {
  return db('identities').select('id', 'email', 'name', 'totp_enabled_at').where({ id: identityId }).first();
}
