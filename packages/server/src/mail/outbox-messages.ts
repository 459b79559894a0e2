import type { Knex } from 'knex';
import { seal, unseal } from '../security/sealed.js';

/**
 * The outbox's messages. Their text carries what they were sent to deliver (an access code, a
 * one-time link), so it is kept sealed under the instance secret (migration 027): a copy of
 * the database does not give it away, and only the server, holding the secret, reads it back.
 */
const purpose = 'outbox-body';

export function sealMessageBody(secret: Buffer, body: string): Buffer {
  return seal(secret, purpose, Buffer.from(body, 'utf8'));
}

function openMessageBody(secret: Buffer, sealed: Buffer | null): string | null {
  if (!sealed) return null;
  try {
    return unseal(secret, purpose, Buffer.from(sealed)).toString('utf8');
  } catch {
    // Sealed under another instance secret: unreadable, never wrong.
    return null;
  }
}

export interface OutboxMessage {
  id: string;
  workspaceId: string | null;
  to: string;
  subject: string;
  /** The text; null when it was kept before migration 027 or sealed under another instance secret. */
  body: string | null;
  transport: 'smtp' | 'outbox';
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxQuery {
  /** A workspace's messages; mail about an identity rather than a workspace has none. */
  workspaceId?: string;
  /** Messages to this address, in any case. */
  to?: string;
  limit?: number;
}

/** The outbox columns `outboxMessages` selects, as the database driver hands them over. */
interface OutboxRow {
  id: string;
  workspace_id: string | null;
  to_address: string;
  subject: string;
  body_sealed: Buffer | null;
  transport: OutboxMessage['transport'];
  created_at: Date | string;
  sent_at: Date | string | null;
}

/**
 * Messages, newest first: for the owner's outbox view, and for a host back-end that delivers
 * the outbox by its own means when Foyer has no SMTP server.
 */
export async function outboxMessages(deps: { db: Knex; secret: Buffer }, query: OutboxQuery): Promise<OutboxMessage[]> {
  let rows = deps.db('outbox').select('id', 'workspace_id', 'to_address', 'subject', 'body_sealed', 'transport', 'created_at', 'sent_at');
  if (query.workspaceId !== undefined) rows = rows.where({ workspace_id: query.workspaceId });
  if (query.to !== undefined) rows = rows.whereRaw('lower(to_address) = lower(?)', [query.to]);
  const found: OutboxRow[] = await rows
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(query.limit ?? 100);
  return found.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    to: r.to_address,
    subject: r.subject,
    body: openMessageBody(deps.secret, r.body_sealed),
    transport: r.transport,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
  }));
}
