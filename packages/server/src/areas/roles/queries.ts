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

export interface RoleHolderRow {
  role_id: string;
  name: string | null;
  email: string;
  invited: boolean;
}

/**
 * Who holds the workspace's own roles (or one of them): members and agencies by their
 * identity, open invitations by their email; members first, then by name. At most `perRole`
 * of each role, so a role many hold stays one short answer.
 */
export async function selectRoleHolders(db: Knex, workspaceId: string, perRole: number, roleId?: string): Promise<RoleHolderRow[]> {
  const member = roleId ? 'and m.custom_role_id = ?' : '';
  const invitation = roleId ? 'and v.custom_role_id = ?' : '';
  const bindings = roleId ? [workspaceId, roleId, workspaceId, roleId, perRole] : [workspaceId, workspaceId, perRole];
  const { rows } = await db.raw(
    `select role_id, name, email, invited from (
       select h.*, row_number() over (partition by role_id order by invited, lower(coalesce(name, email)), lower(email)) as n
       from (
         select m.custom_role_id as role_id, i.name, i.email, false as invited
           from memberships m join identities i on i.id = m.identity_id
          where m.workspace_id = ? and m.custom_role_id is not null ${member}
         union all
         select v.custom_role_id, null, v.email, true
           from member_invitations v
          where v.workspace_id = ? and v.custom_role_id is not null and v.accepted_at is null and v.revoked_at is null ${invitation}
       ) h
     ) ranked
     where n <= ?
     order by role_id, n`,
    bindings,
  );
  return rows as RoleHolderRow[];
}

/** One of the workspace's own roles with what it grants, or undefined for ids of any other workspace. */
export async function findRolePermissions(db: Knex, workspaceId: string, roleId: string): Promise<{ id: string; permissions: string[] } | undefined> {
  return db('workspace_roles').select('id', 'permissions').where({ workspace_id: workspaceId, id: roleId }).first();
}

export async function insertRole(db: Knex, row: { id: string; workspace_id: string; name: string; description: string; permissions: string; created_at: Date }): Promise<void> {
  await db('workspace_roles').insert(row);
}

export async function updateRoleRow(db: Knex, workspaceId: string, roleId: string, changes: Record<string, unknown>): Promise<void> {
  await db('workspace_roles').where({ workspace_id: workspaceId, id: roleId }).update(changes);
}

export async function deleteRoleRow(db: Knex, workspaceId: string, roleId: string): Promise<void> {
  await db('workspace_roles').where({ workspace_id: workspaceId, id: roleId }).delete();
}
