interface ActivationFacts {
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
 * mail program and for the email the server sends.
 */
export function composeActivationMail(facts: ActivationFacts): { subject: string; body: string; mailto: string } {
  const subject = `Activate your account at ${facts.workspaceName}`;
  const body = [
    `Hello ${facts.contactName},`,
    '',
    `${facts.workspaceName} has opened an account for you. Follow this link to set your password, accept the terms of service and activate the account:`,
    '',
    facts.link,
    '',
    `The link works once and until ${facts.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC. If it has expired, ask ${facts.workspaceName} for a new activation request.`,
  ].join('\n');
  const mailto = `mailto:${encodeURIComponent(facts.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, body, mailto };
}
