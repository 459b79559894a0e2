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

/** Invitations of the workspace: the open ones, or one by id whatever its state. */
export function selectInvitations(db: Knex, workspaceId: string, invitationId?: string): Promise<InvitationRow[]> {
  const query = db('member_invitations as v')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.workspace_id', 'v.workspace_id').andOn('r.id', 'v.custom_role_id');
    })
    .select(
      'v.id',
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
    )
    .where('v.workspace_id', workspaceId)
    .orderByRaw('lower(v.email)');
  if (invitationId) query.andWhere('v.id', invitationId);
  else query.whereNull('v.accepted_at').whereNull('v.revoked_at');
  return query;
}
