import type { Language } from '@foyer/schema';
import { activationRequest } from '../../mail/messages/clients.js';

interface ActivationFacts {
  language: Language;
  workspaceName: string;
  contactName: string;
  email: string;
  link: string;
  expiresAt: Date;
}

/** The workspace's activation page with the token in its fragment, which never reaches a server log. */
export function activationLink(activationUrl: string | null, token: string): string {
  return `${activationUrl ?? ''}#token=${encodeURIComponent(token)}`;
}

/**
 * The activation request: the same text for the prefilled mailto the shop reviews in its own
 * mail program and for the email the server sends. Its words are in mail/messages/clients.ts.
 */
export function composeActivationMail(facts: ActivationFacts): { subject: string; body: string; mailto: string } {
  const { subject, body } = activationRequest[facts.language](facts);
  const mailto = `mailto:${encodeURIComponent(facts.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, body, mailto };
}
