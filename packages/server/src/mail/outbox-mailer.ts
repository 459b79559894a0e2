import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../security/clock.js';
import type { Mailer, MailMessage } from './mailer.js';
import { sealAttachment, sealMessageBody } from './outbox-messages.js';

/** Where the outbox records messages: the database, the clock, and the secret their text is sealed under. */
export interface OutboxStore {
  db: Knex;
  clock: Clock;
  secret: Buffer;
}

/**
 * Every message is recorded in the outbox: sent (SMTP), or waiting there when no SMTP is set up.
 * Its attachments are kept with it (sealed, as its text is), in the same database transaction.
 */
export async function recordInOutbox(store: OutboxStore, message: MailMessage, transport: 'smtp' | 'outbox', sent: boolean): Promise<void> {
  const now = store.clock.now();
  const id = randomUUID();
  const row = {
    id,
    workspace_id: message.workspaceId,
    to_address: message.to,
    subject: message.subject,
    body_sealed: sealMessageBody(store.secret, message.body),
    transport,
    created_at: now,
    sent_at: sent ? now : null,
  };
  const attachments = message.attachments ?? [];
  if (attachments.length === 0) {
    await store.db('outbox').insert(row);
    return;
  }
  await store.db.transaction(async (trx) => {
    await trx('outbox').insert(row);
    await trx('outbox_attachments').insert(
      attachments.map((file, position) => ({
        outbox_id: id,
        position,
        workspace_id: message.workspaceId,
        filename: file.filename,
        content_type: file.contentType,
        size: file.content.length,
        content_sealed: sealAttachment(store.secret, file.content),
      })),
    );
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
