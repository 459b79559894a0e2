import type { MailMessage } from '../../mail/mailer.js';

const until = (date: Date) => `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** To the master account's address: the link leads to choosing its password. */
export function masterRegistrationMail(facts: { to: string; name: string; account: string; link: string; expiresAt: Date }): MailMessage {
  return {
    workspaceId: null,
    to: facts.to,
    subject: 'Confirm your master account',
    body: [
      `Hello ${facts.name},`,
      '',
      `You asked for a master account that starts with the seller account ${facts.account}. Choose the master account's password here:`,
      '',
      `    ${facts.link}`,
      '',
      `The link works once, until ${until(facts.expiresAt)}. If you did not ask for a master account, ignore this message: nothing is created.`,
    ].join('\n'),
  };
}

/** To the seller account's own address, never the master's: the account's holder confirms the link. */
export function accountLinkMail(facts: { to: string; account: string; accountId: string; master: string; link: string; expiresAt: Date }): MailMessage {
  return {
    workspaceId: facts.accountId,
    to: facts.to,
    subject: `Link ${facts.account} to a master account`,
    body: [
      'Hello,',
      '',
      `The master account of ${facts.master} asked to link your seller account ${facts.account}. Once linked, that master account opens ${facts.account} without its password, and its users work in it as they are allowed. Confirm it here:`,
      '',
      `    ${facts.link}`,
      '',
      `The link works once, until ${until(facts.expiresAt)}. If this was not you, ignore this message and change the account's password: someone knows it.`,
    ].join('\n'),
  };
}
