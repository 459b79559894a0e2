import type { ActivityEntry, ActivityPage, ListActivityInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest } from '../../errors.js';
import { selectActivity, type ActivityRow } from './queries.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor names the last entry of a page; it is opaque to callers. */
function encodeCursor(row: ActivityRow): string {
  return Buffer.from(`${new Date(row.at).toISOString()}|${row.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const when = new Date(at ?? '');
  if (extra !== undefined || !id || !uuid.test(id) || Number.isNaN(when.getTime())) throw badRequest('INVALID_CURSOR');
  return { at: when, id };
}

function toEntry(workspace: string, row: ActivityRow): ActivityEntry {
  const kind = row.actor_kind as ActivityEntry['actor']['kind'];
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: { identityId: row.actor_identity_id, email: row.email, name: row.name, kind },
    via: {
      // An agency acts as its own account: the grant it used is the workspace's, so the agency is named.
      agency: kind === 'agency' ? (row.name ?? row.email) : null,
      apiKey: row.via_api_key_id ? `API key …${row.key_hint ?? ''}` : null,
    },
    workspace,
    action: row.action,
    subjectIds: row.subject_ids ?? {},
    details: row.details,
  };
}

/** One page of the workspace's activity, newest first, with the cursor of the next page. */
export async function listActivity(ctx: MemberContext, input: z.output<typeof ListActivityInput>): Promise<ActivityPage> {
  const rows = await selectActivity(ctx.db, ctx.workspace.id, {
    actor: input.actor,
    action: input.action,
    from: input.from ? new Date(input.from) : undefined,
    to: input.to ? new Date(input.to) : undefined,
    before: input.after ? decodeCursor(input.after) : undefined,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return {
    entries: page.map((row) => toEntry(ctx.workspace.handle, row)),
    nextCursor: rows.length > input.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}
