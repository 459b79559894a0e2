import { allPermissions, catalogs, effectivePermissions, type CatalogShape, type CatalogTemplate } from '@foyer/schema';
import type { Knex } from 'knex';
import { forbidden } from '../errors.js';
import type { MembershipKind, WorkspaceKind } from './membership-kind.js';
import { membershipRefusal, type SecondFactorProof } from './second-factor-policy.js';

export interface WorkspaceRef {
  id: string;
  handle: string;
  name: string;
}

export type { MembershipKind, WorkspaceKind } from './membership-kind.js';

/** How a `master` membership reaches a linked seller account: through which master account, as its owner or as one of its users. */
export interface ThroughMaster {
  masterId: string;
  kind: MembershipKind;
}

/** Who is acting in a workspace, and everything they may do there. */
export interface Membership {
  workspace: WorkspaceRef;
  workspaceKind: WorkspaceKind;
  kind: MembershipKind;
  /** Set for a `master` membership: the stored membership in the master account it comes from. */
  through: ThroughMaster | null;
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
  /** For a `master` membership, the kind of the master-account membership it comes from. */
  through_kind?: MembershipKind | null;
  role_key: string | null;
  custom_permissions: string[] | null;
  permissions: string[] | null;
  disabled_at: Date | null;
  require_second_factor: boolean;
  second_factor_on: boolean;
  agency_feature: boolean;
}

/** The permissions a membership row grants: its template role, its custom role or its own set. */
export function grantedBy(catalog: CatalogShape, row: Pick<MembershipRow, 'kind' | 'through_kind' | 'role_key' | 'custom_permissions' | 'permissions'>): Set<string> {
  // The master account's owner holds in each linked account what that account's own owner holds.
  if (row.kind === 'owner' || (row.kind === 'master' && row.through_kind === 'owner')) return effectivePermissions(catalog, allPermissions(catalog));
  const roles = catalog.roles as Record<string, { permissions: readonly string[] }>;
  const fromRole = row.role_key && Object.hasOwn(roles, row.role_key) ? roles[row.role_key]!.permissions : [];
  return effectivePermissions(catalog, [...fromRole, ...(row.custom_permissions ?? []), ...(row.permissions ?? [])]);
}

/**
 * How an identity reaches the workspace `w`: its own membership `m`, or else — in a seller
 * account linked to a master account — its membership in that master account (`lm`), as the
 * master's owner or as a user the owner (or a user with Manage users) let work in this
 * account. `identity` is the SQL expression of the identity's id.
 */
export function membershipJoins(identity: string): string {
  return `left join memberships m on m.workspace_id = w.id and m.identity_id = ${identity}
       left join lateral (
         select mm.kind, mm.role_key, mm.permissions, mm.disabled_at, mm.custom_role_id, l.workspace_id as master_id, mw.require_second_factor
           from master_links l
           join memberships mm on mm.workspace_id = l.workspace_id and mm.identity_id = ${identity}
           join workspaces mw on mw.id = l.workspace_id
          where l.account_id = w.id and m.identity_id is null
            and (mm.kind = 'owner'
                 or (mm.kind in ('member', 'api')
                     and exists (select 1 from master_user_accounts u where u.workspace_id = l.workspace_id and u.identity_id = mm.identity_id and u.account_id = w.id)))
       ) lm on true
       left join identities i on i.id = ${identity} and (m.identity_id is not null or lm.master_id is not null)
       left join workspace_roles r on r.id = coalesce(m.custom_role_id, lm.custom_role_id) and r.workspace_id = coalesce(m.workspace_id, lm.master_id)`;
}

/** The columns a membership is decided from, over `workspaces w` and `membershipJoins`. */
export const membershipColumns = `w.id as w_id, w.handle as w_handle, w.name as w_name, w.kind as w_kind, w.catalog_template,
  w.require_second_factor or coalesce(lm.require_second_factor, false) as require_second_factor,
  coalesce(m.kind, case when lm.master_id is not null then 'master' end) as m_kind, lm.kind as through_kind, lm.master_id,
  coalesce(m.role_key, lm.role_key) as role_key, coalesce(m.permissions, lm.permissions) as permissions,
  coalesce(m.disabled_at, lm.disabled_at) as disabled_at, r.permissions as custom_permissions,
  i.totp_enabled_at is not null as second_factor_on,
  exists (select 1 from workspace_features f where f.workspace_id = w.id and f.feature = 'agency') as agency_feature`;

/** A membership row as `membershipColumns` reads it; `m_kind`, as a session's `kind` may sit beside it. */
export interface MembershipColumns extends Omit<MembershipRow, 'kind'> {
  w_id: string;
  w_handle: string;
  w_name: string;
  w_kind: WorkspaceKind;
  catalog_template: CatalogTemplate;
  m_kind: MembershipKind;
  master_id: string | null;
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
       ${membershipJoins('?::uuid')}
      where w.handle = ?`,
    [identityId, identityId, identityId, handle],
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
    workspaceKind: row.w_kind,
    kind: row.m_kind,
    through: row.m_kind === 'master' && row.master_id && row.through_kind ? { masterId: row.master_id, kind: row.through_kind } : null,
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
