import type { OwnSession, SessionsEnded } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';

/**
 * A person's own sign-in sessions, so they can see where they are signed in and end what they
 * do not recognize. Clients' code sessions and gallery unlocks are not theirs to list: they
 * belong to an access, not to the identity.
 */
export async function listOwnSessions(ctx: Context, session: { id: string; identityId: string }): Promise<OwnSession[]> {
  const rows = await ctx
    .db('sessions')
    .select('id', 'created_at', 'last_seen_at', 'source', 'user_agent')
    .where({ identity_id: session.identityId, kind: 'identity' })
    .andWhere('expires_at', '>', ctx.clock.now())
    .andWhere('idle_expires_at', '>', ctx.clock.now())
    .orderBy([{ column: 'last_seen_at', order: 'desc' }, { column: 'id' }]);
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.created_at).toISOString(),
    lastUsedAt: new Date(r.last_seen_at).toISOString(),
    source: r.source,
    userAgent: r.user_agent,
    current: r.id === session.id,
  }));
}

/** Ends one of the person's sessions (this one too, which signs out). Another's is "not found". */
export async function endOwnSession(ctx: Context, session: { identityId: string }, sessionId: string): Promise<SessionsEnded> {
  const ended = await ctx.db('sessions').where({ id: sessionId, identity_id: session.identityId }).whereIn('kind', ['identity', 'second-factor']).delete(['id']);
  if (ended.length === 0) throw notFound('SESSION_NOT_FOUND');
  return { ended: ended.length };
}

/** Every session of the identity but this one, half-finished sign-ins included. */
export async function endOtherSessions(db: Knex, session: { id: string; identityId: string }): Promise<number> {
  const ended = await db('sessions').where({ identity_id: session.identityId }).whereNot({ id: session.id }).whereIn('kind', ['identity', 'second-factor']).delete(['id']);
  return ended.length;
}
