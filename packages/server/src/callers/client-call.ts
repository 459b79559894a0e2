import type { Context } from '../context.js';
import { notFound, unauthorized } from '../errors.js';
import { toSession, touchSession, type Session, type SessionRow } from '../security/sessions.js';
import { hashToken } from '../security/tokens.js';
import type { WorkspaceRef } from '../security/principals.js';

/** The access a client session is limited to, as it stands now. */
export interface SessionAccess {
  id: string;
  name: string;
  scope: 'navigation' | 'explicit';
  disabled_at: Date | null;
  expires_at: Date | null;
}

export interface ClientSessionFacts {
  session: Session | null;
  /** The workspace the call names, or null when no workspace has that handle. */
  workspace: WorkspaceRef | null;
  /** The workspace's content version (migration 007): equal means nothing an overview shows has changed. */
  contentVersion: string | null;
  /** The session's access, or null when the session is not a client's or the access is gone. */
  access: SessionAccess | null;
}

/**
 * A client call's session, the workspace it names and the session's access, in one round
 * trip: client calls are the busiest in Foyer, and three look-ups one after the other were
 * most of their wait. Deciding what the facts mean is left to the caller.
 */
export async function findClientSession(ctx: Context, token: string, handle: string): Promise<ClientSessionFacts> {
  const now = ctx.clock.now();
  // A named statement: PostgreSQL parses and plans it once per connection, not on every call.
  const { rows } = await ctx.db
    .raw(
      `select s.id, s.kind, s.identity_id, s.workspace_id, s.subject_id, s.preview, s.last_seen_at, s.expires_at,
            w.id as w_id, w.handle as w_handle, w.name as w_name, w.content_version as w_content_version,
            a.id as a_id, a.name as a_name, a.scope as a_scope, a.disabled_at as a_disabled_at, a.expires_at as a_expires_at
       from (select 1) as one
       left join sessions s on s.token_hash = ? and s.expires_at > ? and s.idle_expires_at > ?
       left join workspaces w on w.handle = ?
       left join client_accesses a on s.kind = 'access' and a.workspace_id = s.workspace_id and a.id = s.subject_id`,
      [hashToken(token), now, now, handle],
    )
    .options({ name: 'foyer_client_session' });
  const row = rows[0] as (SessionRow & Record<string, any>) | undefined;
  let session: Session | null = null;
  if (row?.id) {
    await touchSession(ctx.db, now, ctx.config.sessions, row);
    session = toSession(row);
  }
  return {
    session,
    workspace: row?.w_id ? { id: row.w_id, handle: row.w_handle, name: row.w_name } : null,
    contentVersion: row?.w_id ? String(row.w_content_version) : null,
    access: row?.a_id ? { id: row.a_id, name: row.a_name, scope: row.a_scope, disabled_at: row.a_disabled_at, expires_at: row.a_expires_at } : null,
  };
}

/** A client's call in the workspace it names: the session, the workspace and the access as they stand now. */
export interface ClientCall {
  session: Session;
  workspace: WorkspaceRef;
  accessId: string;
  /** The session's access; the procedure decides what a disabled, expired or missing one means. */
  access: SessionAccess | null;
  contentVersion: string | null;
}

/**
 * Who a client call is, or the refusal. The answers stay those of reading the facts one by one:
 * no session first, then an unknown workspace, then a foreign one.
 */
export async function clientCall(ctx: Context, token: string | null, handle: string): Promise<ClientCall> {
  const found = token ? await findClientSession(ctx, token, handle) : null;
  const session = found?.session;
  if (!found || !session || session.kind !== 'access' || !session.workspaceId || !session.subjectId) {
    throw unauthorized('NOT_SIGNED_IN');
  }
  if (!found.workspace) throw notFound('WORKSPACE_NOT_FOUND');
  // A client session of one workspace never acts in another, whatever the call names.
  if (found.workspace.id !== session.workspaceId) throw unauthorized('NOT_SIGNED_IN');
  return { session, workspace: found.workspace, accessId: session.subjectId, access: found.access, contentVersion: found.contentVersion };
}
