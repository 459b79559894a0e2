export interface MailMessage {
  workspaceId: string | null;
  to: string;
  subject: string;
  body: string;
}

/** The port for email: SMTP when configured, otherwise the outbox table. */
export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
}
