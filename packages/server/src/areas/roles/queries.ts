import type { Knex } from 'knex';

export interface CustomRoleRow {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  holders: number;
}

/**
 * The workspace's own roles, each with how many memberships and open invitations hold it.
 * One role when `roleId` is given.
 */
export function selectCustomRoles(db: Knex, workspaceId: string, roleId?: string): Promise<CustomRoleRow[]> {
  const query = db('workspace_roles as r')
    .select('r.id', 'r.name', 'r.description', 'r.permissions')
    .select(
      db.raw(
        `((select count(*) from memberships m where m.workspace_id = r.workspace_id and m.custom_role_id = r.id)
        + (select count(*) from member_invitations i where i.workspace_id = r.workspace_id and i.custom_role_id = r.id
             and i.accepted_at is null and i.revoked_at is null))::int as holders`,
      ),
    )
    .where('r.workspace_id', workspaceId)
    .orderByRaw('lower(r.name)');
  if (roleId) query.andWhere('r.id', roleId);
  return query;
}
