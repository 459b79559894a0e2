import type { Language } from '@foyer/schema';
import type { MailMessage } from '../../mail/mailer.js';
import { alreadyHaveAccount, confirmEmailChange, confirmSignUp, emailChangeNotice, passwordChanged, selfServiceReset } from '../../mail/messages/identity.js';
import type { MailText } from '../../mail/messages/letter.js';

// The words of these mails, in every language, are in mail/messages/identity.ts.

/** Mail about a person's own account belongs to no workspace: no workspace's outbox shows it. */
function accountMail(to: string, text: MailText): MailMessage {
  return { workspaceId: null, to, ...text };
}

export function confirmSignUpMail(facts: { to: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return accountMail(facts.to, confirmSignUp[facts.language](facts));
}

/** Sent instead of a confirmation when the address has an account: the page answered the same. */
export function alreadyHaveAccountMail(facts: { to: string; signInUrl: string; agency: boolean; language: Language }): MailMessage {
  return accountMail(facts.to, alreadyHaveAccount[facts.language](facts));
}

export function confirmEmailChangeMail(facts: { to: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return accountMail(facts.to, confirmEmailChange[facts.language](facts));
}

/** To the old address: whoever asked, the owner of the account learns of it while it can still act. */
export function emailChangeNoticeMail(facts: { to: string; newEmail: string; confirmed: boolean; language: Language }): MailMessage {
  return accountMail(facts.to, emailChangeNotice[facts.language](facts));
}

export function selfServiceResetMail(facts: { to: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return accountMail(facts.to, selfServiceReset[facts.language](facts));
}

export function passwordChangedMail(facts: { to: string; language: Language }): MailMessage {
  return accountMail(facts.to, passwordChanged[facts.language]({}));
}
