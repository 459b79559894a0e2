import { randomUUID } from 'node:crypto';
import { expandPermissions, roleHoldersNamed, type CreateRoleInput, type CustomRole, type Ok, type RoleHolder, type RoleRef, type RolesList, type UpdateRoleInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import { requireKnownPermissions, requireWithin } from './choice.js';
import { deleteRoleRow, insertRole, selectCustomRoles, selectRoleHolders, updateRoleRow, type CustomRoleRow, type RoleHolderRow } from './queries.js';

function toCustomRole(row: CustomRoleRow, heldBy: RoleHolder[]): CustomRole {
  return { id: row.id, name: row.name, description: row.description, permissions: [...row.permissions].sort(), holders: Number(row.holders), heldBy };
}

/** The holders' rows by role, as each role names them. */
function holdersByRole(rows: readonly RoleHolderRow[]): Map<string, RoleHolder[]> {
  const byRole = new Map<string, RoleHolder[]>();
  for (const row of rows) {
    let list = byRole.get(row.role_id);
    if (!list) byRole.set(row.role_id, (list = []));
    list.push({ name: row.name, email: row.email, invited: Boolean(row.invited) });
  }
  return byRole;
}

async function getRole(ctx: Context, workspaceId: string, roleId: string): Promise<CustomRole> {
  const [row] = await selectCustomRoles(ctx.db, workspaceId, roleId);
  if (!row) throw notFound('ROLE_NOT_FOUND');
  const holders = holdersByRole(await selectRoleHolders(ctx.db, workspaceId, roleHoldersNamed, roleId));
  return toCustomRole(row, holders.get(roleId) ?? []);
}

/** The template's roles and the workspace's own, for a role picker. */
export async function listRoles(ctx: MemberContext): Promise<RolesList> {
  const templateRoles = Object.entries(ctx.catalog.roles).map(([key, role]) => ({
    key,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
  }));
  // Who holds each role, so a page can say why a role cannot be deleted (this is for managers of users only).
  const [rows, holderRows] = await Promise.all([selectCustomRoles(ctx.db, ctx.workspace.id), selectRoleHolders(ctx.db, ctx.workspace.id, roleHoldersNamed)]);
  const holders = holdersByRole(holderRows);
  const customRoles = rows.map((row) => toCustomRole(row, holders.get(row.id) ?? []));
  return { template: ctx.template, catalog: ctx.catalog, templateRoles, customRoles };
}

function nameTaken(error: unknown): boolean {
  return isUniqueViolation(error, 'workspace_roles_name_unique');
}

/** A new role of the workspace: only names of its catalog, and only what the maker holds. */
export async function createRole(ctx: MemberContext, input: z.output<typeof CreateRoleInput>): Promise<CustomRole> {
  requireKnownPermissions(ctx.catalog, input.permissions);
  requireWithin(ctx.catalog, ctx.permissions, input.permissions);
  const id = randomUUID();
  try {
    await insertRole(ctx.db, {
      id,
      workspace_id: ctx.workspace.id,
      name: input.name,
      description: input.description,
      permissions: JSON.stringify([...new Set(input.permissions)].sort()),
      created_at: ctx.clock.now(),
    });
  } catch (error) {
    if (nameTaken(error)) throw conflict('ROLE_NAME_TAKEN');
    throw error;
  }
  ctx.audit.note({ roleId: id, name: input.name, permissions: [...new Set(input.permissions)].sort() });
  return getRole(ctx, ctx.workspace.id, id);
}

/**
 * Changes a role. Whoever changes it must hold what it grants now and what it will grant:
 * a role is never a way to pass on permissions one lacks.
 */
export async function updateRole(ctx: MemberContext, input: z.output<typeof UpdateRoleInput>): Promise<CustomRole> {
  const current = await getRole(ctx, ctx.workspace.id, input.roleId);
  requireWithin(ctx.catalog, ctx.permissions, expandPermissions(ctx.catalog, current.permissions));
  const changes: Record<string, unknown> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description;
  if (input.permissions !== undefined) {
    requireKnownPermissions(ctx.catalog, input.permissions);
    requireWithin(ctx.catalog, ctx.permissions, input.permissions);
    changes.permissions = JSON.stringify([...new Set(input.permissions)].sort());
  }
  if (Object.keys(changes).length > 0) {
    try {
      await updateRoleRow(ctx.db, ctx.workspace.id, input.roleId, changes);
    } catch (error) {
      if (nameTaken(error)) throw conflict('ROLE_NAME_TAKEN');
      throw error;
    }
  }
  ctx.audit.note({ changed: Object.keys(changes).sort(), ...(input.permissions ? { permissions: [...new Set(input.permissions)].sort() } : {}) });
  return getRole(ctx, ctx.workspace.id, input.roleId);
}

/** Deletes a role no membership and no open invitation holds. */
export async function deleteRole(ctx: MemberContext, input: z.output<typeof RoleRef>): Promise<Ok> {
  const current = await getRole(ctx, ctx.workspace.id, input.roleId);
  requireWithin(ctx.catalog, ctx.permissions, expandPermissions(ctx.catalog, current.permissions));
  if (current.holders > 0) throw conflict('ROLE_IN_USE');
  try {
    await deleteRoleRow(ctx.db, ctx.workspace.id, input.roleId);
  } catch (error) {
    // Someone was given the role between the count and the delete: the foreign key refuses.
    if ((error as { code?: string }).code === '23503') throw conflict('ROLE_IN_USE');
    throw error;
  }
  ctx.audit.note({ name: current.name });
  return { ok: true };
}
