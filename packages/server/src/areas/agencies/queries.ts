import type { Knex } from 'knex';

/** Every membership of kind 'agency' in one workspace, with the agency account and its role. */
export function agencyGrantRows(db: Knex, workspaceId: string) {
  return db('memberships as m')
    .join('identities as i', 'i.id', 'm.identity_id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.id', 'm.custom_role_id').andOn('r.workspace_id', 'm.workspace_id');
    })
    .select(
      'm.identity_id',
      'm.kind',
      'm.role_key',
      'm.custom_role_id',
      'm.permissions',
      'm.created_at',
      'r.name as custom_role_name',
      'r.permissions as custom_permissions',
      'i.email',
      'i.name',
    )
    .select(db.raw('i.totp_enabled_at is not null as second_factor_on'))
    .where({ 'm.workspace_id': workspaceId, 'm.kind': 'agency' });
}

export async function hasFeature(db: Knex, workspaceId: string, feature: 'agency'): Promise<boolean> {
  return Boolean(await db('workspace_features').select('feature').where({ workspace_id: workspaceId, feature }).first());
}

export async function isAgencyAccount(db: Knex, identityId: string): Promise<boolean> {
  const row = await db('identities').select('is_agency').where({ id: identityId }).first();
  return Boolean(row?.is_agency);
}

/** The identity this email (lower case) belongs to, with whether it is an agency's account. */
export async function identityByEmail(db: Knex, email: string): Promise<{ id: string; is_agency: boolean } | undefined> {
  return db('identities').select('id', 'is_agency').whereRaw('lower(email) = ?', [email]).first();
}

export async function insertAgencyGrant(db: Knex, row: { workspace_id: string; identity_id: string; created_at: Date } & Record<string, unknown>): Promise<void> {
  await db('memberships').insert({ ...row, kind: 'agency' });
}

/** Changes an agency's role columns; false when the workspace has no grant to that agency. */
export async function updateAgencyGrant(db: Knex, workspaceId: string, agencyId: string, columns: Record<string, unknown>): Promise<boolean> {
  const changed = await db('memberships').where({ workspace_id: workspaceId, identity_id: agencyId, kind: 'agency' }).update(columns, ['identity_id']);
  return changed.length === 1;
}

/** Ends an agency's grant; false when the workspace has none to that agency. */
export async function deleteAgencyGrant(db: Knex, workspaceId: string, agencyId: string): Promise<boolean> {
  const removed = await db('memberships').where({ workspace_id: workspaceId, identity_id: agencyId, kind: 'agency' }).delete(['identity_id']);
  return removed.length === 1;
}

/** The permissions of the workspace's custom role, as stored; undefined when the workspace has no such role. */
export async function customRolePermissions(db: Knex, workspaceId: string, roleId: string): Promise<string[] | undefined> {
  const row = await db('workspace_roles').select('permissions').where({ workspace_id: workspaceId, id: roleId }).first();
  return row?.permissions;
}
