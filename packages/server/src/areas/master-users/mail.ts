import type { Language } from '@foyer/schema';
import type { MailMessage } from '../../mail/mailer.js';
import { addedMasterUser, newMasterUser } from '../../mail/messages/marketplace.js';

// The words of these mails, in every language, are in mail/messages/marketplace.ts.

/** To a new user who signs in to the interface: the link confirms the address and sets their own password. */
export function newUserMail(facts: { to: string; name: string; master: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return { workspaceId: null, to: facts.to, ...newMasterUser[facts.language](facts) };
}

/** To a person who already has a login: nothing to set up, the master account is one more place it opens. */
export function addedUserMail(facts: { to: string; master: string; signInUrl: string; language: Language }): MailMessage {
  return { workspaceId: null, to: facts.to, ...addedMasterUser[facts.language](facts) };
}
