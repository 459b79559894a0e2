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

/** A message's attachment is kept as its text is: a receipt names its customer. */
const attachmentPurpose = 'outbox-attachment';

export function sealAttachment(secret: Buffer, content: Buffer): Buffer {
  return seal(secret, attachmentPurpose, content);
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
  /** The files sent with it, in order; their bytes are read with outboxAttachment. */
  attachments: OutboxAttachmentSummary[];
}

export interface OutboxAttachmentSummary {
  filename: string;
  contentType: string;
  size: number;
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
  const attachments = new Map<string, OutboxAttachmentSummary[]>();
  if (found.length > 0) {
    const files: Array<{ outbox_id: string; filename: string; content_type: string; size: number }> = await deps
      .db('outbox_attachments')
      .select('outbox_id', 'filename', 'content_type', 'size')
      .whereIn(
        'outbox_id',
        found.map((r) => r.id),
      )
      .orderBy(['outbox_id', 'position']);
    for (const f of files) attachments.set(f.outbox_id, [...(attachments.get(f.outbox_id) ?? []), { filename: f.filename, contentType: f.content_type, size: Number(f.size) }]);
  }
  return found.map((r) => ({
    id: r.id,
    workspaceId: r.workspace_id,
    to: r.to_address,
    subject: r.subject,
    body: openMessageBody(deps.secret, r.body_sealed),
    transport: r.transport,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    attachments: attachments.get(r.id) ?? [],
  }));
}

/**
 * One attachment of an outbox message, its bytes opened: for a host back-end that delivers the
 * outbox itself. Undefined when there is none, or when it was sealed under another instance secret.
 */
export async function outboxAttachment(deps: { db: Knex; secret: Buffer }, outboxId: string, position: number): Promise<(OutboxAttachmentSummary & { content: Buffer }) | undefined> {
  const row: { filename: string; content_type: string; size: number; content_sealed: Buffer } | undefined = await deps
    .db('outbox_attachments')
    .select('filename', 'content_type', 'size', 'content_sealed')
    .where({ outbox_id: outboxId, position })
    .first();
  if (!row) return undefined;
  try {
    const content = unseal(deps.secret, attachmentPurpose, Buffer.from(row.content_sealed));
    return { filename: row.filename, contentType: row.content_type, size: Number(row.size), content };
  } catch {
    return undefined;
  }
}
