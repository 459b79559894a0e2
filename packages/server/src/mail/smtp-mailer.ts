import nodemailer from 'nodemailer';
import type { Mailer } from './mailer.js';
import { recordInOutbox, type OutboxStore } from './outbox-mailer.js';

export interface SmtpOptions {
  /** e.g. `smtp://user:pass@mail.example.com:587` */
  url: string;
  from: string;
}

/** Sends through SMTP with nodemailer, and keeps a record of what went out in the outbox. */
export function createSmtpMailer(store: OutboxStore, options: SmtpOptions): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    transport: 'smtp',
    send: async (message) => {
      await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.body,
        attachments: message.attachments?.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content })),
      });
      await recordInOutbox(store, message, 'smtp', true);
    },
  };
}
