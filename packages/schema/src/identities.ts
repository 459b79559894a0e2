import { z } from 'zod';
import { Email, DisplayText, WorkspaceHandle } from './common.js';

/**
 * Passwords for identities. Long enough to resist guessing; capped so that hashing a
 * hostile multi-megabyte "password" cannot tie up the server.
 */
export const Password = z.string().min(10, { error: 'must be at least 10 characters' }).max(200, { error: 'must be at most 200 characters' });

export const SignUpInput = z.object({
  email: Email,
  password: Password,
  name: DisplayText(120).optional(),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: Email,
  // No length rule beyond the cap: a sign-in must not tell which passwords could exist.
  password: z.string().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' }),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** How an identity belongs to a workspace: every way in is a membership of one kind. */
export const MembershipKind = z.enum(['owner', 'member', 'contact', 'agency', 'api', 'master']);
export type MembershipKind = z.infer<typeof MembershipKind>;

export const IdentitySummary = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
});
export type IdentitySummary = z.infer<typeof IdentitySummary>;

export const SignedIn = z.object({
  token: z.string(),
  expiresAt: z.string(),
  identity: IdentitySummary,
});
export type SignedIn = z.infer<typeof SignedIn>;

export const Me = z.object({
  identity: IdentitySummary,
  memberships: z.array(z.object({ workspace: WorkspaceHandle, name: z.string(), role: MembershipKind })),
});
export type Me = z.infer<typeof Me>;
