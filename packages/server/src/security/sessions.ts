import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { SessionLifetime } from '../config.js';
import type { Clock } from './clock.js';
import { isApiKey } from './api-keys.js';
import { hashToken, newToken } from './tokens.js';

/** `second-factor`: a sign-in that passed the password and waits for its second factor; it opens nothing. */
export type SessionKind = 'identity' | 'access' | 'gallery' | 'second-factor';

export interface Session {
  id: string;
  kind: SessionKind;
  identityId: string | null;
  workspaceId: string | null;
  /** The access (kind `access`) or gallery (kind `gallery`) the session is limited to. */
  subjectId: string | null;
  preview: boolean;
  /** When the session passed a second factor, if it did. */
  secondFactorAt: Date | null;
  /** When the session ends at the latest. */
  expiresAt: Date;
}

export interface NewSession {
  kind: SessionKind;
  identityId?: string;
  workspaceId?: string;
  subjectId?: string;
  preview?: boolean;
  secondFactorAt?: Date;
  /** Where the request that opened it came from, for the person's list of their sessions. */
  source?: string;
  userAgent?: string | null;
}

/** Starts a session with a new random token; only the token's hash is stored. */
export async function startSession(db: Knex, clock: Clock, lifetime: SessionLifetime, session: NewSession): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = newToken();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + lifetime.absoluteMs);
  const id = randomUUID();
  await db('sessions').insert({
    id,
    token_hash: hashToken(token),
    kind: session.kind,
    identity_id: session.identityId ?? null,
    workspace_id: session.workspaceId ?? null,
    subject_id: session.subjectId ?? null,
    preview: session.preview ?? false,
    second_factor_at: session.secondFactorAt ?? null,
    source: session.source ?? null,
    user_agent: session.userAgent?.slice(0, 300) ?? null,
    created_at: now,
    last_seen_at: now,
    idle_expires_at: new Date(Math.min(now.getTime() + lifetime.idleMs, expiresAt.getTime())),
    expires_at: expiresAt,
  });
  return { id, token, expiresAt };
}

// Writing on every request would make each read a write; a minute of slack on idle expiry is not.
const touchEveryMs = 60_000;

/** The columns of a session row that `toSession` and `touchSession` read. */
const sessionColumns = ['id', 'kind', 'identity_id', 'workspace_id', 'subject_id', 'preview', 'second_factor_at', 'last_seen_at', 'expires_at'] as const;

export interface SessionRow {
  id: string;
  kind: string;
  identity_id: string | null;
  workspace_id: string | null;
  subject_id: string | null;
  preview: boolean;
  second_factor_at?: Date | string | null;
  last_seen_at: Date | string;
  expires_at: Date | string;
}

/** The live session a token belongs to, or null; extends its idle lifetime as it is used. */
export async function findSession(db: Knex, clock: Clock, lifetimes: Record<SessionKind, SessionLifetime>, token: string): Promise<Session | null> {
  const now = clock.now();
  const row = await db('sessions')
    .select(...sessionColumns)
    .where({ token_hash: hashToken(token) })
    .andWhere('expires_at', '>', now)
    .andWhere('idle_expires_at', '>', now)
    .first();
  if (!row) return null;
  await touchSession(db, now, lifetimes, row);
  return toSession(row);
}

/**
 * Extends a found session's idle lifetime, at most once a minute; true when it did. For callers
 * that find the session themselves, in a query that also fetches what the request needs next.
 */
export async function touchSession(db: Knex, now: Date, lifetimes: Record<SessionKind, SessionLifetime>, row: SessionRow): Promise<boolean> {
  if (now.getTime() - new Date(row.last_seen_at).getTime() < touchEveryMs) return false;
  const idleUntil = Math.min(now.getTime() + lifetimes[row.kind as SessionKind].idleMs, new Date(row.expires_at).getTime());
  await db('sessions')
    .where({ id: row.id })
    .update({ last_seen_at: now, idle_expires_at: new Date(idleUntil) });
  return true;
}

export function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    kind: row.kind as SessionKind,
    identityId: row.identity_id,
    workspaceId: row.workspace_id,
    subjectId: row.subject_id,
    preview: row.preview,
    secondFactorAt: row.second_factor_at ? new Date(row.second_factor_at) : null,
    expiresAt: new Date(row.expires_at),
  };
}

/** A person's session, opened from where the request came: they see it in their list of sessions. */
export function startIdentitySession(
  ctx: { db: Knex; clock: Clock; config: { sessions: Record<SessionKind, SessionLifetime> }; source: string; userAgent?: string | null },
  identityId: string,
  secondFactorAt?: Date,
): Promise<{ token: string; expiresAt: Date }> {
  return startSession(ctx.db, ctx.clock, ctx.config.sessions.identity, { kind: 'identity', identityId, secondFactorAt, source: ctx.source, userAgent: ctx.userAgent });
}

/**
 * The identity a public call is signed in as, if any: for the pages of one-time links, where a
 * person who has an account proves it by signing in first. An API key is not a person.
 */
export async function signedInSession(ctx: {
  db: Knex;
  clock: Clock;
  config: { sessions: Record<SessionKind, SessionLifetime> };
  token: string | null;
}): Promise<(Session & { identityId: string }) | null> {
  if (!ctx.token || isApiKey(ctx.token)) return null;
  const session = await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token);
  return session?.kind === 'identity' && session.identityId ? { ...session, identityId: session.identityId } : null;
}

export async function endSession(db: Knex, sessionId: string): Promise<void> {
  await db('sessions').where({ id: sessionId }).delete();
}

/** Ends every session limited to one access: used when it is disabled, rotated or deleted. */
export async function endSessionsOf(db: Knex, workspaceId: string, subjectId: string): Promise<void> {
  await db('sessions').where({ workspace_id: workspaceId, subject_id: subjectId }).delete();
}
