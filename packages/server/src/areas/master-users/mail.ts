import type { MailMessage } from '../../mail/mailer.js';

/** To a new user who signs in to the interface: the link confirms the address and sets their own password. */
export function newUserMail(facts: { to: string; name: string; master: string; link: string; expiresAt: Date }): MailMessage {
  return {
    workspaceId: null,
    to: facts.to,
    subject: `Your login for the master account of ${facts.master}`,
    body: [
      `Hello ${facts.name},`,
      '',
      `The master account of ${facts.master} made a login for you. Confirm your address and choose your password here:`,
      '',
      `    ${facts.link}`,
      '',
      `The link works once, until ${facts.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC. If you do not expect this, ignore this message.`,
    ].join('\n'),
  };
}

/** To a person who already has a login: nothing to set up, the master account is one more place it opens. */
export function addedUserMail(facts: { to: string; master: string; signInUrl: string }): MailMessage {
  return {
    workspaceId: null,
    to: facts.to,
    subject: `You were added to the master account of ${facts.master}`,
    body: ['Hello,', '', `The master account of ${facts.master} added your login as one of its users. Sign in as usual:`, '', `    ${facts.signInUrl}`].join('\n'),
  };
}
