import { z } from 'zod';
import { DisplayText, Email, Id, InWorkspace, Instant, WorkspaceHandle } from './common.js';
import { Password } from './identities.js';
import { CurrentPassword } from './second-factor.js';
import { CatalogTemplateName } from './workspaces.js';

/**
 * The role a grant gives: one of the workspace's template roles (for email marketing the six
 * agency roles), one of its custom roles, or a hand-picked set of permissions.
 */
export const GrantRoleChoice = z.union([
  z.object({ template: z.string().min(1).max(80) }).strict(),
  z.object({ customRoleId: Id }).strict(),
  z.object({ permissions: z.array(z.string().min(1).max(80)).max(200) }).strict(),
], { error: 'must be { template }, { customRoleId } or { permissions }' });
export type GrantRoleChoice = z.infer<typeof GrantRoleChoice>;

/** A role as it is shown: where it comes from, its name and every permission it holds. */
export const GrantedRole = z.object({
  source: z.enum(['owner', 'template', 'custom', 'permissions']),
  /** The template role's key, where it is one. */
  template: z.string().nullable(),
  customRoleId: Id.nullable(),
  name: z.string(),
  /** Implications included. */
  permissions: z.array(z.string()),
});
export type GrantedRole = z.infer<typeof GrantedRole>;

/** agencies.register: an account that exists only to reach the workspaces that grant it access. */
export const RegisterAgencyInput = z.object({
  email: Email,
  password: Password,
  name: DisplayText(120),
});
export type RegisterAgencyInput = z.infer<typeof RegisterAgencyInput>;

/** agencyGrants.grant: by the agency account's email, with a role. */
export const GrantAgencyInput = InWorkspace.extend({ agencyEmail: Email, role: GrantRoleChoice });
export type GrantAgencyInput = z.infer<typeof GrantAgencyInput>;

/** One grant, named by the agency account's id: grants belong to the account, not its email. */
export const AgencyGrantRef = InWorkspace.extend({ agencyId: Id });
export type AgencyGrantRef = z.infer<typeof AgencyGrantRef>;

export const ChangeAgencyRoleInput = AgencyGrantRef.extend({ role: GrantRoleChoice });
export type ChangeAgencyRoleInput = z.infer<typeof ChangeAgencyRoleInput>;

export const AgencyGrant = z.object({
  agencyId: Id,
  email: z.string(),
  name: z.string().nullable(),
  role: GrantedRole,
  /** Until the agency turns its second factor on, the grant cannot be used. */
  secondFactorOn: z.boolean(),
  grantedAt: Instant,
});
export type AgencyGrant = z.infer<typeof AgencyGrant>;

export const AccountKind = z.enum(['owner', 'member', 'contact', 'agency', 'api']);
export type AccountKind = z.infer<typeof AccountKind>;

/**
 * identity.accounts: every workspace the signed-in identity belongs to, in any way — for an
 * agency its "Client accounts". Switching is naming another workspace in the next call.
 */
export const AccountEntry = z.object({
  workspace: WorkspaceHandle,
  name: z.string(),
  template: CatalogTemplateName,
  kind: AccountKind,
  roleName: z.string(),
  /** The workspace requires a second factor, or the membership is an agency grant. */
  secondFactorRequired: z.boolean(),
  /** Whether this session may act there now. */
  usable: z.boolean(),
  /** Why not, as an error code: SECOND_FACTOR_REQUIRED, SECOND_FACTOR_NOT_SET_UP, MEMBERSHIP_DISABLED, AGENCY_FEATURE_OFF. */
  reason: z.string().optional(),
});
export type AccountEntry = z.infer<typeof AccountEntry>;

export const AccountList = z.array(AccountEntry);
export type AccountList = z.infer<typeof AccountList>;

/** identity.changeEmail: the password confirms it; memberships and grants stay with the identity. */
export const ChangeEmailInput = z.object({ password: CurrentPassword, email: Email });
export type ChangeEmailInput = z.infer<typeof ChangeEmailInput>;
