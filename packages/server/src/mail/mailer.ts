/** A file sent with a message, such as a receipt's PDF. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MailMessage {
  workspaceId: string | null;
  to: string;
  subject: string;
  body: string;
  attachments?: readonly MailAttachment[];
}

/** The port for email: SMTP when configured, otherwise the outbox table. */
export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
}
