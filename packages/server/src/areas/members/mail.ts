import type { MailMessage } from '../../mail/mailer.js';

/** The host's page where team members follow their links: its account page, else its entry page. */
export interface TeamPages {
  activation_url: string | null;
  entry_url: string | null;
}

/**
 * An invitation to this workspace, on the workspace's own page: it concerns this workspace
 * alone. A workspace with no page of its own (an email-marketing workspace worked only through
 * the team's pages) sends it to the operator's page (`publicUrl`), where links that change the
 * whole login (a password reset) go too (identity/account-links.ts). The token rides in the
 * fragment, which never reaches a server log.
 */
export function teamLink(pages: TeamPages, operatorPage: string | null, purpose: 'invitation', token: string): string {
  return `${pages.activation_url ?? pages.entry_url ?? operatorPage ?? ''}#${purpose}=${token}`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Messages that carry a one-time link are not filed under the workspace: its outbox is read by
 * members (outbox.view), and whoever holds an invitation or reset link could use it. With SMTP
 * they are sent and recorded like any other message, without a workspace.
 */
export function invitationMail(facts: { to: string; workspaceName: string; inviterName: string; roleName: string; link: string; expiresAt: Date }): MailMessage {
  return {
    workspaceId: null,
    to: facts.to,
    subject: `${facts.inviterName} invites you to ${facts.workspaceName}`,
    body: [
      'Hello,',
      '',
      `${facts.inviterName} invites you to join ${facts.workspaceName} as ${facts.roleName}.`,
      '',
      `Accept the invitation here: ${facts.link}`,
      '',
      `The link works once, for ${facts.to} only, until ${day(facts.expiresAt)}. If it has expired, ask ${facts.inviterName} to send the invitation again: the new email holds a fresh link.`,
    ].join('\n'),
  };
}

export function passwordResetMail(facts: { to: string; workspaceName: string; link: string; expiresAt: Date }): MailMessage {
  return {
    workspaceId: null,
    to: facts.to,
    subject: `Choose a new password for ${facts.workspaceName}`,
    body: [
      'Hello,',
      '',
      `An administrator of ${facts.workspaceName} asked for your password to be reset. Choose a new one here:`,
      '',
      `    ${facts.link}`,
      '',
      `The link works once, until ${facts.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC. Choosing a new password signs you out everywhere else.`,
      'Your current password keeps working until you choose a new one.',
    ].join('\n'),
  };
}
