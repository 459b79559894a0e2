import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export type ActorKind = 'owner' | 'member' | 'contact' | 'agency' | 'api' | 'master' | 'public';

export interface Change {
  workspaceId: string;
  at: Date;
  actorIdentityId: string | null;
  actorKind: ActorKind;
  viaApiKeyId: string | null;
  action: string;
  subjectIds: Record<string, string | string[]>;
  details: Record<string, unknown> | null;
}

/** Writes one change to the workspace's activity log. */
export async function recordChange(db: Knex, change: Change): Promise<void> {
  await db('audit_log').insert({
    id: randomUUID(),
    workspace_id: change.workspaceId,
    at: change.at,
    actor_identity_id: change.actorIdentityId,
    actor_kind: change.actorKind,
    via_api_key_id: change.viaApiKeyId,
    action: change.action,
    subject_ids: JSON.stringify(change.subjectIds),
    details: change.details ? JSON.stringify(change.details) : null,
  });
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && uuid.test(value);

/**
 * The ids a call named, by input field (`contactId`, `galleryIds` …). Only well-formed ids
 * are taken, so nothing else the input holds (codes, passwords, text) reaches the log.
 */
export function subjectIdsOf(input: unknown): Record<string, string | string[]> {
  const ids: Record<string, string | string[]> = {};
  if (!input || typeof input !== 'object') return ids;
  for (const [field, value] of Object.entries(input)) {
    if (field.endsWith('Id') && isUuid(value)) ids[field] = value;
    else if (field.endsWith('Ids') && Array.isArray(value)) {
      const list = value.filter(isUuid).slice(0, 500);
      if (list.length > 0) ids[field] = list;
    }
  }
  return ids;
}

/**
 * A change to a person's own account (a password, an email, a second factor), written to the
 * activity log of every workspace they belong to, each naming them by how they belong there:
 * a workspace whose team or clients sign in with that account should see it change.
 */
export async function recordIdentityChange(db: Knex, change: Pick<Change, 'at' | 'action' | 'subjectIds' | 'details'> & { identityId: string }): Promise<void> {
  await db.raw(
    `insert into audit_log (id, workspace_id, at, actor_identity_id, actor_kind, via_api_key_id, action, subject_ids, details)
     select gen_random_uuid(), m.workspace_id, ?, m.identity_id, m.kind, null, ?, ?, ?
       from memberships m
      where m.identity_id = ?`,
    [change.at, change.action, JSON.stringify(change.subjectIds), change.details ? JSON.stringify(change.details) : null, change.identityId],
  );
}
