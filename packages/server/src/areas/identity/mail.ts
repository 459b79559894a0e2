import type { MailMessage } from '../../mail/mailer.js';

const until = (date: Date) => `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** Mail about a person's own account belongs to no workspace: no workspace's outbox shows it. */
function accountMail(to: string, subject: string, lines: string[]): MailMessage {
  return { workspaceId: null, to, subject, body: ['Hello,', '', ...lines].join('\n') };
}

export function confirmSignUpMail(facts: { to: string; link: string; expiresAt: Date }): MailMessage {
  return accountMail(facts.to, 'Confirm your email address', [
    'Someone — hopefully you — asked for an account with this email address. Confirm it here to start using it:',
    '',
    `    ${facts.link}`,
    '',
    `The link works once, until ${until(facts.expiresAt)}. If you did not ask for an account, ignore this message: nothing is created.`,
  ]);
}

/** Sent instead of a confirmation when the address has an account: the page answered the same. */
export function alreadyHaveAccountMail(facts: { to: string; signInUrl: string; agency: boolean }): MailMessage {
  return accountMail(facts.to, 'You already have an account', [
    'Someone — hopefully you — asked for a new account with this email address, but it already has one.',
    facts.agency
      ? 'An agency account needs an email address used for nothing else: register the agency with another address.'
      : 'Sign in with it instead. If you forgot its password, ask for a new one on the sign-in page.',
    '',
    `    ${facts.signInUrl}`,
    '',
    'If this was not you, ignore this message: nothing changed.',
  ]);
}

export function confirmEmailChangeMail(facts: { to: string; link: string; expiresAt: Date }): MailMessage {
  return accountMail(facts.to, 'Confirm your new email address', [
    'Your account asked to use this email address from now on. Confirm it here:',
    '',
    `    ${facts.link}`,
    '',
    `The link works once, until ${until(facts.expiresAt)}. Until then the account keeps its old address. Confirming signs you out everywhere else.`,
  ]);
}

/** To the old address: whoever asked, the owner of the account learns of it while it can still act. */
export function emailChangeNoticeMail(facts: { to: string; newEmail: string; confirmed: boolean }): MailMessage {
  return accountMail(facts.to, facts.confirmed ? 'Your email address was changed' : 'A new email address was asked for your account', [
    facts.confirmed
      ? `Your account now signs in with ${facts.newEmail} instead of this address, and every other session was ended.`
      : `Your account asked to sign in with ${facts.newEmail} from now on. Nothing changes until that address confirms it.`,
    '',
    'If this was not you, sign in, change your password, and end the sessions you do not know.',
  ]);
}

export function selfServiceResetMail(facts: { to: string; link: string; expiresAt: Date }): MailMessage {
  return accountMail(facts.to, 'Choose a new password', [
    'Someone — hopefully you — asked for a new password for your account. Choose one here:',
    '',
    `    ${facts.link}`,
    '',
    `The link works once, until ${until(facts.expiresAt)}. Choosing a new password signs you out everywhere else. Your current password keeps working until then; if you did not ask, ignore this message.`,
  ]);
}

export function passwordChangedMail(facts: { to: string }): MailMessage {
  return accountMail(facts.to, 'Your password was changed', [
    'The password of your account was just changed, and every other session was ended.',
    '',
    'If this was not you, ask for a new password on the sign-in page at once.',
  ]);
}
