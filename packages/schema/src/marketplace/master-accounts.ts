import { z } from 'zod';
import { DisplayText, Email, InWorkspace, WorkspaceHandle } from '../common.js';
import { OneTimeToken } from '../members.js';
import { PasswordRules } from '../password-policies.js';
import { SignInResult, TotpCode } from '../second-factor.js';

/**
 * A seller account's sign-in, proving control of it: its nickname (the workspace's handle)
 * and its owner's password, and the owner's authenticator code where the owner has a second
 * factor. A wrong nickname and a wrong password are answered alike.
 */
export const SellerAccountProof = z.object({
  nickname: WorkspaceHandle,
  // No length rule beyond the cap, as at sign-in: the answer must not tell which passwords could exist.
  password: z.string().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
  code: TotpCode.optional(),
});

/** Opening a master account: who it is for, and one seller account it starts with. */
export const RegisterMasterAccountInput = SellerAccountProof.extend({ email: Email, name: DisplayText(120) });
export type RegisterMasterAccountInput = z.input<typeof RegisterMasterAccountInput>;

export const MasterLinkToken = z.object({ token: OneTimeToken });
export type MasterLinkToken = z.infer<typeof MasterLinkToken>;

/** What the registration link's page shows before the password is set, and the rules the password must meet. */
export const MasterRegistrationDescription = z.object({
  email: z.string(),
  name: z.string(),
  account: z.object({ handle: z.string(), name: z.string() }),
  passwordRules: PasswordRules,
});
export type MasterRegistrationDescription = z.infer<typeof MasterRegistrationDescription>;

export const CompleteMasterRegistrationInput = MasterLinkToken.extend({
  password: z.string().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
});
export type CompleteMasterRegistrationInput = z.infer<typeof CompleteMasterRegistrationInput>;

/** A new master account: its workspace, the seller account it holds first, and the person signed in (or the second step of it). */
export const MasterRegistrationCompleted = z.object({ master: z.string(), account: z.string(), signIn: SignInResult });
export type MasterRegistrationCompleted = z.infer<typeof MasterRegistrationCompleted>;

/** "Add account": another seller account's sign-in; a confirmation link goes to that account's own address. */
export const LinkAccountInput = InWorkspace.extend(SellerAccountProof.shape);
export type LinkAccountInput = z.input<typeof LinkAccountInput>;

/** Said the same way for every nickname: where the confirmation went is not told (it is the account's address). */
export const LinkAccountRequested = z.object({ requested: z.literal(true) });
export type LinkAccountRequested = z.infer<typeof LinkAccountRequested>;

export const AccountLinkConfirmed = z.object({ master: z.string(), account: z.string() });
export type AccountLinkConfirmed = z.infer<typeof AccountLinkConfirmed>;

export const LinkedAccount = z.object({ handle: z.string(), name: z.string(), linkedAt: z.string() });
export type LinkedAccount = z.infer<typeof LinkedAccount>;

export const PendingAccountLink = z.object({ handle: z.string(), requestedAt: z.string(), expiresAt: z.string() });
export type PendingAccountLink = z.infer<typeof PendingAccountLink>;

export const LinkedAccounts = z.object({ accounts: z.array(LinkedAccount), pending: z.array(PendingAccountLink) });
export type LinkedAccounts = z.infer<typeof LinkedAccounts>;

export const UnlinkAccountInput = InWorkspace.extend({ account: WorkspaceHandle });
export type UnlinkAccountInput = z.input<typeof UnlinkAccountInput>;

/** The tabs of a master account this caller may open; the server decides, the shell shows them. */
export const MasterArea = z.enum(['dashboard', 'accounts', 'tickets', 'transactions', 'reports', 'users']);
export type MasterArea = z.infer<typeof MasterArea>;

export const MasterAccountView = z.object({
  master: z.object({ handle: z.string(), name: z.string() }),
  owner: z.boolean(),
  areas: z.array(MasterArea),
  /** The linked accounts this caller may work in: all of them for the owner, the chosen ones for a user. */
  accounts: z.array(z.object({ handle: z.string(), name: z.string() })),
});
export type MasterAccountView = z.infer<typeof MasterAccountView>;
