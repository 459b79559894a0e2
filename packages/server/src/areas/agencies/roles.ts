import { grantsOnlyKeyAccess, type CatalogShape, type RoleChoice, type RoleSummary } from '@foyer/schema';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, notFound } from '../../errors.js';
import { grantedBy, type MembershipKind } from '../../security/principals.js';
import { customRolePermissions } from './queries.js';

/** A membership's role columns: exactly one of the three is set. */
export interface RoleColumns {
  role_key: string | null;
  custom_role_id: string | null;
  permissions: string | null;
}

/**
 * The columns for a role choice, checked against the workspace: a role of its template, one
 * of its own custom roles (never another workspace's), or permissions its catalog defines —
 * and one an agency can use: an agency works signed in and never holds an API key, so a role
 * that grants API access alone would give it nothing.
 */
export async function roleColumns(ctx: Pick<MemberContext, 'db' | 'workspace' | 'catalog'>, choice: RoleChoice): Promise<RoleColumns> {
  const { catalog } = ctx;
  const requireUsable = (permissions: readonly string[]) => {
    if (grantsOnlyKeyAccess(catalog, permissions)) throw badRequest('AGENCY_ROLE_API_ONLY');
  };
  if ('template' in choice) {
    if (!Object.hasOwn(catalog.roles, choice.template)) throw notFound('ROLE_NOT_FOUND');
    requireUsable(catalog.roles[choice.template]!.permissions);
    return { role_key: choice.template, custom_role_id: null, permissions: null };
  }
  if ('customRoleId' in choice) {
    const permissions = await customRolePermissions(ctx.db, ctx.workspace.id, choice.customRoleId);
    if (!permissions) throw notFound('ROLE_NOT_FOUND');
    requireUsable(permissions);
    return { role_key: null, custom_role_id: choice.customRoleId, permissions: null };
  }
  const unknown = choice.permissions.filter((p) => !Object.hasOwn(catalog.permissions, p));
  if (unknown.length > 0) throw badRequest('PERMISSION_NOT_IN_CATALOG', { permissions: unknown });
  requireUsable(choice.permissions);
  return { role_key: null, custom_role_id: null, permissions: JSON.stringify([...new Set(choice.permissions)].sort()) };
}

export interface RoleRow {
  kind: MembershipKind;
  through_kind?: MembershipKind | null;
  role_key: string | null;
  custom_role_id: string | null;
  custom_role_name: string | null;
  custom_permissions: string[] | null;
  permissions: string[] | null;
}

/** A role as people read it: its name, how it was chosen, and every permission it holds. */
export function describeRole(catalog: CatalogShape, row: RoleRow): RoleSummary {
  const permissions = [...grantedBy(catalog, row)].sort();
  if (row.kind === 'owner') return { name: 'Owner', choice: null, permissions };
  if (row.kind === 'master' && row.through_kind === 'owner') return { name: 'Owner of the master account', choice: null, permissions };
  const roles = catalog.roles as Record<string, { name: string }>;
  if (row.role_key && Object.hasOwn(roles, row.role_key)) return { name: roles[row.role_key]!.name, choice: { template: row.role_key }, permissions };
  if (row.custom_role_id) return { name: row.custom_role_name ?? 'Custom role', choice: { customRoleId: row.custom_role_id }, permissions };
  return { name: 'Custom permissions', choice: { permissions: [...(row.permissions ?? [])].sort() }, permissions };
}
