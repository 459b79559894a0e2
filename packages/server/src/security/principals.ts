import { allPermissions, catalogs, effectivePermissions, type CatalogShape, type CatalogTemplate } from '@foyer/schema';
import type { Knex } from 'knex';
import { forbidden } from '../errors.js';

export interface WorkspaceRef {
  id: string;
  handle: string;
  name: string;
}

export type MembershipKind = 'owner' | 'member' | 'contact' | 'agency' | 'api';

/** Who is acting in a workspace, and everything they may do there. */
export interface Membership {
  workspace: WorkspaceRef;
  kind: MembershipKind;
  template: CatalogTemplate;
  catalog: CatalogShape;
  /** Every permission held, implications included. The owner holds all of the catalog's. */
  permissions: ReadonlySet<string>;
}

/** The decision every permitted procedure makes: deny unless the membership holds the permission. */
export function allows(membership: Pick<Membership, 'permissions'>, permission: string): boolean {
  return membership.permissions.has(permission);
}

interface MembershipRow {
  id: string;
  handle: string;
  name: string;
  catalog_template: CatalogTemplate;
  kind: MembershipKind;
  role_key: string | null;
  custom_permissions: string[] | null;
  permissions: string[] | null;
  disabled_at: Date | null;
}

/** The permissions a membership row grants: its template role, its custom role or its own set. */
export function grantedBy(catalog: CatalogShape, row: Pick<MembershipRow, 'kind' | 'role_key' | 'custom_permissions' | 'permissions'>): Set<string> {
  if (row.kind === 'owner') return effectivePermissions(catalog, allPermissions(catalog));
  const roles = catalog.roles as Record<string, { permissions: readonly string[] }>;
  const fromRole = row.role_key && Object.hasOwn(roles, row.role_key) ? roles[row.role_key]!.permissions : [];
  return effectivePermissions(catalog, [...fromRole, ...(row.custom_permissions ?? []), ...(row.permissions ?? [])]);
}

/**
 * The identity's membership in the named workspace, read in one query, or a refusal that is
 * the same whether the workspace exists or not: membership is not something to probe.
 */
export async function resolveMembership(db: Knex, identityId: string, handle: string): Promise<Membership> {
  const row: MembershipRow | undefined = await db('workspaces as w')
    .join('memberships as m', 'm.workspace_id', 'w.id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.id', 'm.custom_role_id').andOn('r.workspace_id', 'm.workspace_id');
    })
    .select('w.id', 'w.handle', 'w.name', 'w.catalog_template', 'm.kind', 'm.role_key', 'm.permissions', 'm.disabled_at', 'r.permissions as custom_permissions')
    .where({ 'w.handle': handle, 'm.identity_id': identityId })
    .first();
  if (!row) throw forbidden('NOT_A_MEMBER');
  if (row.disabled_at) throw forbidden('MEMBERSHIP_DISABLED');
  const catalog: CatalogShape = catalogs[row.catalog_template];
  return {
    workspace: { id: row.id, handle: row.handle, name: row.name },
    kind: row.kind,
    template: row.catalog_template,
    catalog,
    permissions: grantedBy(catalog, row),
  };
}
