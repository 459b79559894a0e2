import type { AccessInvitation, Language } from '@foyer/schema';
import { accessInvitation } from '../../mail/messages/clients.js';

interface InvitationFacts {
  language: Language;
  workspaceName: string;
  accessName: string;
  email: string | null;
  code: string;
  entryUrl: string | null;
}

/** The owner's entry page with the code in its fragment, which never reaches a server log. */
export function accessLink(entryUrl: string | null, code: string): string {
  return `${entryUrl ?? ''}#code=${encodeURIComponent(code)}`;
}

/**
 * The message that hands a client their code: the same text for the prefilled mailto the
 * owner reviews and for the email the server sends. Its words are in mail/messages/clients.ts.
 */
export function composeInvitation(facts: InvitationFacts): AccessInvitation {
  const link = accessLink(facts.entryUrl, facts.code);
  const { subject, body } = accessInvitation[facts.language]({ ...facts, link: facts.entryUrl ? link : null });
  const mailto = `mailto:${facts.email ? encodeURIComponent(facts.email) : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { link, subject, body, mailto };
}
