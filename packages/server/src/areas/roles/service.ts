import { randomUUID } from 'node:crypto';
import { expandPermissions, type CreateRoleInput, type CustomRole, type RolesList, type UpdateRoleInput } from '@foyer/schema';
import type { z } from 'zod';
import type { CreateRoleInput as CreateRoleSchema } from '@foyer/schema';
import type { Context } from '../../context.js';
import { conflict, isUniqueViolation, notFound } from '../../errors.js';
import type { Membership } from '../../security/principals.js';
import type { AuditNotes } from '../../callers/contexts.js';
import { requireKnownPermissions, requireWithin } from './choice.js';
import { selectCustomRoles, type CustomRoleRow } from './queries.js';

type CreateInput = z.output<typeof CreateRoleSchema>;

function toCustomRole(row: CustomRoleRow): CustomRole {
  return { id: row.id, name: row.name, description: row.description, permissions: [...row.permissions].sort(), holders: Number(row.holders) };
}

async function getRole(ctx: Context, workspaceId: string, roleId: string): Promise<CustomRole> {
  const [row] = await selectCustomRoles(ctx.db, workspaceId, roleId);
  if (!row) throw notFound('ROLE_NOT_FOUND');
  return toCustomRole(row);
}

/** The template's roles and the workspace's own, for a role picker. */
export async function listRoles(ctx: Context, member: Membership): Promise<RolesList> {
  const templateRoles = Object.entries(member.catalog.roles).map(([key, role]) => ({
    key,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
  }));
  const customRoles = (await selectCustomRoles(ctx.db, member.workspace.id)).map(toCustomRole);
  return { template: member.template, templateRoles, customRoles };
}

function nameTaken(error: unknown): boolean {
  return isUniqueViolation(error, 'workspace_roles_name_unique');
}

/** A new role of the workspace: only names of its catalog, and only what the maker holds. */
export async function createRole(ctx: Context & { audit: AuditNotes }, member: Membership, input: CreateInput): Promise<CustomRole> {
  requireKnownPermissions(member.catalog, input.permissions);
  requireWithin(member.catalog, member.permissions, input.permissions);
  const id = randomUUID();
  try {
    await ctx.db('workspace_roles').insert({
      id,
      workspace_id: member.workspace.id,
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
  return getRole(ctx, member.workspace.id, id);
}

/**
 * Changes a role. Whoever changes it must hold what it grants now and what it will grant:
 * a role is never a way to pass on permissions one lacks.
 */
export async function updateRole(ctx: Context & { audit: AuditNotes }, member: Membership, input: UpdateRoleInput): Promise<CustomRole> {
  const current = await getRole(ctx, member.workspace.id, input.roleId);
  requireWithin(member.catalog, member.permissions, expandPermissions(member.catalog, current.permissions));
  const changes: Record<string, unknown> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description;
  if (input.permissions !== undefined) {
    requireKnownPermissions(member.catalog, input.permissions);
    requireWithin(member.catalog, member.permissions, input.permissions);
    changes.permissions = JSON.stringify([...new Set(input.permissions)].sort());
  }
  if (Object.keys(changes).length > 0) {
    try {
      await ctx.db('workspace_roles').where({ workspace_id: member.workspace.id, id: input.roleId }).update(changes);
    } catch (error) {
      if (nameTaken(error)) throw conflict('ROLE_NAME_TAKEN');
      throw error;
    }
  }
  ctx.audit.note({ changed: Object.keys(changes).sort(), ...(input.permissions ? { permissions: [...new Set(input.permissions)].sort() } : {}) });
  return getRole(ctx, member.workspace.id, input.roleId);
}

/** Deletes a role no membership and no open invitation holds. */
export async function deleteRole(ctx: Context & { audit: AuditNotes }, member: Membership, roleId: string): Promise<void> {
  const current = await getRole(ctx, member.workspace.id, roleId);
  requireWithin(member.catalog, member.permissions, expandPermissions(member.catalog, current.permissions));
  if (current.holders > 0) throw conflict('ROLE_IN_USE');
  try {
    await ctx.db('workspace_roles').where({ workspace_id: member.workspace.id, id: roleId }).delete();
  } catch (error) {
    // Someone was given the role between the count and the delete: the foreign key refuses.
    if ((error as { code?: string }).code === '23503') throw conflict('ROLE_IN_USE');
    throw error;
  }
  ctx.audit.note({ name: current.name });
}
