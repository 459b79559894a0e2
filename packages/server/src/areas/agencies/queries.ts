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
