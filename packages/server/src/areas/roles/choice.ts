import { allPermissions, expandPermissions, permissionsBeyond, type CatalogShape, type RoleChoice, type RoleSummary } from '@foyer/schema';
import { badRequest, FoyerError, notFound } from '../../errors.js';
import type { MemberContext } from '../../callers/contexts.js';
import { findRolePermissions } from './queries.js';

/** How a role is stored on a membership or an invitation: exactly one of the three is set. */
export interface StoredRole {
  role_key: string | null;
  custom_role_id: string | null;
  permissions: string[] | null;
}

/** A refusal whose sentence ends with the names it is about, so the person sees which. */
function naming(error: FoyerError, names: readonly string[]): FoyerError {
  // Permission names are keys, the same in every language.
  return error.naming(() => ` ${names.join(', ')}.`);
}

/** Refuses names the workspace's catalog does not define, naming them. */
export function requireKnownPermissions(catalog: CatalogShape, names: readonly string[]): void {
  const unknown = [...new Set(names.filter((name) => !Object.hasOwn(catalog.permissions, name)))].sort();
  if (unknown.length > 0) throw naming(badRequest('UNKNOWN_PERMISSIONS', { permissions: unknown }), unknown);
}

/** Someone who manages users grants only what they hold themselves (implications included). */
export function requireWithin(catalog: CatalogShape, held: ReadonlySet<string>, granted: Iterable<string>): void {
  const beyond = permissionsBeyond(catalog, held, granted);
  if (beyond.length > 0) throw naming(new FoyerError('FORBIDDEN', 'BEYOND_OWN_PERMISSIONS', { permissions: beyond }), beyond);
}

/**
 * Checks a role choice against the workspace's catalog and roles, and returns what to store
 * and every permission it grants. A custom role of another workspace is "not found".
 */
export async function resolveChoice(ctx: Pick<MemberContext, 'db' | 'workspace' | 'catalog'>, choice: RoleChoice): Promise<{ stored: StoredRole; granted: Set<string> }> {
  const { catalog } = ctx;
  if ('template' in choice) {
    const roles = catalog.roles as Record<string, { permissions: readonly string[] }>;
    if (!Object.hasOwn(roles, choice.template)) throw badRequest('TEMPLATE_ROLE_NOT_FOUND', { template: choice.template });
    return {
      stored: { role_key: choice.template, custom_role_id: null, permissions: null },
      granted: expandPermissions(catalog, roles[choice.template]!.permissions),
    };
  }
  if ('customRoleId' in choice) {
    const row = await findRolePermissions(ctx.db, ctx.workspace.id, choice.customRoleId);
    if (!row) throw notFound('ROLE_NOT_FOUND');
    return { stored: { role_key: null, custom_role_id: row.id, permissions: null }, granted: expandPermissions(catalog, row.permissions) };
  }
  requireKnownPermissions(catalog, choice.permissions);
  const chosen = [...new Set(choice.permissions)].sort();
  return { stored: { role_key: null, custom_role_id: null, permissions: chosen }, granted: expandPermissions(catalog, chosen) };
}

/** A stored role, as read with its custom role's name and permissions. */
export interface StoredRoleRow extends StoredRole {
  kind: string;
  custom_name?: string | null;
  custom_permissions?: string[] | null;
}

/** Every permission a stored role grants. */
export function grantedByStored(catalog: CatalogShape, row: StoredRoleRow): Set<string> {
  if (row.kind === 'owner') return allPermissions(catalog);
  const roles = catalog.roles as Record<string, { permissions: readonly string[] }>;
  const fromTemplate = row.role_key && Object.hasOwn(roles, row.role_key) ? roles[row.role_key]!.permissions : [];
  return expandPermissions(catalog, [...fromTemplate, ...(row.custom_permissions ?? []), ...(row.permissions ?? [])]);
}

/** A stored role as shown: its name, how it was chosen and what it grants. */
export function summarizeRole(catalog: CatalogShape, row: StoredRoleRow): RoleSummary {
  const permissions = [...grantedByStored(catalog, row)].sort();
  if (row.kind === 'owner') return { name: 'Owner', choice: null, permissions };
  const roles = catalog.roles as Record<string, { name: string }>;
  if (row.role_key) {
    return { name: roles[row.role_key]?.name ?? row.role_key, choice: { template: row.role_key }, permissions };
  }
  if (row.custom_role_id) return { name: row.custom_name ?? 'Custom role', choice: { customRoleId: row.custom_role_id }, permissions };
  return { name: 'Custom permissions', choice: { permissions: [...(row.permissions ?? [])].sort() }, permissions };
}
