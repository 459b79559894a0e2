import { z } from 'zod';
import { DisplayText, Email, InWorkspace, NoteText } from './common.js';
import { ApiKeySummary } from './members.js';
import { RoleChoice, RoleSummary } from './roles.js';

/**
 * An API key as sent in `Authorization: Bearer …`: `fy_` and 256 random bits. The prefix
 * tells a key from a session token; only the key's hash is stored.
 */
export const ApiKey = z.string().regex(/^fy_[A-Za-z0-9_-]{43}$/, { error: 'is not a valid API key' });

/** A user who works through the API only: no password, no sign-in to the interface, no password email. */
export const CreateApiUserInput = InWorkspace.extend({
  email: Email,
  /** What the user is for, e.g. its expected role. */
  description: NoteText(500).default(''),
  firstName: DisplayText(60),
  lastName: DisplayText(60),
  role: RoleChoice,
});
export type CreateApiUserInput = z.input<typeof CreateApiUserInput>;

export const ApiUser = z.object({
  identityId: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  role: RoleSummary,
  disabled: z.boolean(),
  apiKey: ApiKeySummary.nullable(),
});
export type ApiUser = z.infer<typeof ApiUser>;

/** The key is in this answer once, and never again: the server keeps only its hash. */
export const ApiUserWithKey = z.object({ user: ApiUser, apiKey: z.string() });
export type ApiUserWithKey = z.infer<typeof ApiUserWithKey>;

export const IssuedApiKey = z.object({ apiKey: z.string(), hint: z.string() });
export type IssuedApiKey = z.infer<typeof IssuedApiKey>;
