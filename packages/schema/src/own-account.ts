import { z } from 'zod';
import { Email, Id } from './common.js';
import { OneTimeToken } from './members.js';
import { CurrentPassword } from './second-factor.js';
import { Password } from './identities.js';
import { languages } from './languages.js';

/**
 * A request that mails a link to an address someone typed (a sign-up, a forgotten password, a
 * new email). The answer is the same whether or not an account has the address: it never tells.
 */
export const LinkRequested = z.object({ sentTo: z.string() });
export type LinkRequested = z.infer<typeof LinkRequested>;

/** The token of an emailed link that confirms a sign-up or a new email address. */
export const AccountLinkInput = z.object({ token: OneTimeToken });
export type AccountLinkInput = z.infer<typeof AccountLinkInput>;

export const RequestPasswordResetInput = z.object({ email: Email });
export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetInput>;

/** A new password needs the current one: a session left open on a shared computer is not enough. */
export const ChangePasswordInput = z.object({ currentPassword: CurrentPassword, newPassword: Password });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** One of the identity's own sessions, as its list of sessions shows it. */
export const OwnSession = z.object({
  id: Id,
  createdAt: z.string(),
  lastUsedAt: z.string(),
  /** The address the session was opened from, behind the proxies the server trusts. */
  source: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type OwnSession = z.infer<typeof OwnSession>;

export const EndSessionInput = z.object({ sessionId: Id });
export type EndSessionInput = z.infer<typeof EndSessionInput>;

export const SessionsEnded = z.object({ ended: z.number().int() });
export type SessionsEnded = z.infer<typeof SessionsEnded>;

/** The language mail to this person is written in; null: the language of the page they use. */
export const SetLanguageInput = z.object({ language: z.enum(languages).nullable() });
export type SetLanguageInput = z.infer<typeof SetLanguageInput>;

export const LanguageSet = z.object({ language: z.enum(languages).nullable() });
export type LanguageSet = z.infer<typeof LanguageSet>;
