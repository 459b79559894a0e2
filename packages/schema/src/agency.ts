import { z } from 'zod';
import { DisplayText, Email, Id, InWorkspace, Instant, WorkspaceHandle } from './common.js';
import { Password } from './identities.js';
import { CurrentPassword } from './second-factor.js';
import { RoleChoice, RoleSummary } from './roles.js';
import { CatalogTemplateName } from './workspaces.js';

/** The role a grant gives: the same choice as a member's (for email marketing the six agency roles). */
export const GrantRoleChoice = RoleChoice;
export type GrantRoleChoice = RoleChoice;

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
  role: RoleSummary,
  /** Until the agency turns its second factor on, the grant cannot be used. */
  secondFactorOn: z.boolean(),
  grantedAt: Instant,
});
export type AgencyGrant = z.infer<typeof AgencyGrant>;

export const AccountKind = z.enum(['owner', 'member', 'contact', 'agency', 'api', 'master']);
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
