import type { Language } from '@foyer/schema';
import type { MailMessage } from '../../mail/mailer.js';
import { invitation, passwordReset } from '../../mail/messages/team.js';

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

/**
 * Messages that carry a one-time link are not filed under the workspace: its outbox is read by
 * members (outbox.view), and whoever holds an invitation or reset link could use it. With SMTP
 * they are sent and recorded like any other message, without a workspace. Their words, in
 * every language, are in mail/messages/team.ts.
 */
export function invitationMail(facts: { to: string; workspaceName: string; inviterName: string; roleName: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return { workspaceId: null, to: facts.to, ...invitation[facts.language](facts) };
}

export function passwordResetMail(facts: { to: string; workspaceName: string; link: string; expiresAt: Date; language: Language }): MailMessage {
  return { workspaceId: null, to: facts.to, ...passwordReset[facts.language](facts) };
}
