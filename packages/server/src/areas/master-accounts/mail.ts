import type { Language } from '@foyer/schema';
import type { MailMessage } from '../../mail/mailer.js';
import { accountLink, masterRegistration } from '../../mail/messages/marketplace.js';

// The words of these mails, in every language, are in mail/messages/marketplace.ts.

/** To the master account's address: the link leads to choosing its password. */
export function masterRegistrationMail(facts: { to: string; name: string; account: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return { workspaceId: null, to: facts.to, ...masterRegistration[facts.language](facts) };
}

/** To the seller account's own address, never the master's: the account's holder confirms the link. */
export function accountLinkMail(facts: { to: string; account: string; accountId: string; master: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return { workspaceId: facts.accountId, to: facts.to, ...accountLink[facts.language](facts) };
}
