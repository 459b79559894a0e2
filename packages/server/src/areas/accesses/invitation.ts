import type { AccessInvitation } from '@foyer/schema';

interface InvitationFacts {
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
 * owner reviews and for the email the server sends.
 */
export function composeInvitation(facts: InvitationFacts): AccessInvitation {
  const link = accessLink(facts.entryUrl, facts.code);
  const subject = `Your galleries at ${facts.workspaceName}`;
  const body = [
    `Hello ${facts.accessName},`,
    '',
    `${facts.workspaceName} has shared galleries with you. Open them all with one access code:`,
    '',
    `    ${facts.code}`,
    '',
    facts.entryUrl ? `Enter it here, or follow this link: ${link}` : 'Enter it on our website to see your galleries.',
    '',
    'New galleries appear there as soon as they are ready, with the same code.',
  ].join('\n');
  const mailto = `mailto:${facts.email ? encodeURIComponent(facts.email) : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { link, subject, body, mailto };
}
