import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../security/clock.js';
import type { Mailer, MailMessage } from './mailer.js';
import { sealMessageBody } from './outbox-messages.js';

/** Where the outbox records messages: the database, the clock, and the secret their text is sealed under. */
export interface OutboxStore {
  db: Knex;
  clock: Clock;
  secret: Buffer;
}

/** Every message is recorded in the outbox: sent (SMTP), or waiting there when no SMTP is set up. */
export function recordInOutbox(store: OutboxStore, message: MailMessage, transport: 'smtp' | 'outbox', sent: boolean): Promise<unknown> {
  const now = store.clock.now();
  return store.db('outbox').insert({
    id: randomUUID(),
    workspace_id: message.workspaceId,
    to_address: message.to,
    subject: message.subject,
    body_sealed: sealMessageBody(store.secret, message.body),
    transport,
    created_at: now,
    sent_at: sent ? now : null,
  });
}

/** Without SMTP, messages land in the outbox table, where the demo and the owner read them. */
export function createOutboxMailer(store: OutboxStore): Mailer {
  return {
    transport: 'outbox',
    send: async (message) => {
      await recordInOutbox(store, message, 'outbox', false);
    },
  };
}
