import { randomUUID } from 'node:crypto';
import { expandPermissions, type CreateRoleInput, type CustomRole, type Ok, type RoleRef, type RolesList, type UpdateRoleInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import type { Context } from '../../context.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import { requireKnownPermissions, requireWithin } from './choice.js';
import { deleteRoleRow, insertRole, selectCustomRoles, updateRoleRow, type CustomRoleRow } from './queries.js';

function toCustomRole(row: CustomRoleRow): CustomRole {
  return { id: row.id, name: row.name, description: row.description, permissions: [...row.permissions].sort(), holders: Number(row.holders) };
}

async function getRole(ctx: Context, workspaceId: string, roleId: string): Promise<CustomRole> {
  const [row] = await selectCustomRoles(ctx.db, workspaceId, roleId);
  if (!row) throw notFound('ROLE_NOT_FOUND');
  return toCustomRole(row);
}

/** The template's roles and the workspace's own, for a role picker. */
export async function listRoles(ctx: MemberContext): Promise<RolesList> {
  const templateRoles = Object.entries(ctx.catalog.roles).map(([key, role]) => ({
    key,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
  }));
  const customRoles = (await selectCustomRoles(ctx.db, ctx.workspace.id)).map(toCustomRole);
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
