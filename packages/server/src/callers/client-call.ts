import type { ClientSessionRow } from '../cache/kept-client-sessions.js';
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
 * most of their wait. A client asking again finds them kept by this instance, without a round
 * trip, while nothing they say has changed (cache/kept-client-sessions.ts). Deciding what the
 * facts mean is left to the caller.
 */
export async function findClientSession(ctx: Context, token: string, handle: string): Promise<ClientSessionFacts> {
  const now = ctx.clock.now();
  const tokenHash = hashToken(token);
  const kept = ctx.kept.clientSessions;
  let row = kept.get(tokenHash, handle, now);
  if (!row) {
    const mark = kept.mark();
    // A named statement: PostgreSQL parses and plans it once per connection, not on every call.
    const { rows } = await ctx.db
      .raw(
        `select s.id, s.kind, s.identity_id, s.workspace_id, s.subject_id, s.preview, s.last_seen_at, s.idle_expires_at, s.expires_at,
              w.id as w_id, w.handle as w_handle, w.name as w_name, w.content_version as w_content_version,
              a.id as a_id, a.name as a_name, a.scope as a_scope, a.disabled_at as a_disabled_at, a.expires_at as a_expires_at
         from (select 1) as one
         left join sessions s on s.token_hash = ? and s.expires_at > ? and s.idle_expires_at > ?
         left join workspaces w on w.handle = ?
         left join client_accesses a on s.kind = 'access' and a.workspace_id = s.workspace_id and a.id = s.subject_id`,
        [tokenHash, now, now, handle],
      )
      .options({ name: 'foyer_client_session' });
    row = rows[0] as ClientSessionRow | undefined;
    // Only a client's own session in the workspace it names is kept: every other answer is a refusal.
    if (row?.id && row.kind === 'access' && row.a_id && row.w_id === row.workspace_id) kept.keep(tokenHash, handle, row, mark);
  }
  const found = row as (ClientSessionRow & SessionRow & Record<string, any>) | undefined;
  let session: Session | null = null;
  if (found?.id) {
    // The write is announced, which drops the kept row: the next call reads the new idle lifetime.
    if (await touchSession(ctx.db, now, ctx.config.sessions, found)) kept.drop(tokenHash, handle);
    session = toSession(found);
  }
  return {
    session,
    workspace: found?.w_id ? { id: found.w_id, handle: found.w_handle, name: found.w_name } : null,
    contentVersion: found?.w_id ? String(found.w_content_version) : null,
    access: found?.a_id ? { id: found.a_id, name: found.a_name, scope: found.a_scope, disabled_at: found.a_disabled_at, expires_at: found.a_expires_at } : null,
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
