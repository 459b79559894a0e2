import { PasswordRules } from './password-policies.js';
import { z } from 'zod';
import { DisplayText, Email, Id, InWorkspace } from './common.js';
import { MembershipKind, Password } from './identities.js';

export { MembershipKind };
import { RoleChoice, RoleSummary } from './roles.js';

/**
 * An invitation's state: `valid` until it expires, is accepted (`used`) or withdrawn
 * (`revoked`). An expired one can be resent; the new email holds a new link.
 */
export const InvitationState = z.enum(['valid', 'expired', 'used', 'revoked']);
export type InvitationState = z.infer<typeof InvitationState>;

export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSummary,
  state: InvitationState,
  expiresAt: z.string(),
  /** When the newest email went out. */
  sentAt: z.string(),
});
export type Invitation = z.infer<typeof Invitation>;

/** The API key a member holds; the key itself is shown once, when it is made. */
export const ApiKeySummary = z.object({
  /** The key's last four characters, to tell keys apart. */
  hint: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKeySummary = z.infer<typeof ApiKeySummary>;

/**
 * What the caller may do to one row of the team, decided by the rules the calls themselves
 * check, so a page offers only what the server would do. False where the call would be refused.
 */
export const MemberActions = z.object({
  /** Change the role, disable or enable, end the sessions, remove; for an open invitation, resend or withdraw it. */
  manage: z.boolean(),
  /** Rotate or revoke the member's API key: as `manage`, and also on one's own membership. */
  apiKey: z.boolean(),
  /** Send the member a link to choose a new password. */
  resetPassword: z.boolean(),
});
export type MemberActions = z.infer<typeof MemberActions>;

/**
 * One row of the team: a member (the owner, team members, API users), or an open
 * invitation, which has no identity yet (`identityId` null, `invitation` set).
 */
export const Member = z.object({
  identityId: z.string().nullable(),
  email: z.string(),
  name: z.string().nullable(),
  /** What the person is for, as the one who added them wrote it (API users). */
  description: z.string().nullable(),
  kind: MembershipKind,
  role: RoleSummary,
  disabled: z.boolean(),
  secondFactor: z.boolean(),
  apiKey: ApiKeySummary.nullable(),
  invitation: Invitation.nullable(),
  /** What the caller who asked may do to this row. */
  may: MemberActions,
});
export type Member = z.infer<typeof Member>;

export const InviteMemberInput = InWorkspace.extend({
  email: Email,
  role: RoleChoice,
});
export type InviteMemberInput = z.infer<typeof InviteMemberInput>;

export const InvitationRef = InWorkspace.extend({ invitationId: Id });
export type InvitationRef = z.infer<typeof InvitationRef>;

export const MemberRef = InWorkspace.extend({ identityId: Id });
export type MemberRef = z.infer<typeof MemberRef>;

export const ChangeMemberRoleInput = MemberRef.extend({ role: RoleChoice });
export type ChangeMemberRoleInput = z.infer<typeof ChangeMemberRoleInput>;

export const SetMemberDisabledInput = MemberRef.extend({ disabled: z.boolean() });
export type SetMemberDisabledInput = z.infer<typeof SetMemberDisabledInput>;

/** A one-time link's token, as it arrives from the link in an email (256 random bits, base64url). */
export const OneTimeToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'is not a valid link token' });

export const InvitationTokenInput = z.object({ token: OneTimeToken });
export type InvitationTokenInput = z.infer<typeof InvitationTokenInput>;

/** What the page an invitation link opens shows before the person accepts. */
export const InvitationDescription = z.object({
  workspace: z.object({ handle: z.string(), name: z.string() }),
  /** Who invited the person: the inviting member's name, else their email; the workspace's name once they are gone. */
  inviterName: z.string(),
  email: z.string(),
  roleName: z.string(),
  state: InvitationState,
  expiresAt: z.string(),
  /** True when the email already has an account with a password: accept after signing in as it. */
  hasAccount: z.boolean(),
  /** For a state other than `valid`: what the person should do. */
  advice: z.string().nullable(),
  /** The rules a new password must meet (the workspace's password policy). */
  passwordRules: PasswordRules,
});
export type InvitationDescription = z.infer<typeof InvitationDescription>;

/**
 * Accepting: a person without an account chooses a password (and a name); a person with one
 * accepts while signed in as the invited email, and sends neither.
 */
export const AcceptInvitationInput = z.object({
  token: OneTimeToken,
  password: Password.optional(),
  name: DisplayText(120).optional(),
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

/** Completing a password reset from the emailed link. */
export const ResetPasswordInput = z.object({ token: OneTimeToken, password: Password });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const MailSent = z.object({ sentTo: z.string(), transport: z.enum(['smtp', 'outbox']) });
export type MailSent = z.infer<typeof MailSent>;
