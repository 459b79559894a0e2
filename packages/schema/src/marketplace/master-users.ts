import { z } from 'zod';
import { DisplayText, Email, Id, InWorkspace, NoteText, WorkspaceHandle } from '../common.js';
import { ApiKeySummary } from '../members.js';
import { RoleChoice, RoleSummary } from '../roles.js';

/** The linked accounts a user may work in, by handle; a user sees nothing of any other. */
export const UserAccounts = z.array(WorkspaceHandle).max(200, { error: 'must hold at most 200 accounts' });

/**
 * A third-party user of a master account. An API-only user cannot sign in to the interface
 * and gets no password mail; any other gets a confirmation link and sets their own password.
 */
export const CreateMasterUserInput = InWorkspace.extend({
  email: Email,
  description: NoteText(500).default(''),
  firstName: DisplayText(60),
  lastName: DisplayText(60),
  apiOnly: z.boolean().default(false),
  role: RoleChoice,
  accounts: UserAccounts,
});
export type CreateMasterUserInput = z.input<typeof CreateMasterUserInput>;

export const MasterUser = z.object({
  identityId: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  apiOnly: z.boolean(),
  enabled: z.boolean(),
  /** Whether the user has set a password yet (never, for an API-only user). */
  passwordSet: z.boolean(),
  role: RoleSummary,
  accounts: z.array(z.string()),
  apiKey: ApiKeySummary.nullable(),
});
export type MasterUser = z.infer<typeof MasterUser>;

/** The key is in this answer once, and never again. */
export const MasterUserCreated = z.object({ user: MasterUser, apiKey: z.string() });
export type MasterUserCreated = z.infer<typeof MasterUserCreated>;

export const MasterUserRef = InWorkspace.extend({ identityId: Id });
export type MasterUserRef = z.infer<typeof MasterUserRef>;

/** "Manage permissions" and "User enabled", saved together; what is left out stays as it is. */
export const UpdateMasterUserInput = MasterUserRef.extend({
  role: RoleChoice.optional(),
  accounts: UserAccounts.optional(),
  enabled: z.boolean().optional(),
  description: NoteText(500).optional(),
});
export type UpdateMasterUserInput = z.input<typeof UpdateMasterUserInput>;

export const MasterUsers = z.object({ users: z.array(MasterUser) });
export type MasterUsers = z.infer<typeof MasterUsers>;
