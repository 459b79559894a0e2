import { allPermissions, catalogs, effectivePermissions, type CatalogShape, type CatalogTemplate } from '@foyer/schema';
import type { Knex } from 'knex';
import { forbidden } from '../errors.js';
import type { MembershipKind } from './membership-kind.js';
import { membershipRefusal, type SecondFactorProof } from './second-factor-policy.js';

export interface WorkspaceRef {
  id: string;
  handle: string;
  name: string;
}

export type { MembershipKind } from './membership-kind.js';

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

/** What a membership row says about the grant and about whether it may be used. */
interface MembershipRow {
  kind: MembershipKind;
  role_key: string | null;
  custom_permissions: string[] | null;
  permissions: string[] | null;
  disabled_at: Date | null;
  require_second_factor: boolean;
  second_factor_on: boolean;
  agency_feature: boolean;
}

/** The permissions a membership row grants: its template role, its custom role or its own set. */
export function grantedBy(catalog: CatalogShape, row: Pick<MembershipRow, 'kind' | 'role_key' | 'custom_permissions' | 'permissions'>): Set<string> {
  if (row.kind === 'owner') return effectivePermissions(catalog, allPermissions(catalog));
  const roles = catalog.roles as Record<string, { permissions: readonly string[] }>;
  const fromRole = row.role_key && Object.hasOwn(roles, row.role_key) ? roles[row.role_key]!.permissions : [];
  return effectivePermissions(catalog, [...fromRole, ...(row.custom_permissions ?? []), ...(row.permissions ?? [])]);
}

/** The columns a membership is decided from, over `workspaces w`, `memberships m`, `identities i` and `workspace_roles r`. */
export const membershipColumns = `w.id as w_id, w.handle as w_handle, w.name as w_name, w.catalog_template, w.require_second_factor,
  m.kind as m_kind, m.role_key, m.permissions, m.disabled_at, r.permissions as custom_permissions,
  i.totp_enabled_at is not null as second_factor_on,
  exists (select 1 from workspace_features f where f.workspace_id = w.id and f.feature = 'agency') as agency_feature`;

/** A membership row as `membershipColumns` reads it; `m_kind`, as a session's `kind` may sit beside it. */
export interface MembershipColumns extends Omit<MembershipRow, 'kind'> {
  w_id: string;
  w_handle: string;
  w_name: string;
  catalog_template: CatalogTemplate;
  m_kind: MembershipKind;
}

/**
 * The identity's membership in the named workspace, read in one query, or a refusal that is
 * the same whether the workspace exists or not: membership is not something to probe.
 * `proof` says whether the call's session passed a second factor (an API key is exempt); a
 * call that does not prove what the workspace's policy or an agency grant asks for is refused.
 */
export async function resolveMembership(db: Knex, identityId: string, handle: string, proof: SecondFactorProof = 'not-passed'): Promise<Membership> {
  const { rows } = await db.raw(
    `select ${membershipColumns}
       from workspaces w
       join memberships m on m.workspace_id = w.id and m.identity_id = ?
       join identities i on i.id = m.identity_id
       left join workspace_roles r on r.id = m.custom_role_id and r.workspace_id = m.workspace_id
      where w.handle = ?`,
    [identityId, handle],
  );
  return membershipFrom(rows[0] as MembershipColumns | undefined, proof);
}

/** The membership a row grants this call, or the refusal: not a member, or not usable now. */
export function membershipFrom(row: MembershipColumns | undefined, proof: SecondFactorProof): Membership {
  if (!row?.m_kind) throw forbidden('NOT_A_MEMBER');
  const refusal = membershipRefusal(factsOf({ ...row, kind: row.m_kind }), proof);
  if (refusal) throw forbidden(refusal);
  const catalog: CatalogShape = catalogs[row.catalog_template];
  return {
    workspace: { id: row.w_id, handle: row.w_handle, name: row.w_name },
    kind: row.m_kind,
    template: row.catalog_template,
    catalog,
    permissions: grantedBy(catalog, { ...row, kind: row.m_kind }),
  };
}

export function factsOf(row: Pick<MembershipRow, 'kind' | 'disabled_at' | 'require_second_factor' | 'second_factor_on' | 'agency_feature'>) {
  return {
    kind: row.kind,
    disabled: row.disabled_at !== null,
    requireSecondFactor: row.require_second_factor,
    secondFactorOn: row.second_factor_on,
    agencyFeature: row.agency_feature,
  };
}
