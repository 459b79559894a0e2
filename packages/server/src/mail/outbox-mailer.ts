import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../security/clock.js';
import type { Mailer, MailMessage } from './mailer.js';

/** Without SMTP, messages land in the outbox table, where the demo and the owner read them. */
export function recordInOutbox(
  db: Knex,
  clock: Clock,
  message: MailMessage,
  transport: 'smtp' | 'outbox',
  sent: boolean,
): Promise<unknown> {
  const now = clock.now();
  return db('outbox').insert({
    id: randomUUID(),
    workspace_id: message.workspaceId,
    to_address: message.to,
    subject: message.subject,
    body: message.body,
    transport,
    created_at: now,
    sent_at: sent ? now : null,
  });
}

export function createOutboxMailer(db: Knex, clock: Clock): Mailer {
  return {
    transport: 'outbox',
    send: async (message) => {
      await recordInOutbox(db, clock, message, 'outbox', false);
    },
  };
}
