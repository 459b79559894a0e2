import type { EndSessionInput, OwnSession, SessionsEnded } from '@foyer/schema';
import type { z } from 'zod';
import type { SignedInContext } from '../../callers/contexts.js';
import { notFound } from '../../errors.js';
import { deleteSignInSessions, openSessionsOf } from './queries.js';

/**
 * A person's own sign-in sessions, so they can see where they are signed in and end what they
 * do not recognize. Clients' code sessions and gallery unlocks are not theirs to list: they
 * belong to an access, not to the identity.
 */
export async function listOwnSessions(ctx: SignedInContext): Promise<OwnSession[]> {
  const rows = await openSessionsOf(ctx.db, ctx.identityId, ctx.clock.now());
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.created_at).toISOString(),
    lastUsedAt: new Date(r.last_seen_at).toISOString(),
    source: r.source,
    userAgent: r.user_agent,
    current: r.id === ctx.session.id,
  }));
}

/** Ends one of the person's sessions (this one too, which signs out). Another's is "not found". */
export async function endOwnSession(ctx: SignedInContext, input: z.output<typeof EndSessionInput>): Promise<SessionsEnded> {
  const ended = await deleteSignInSessions(ctx.db, ctx.identityId, { only: input.sessionId });
  if (ended === 0) throw notFound('SESSION_NOT_FOUND');
  return { ended };
}

/** Every session of the identity but this one, half-finished sign-ins included. */
export async function endOtherSessions(ctx: SignedInContext): Promise<SessionsEnded> {
  return { ended: await deleteSignInSessions(ctx.db, ctx.identityId, { except: ctx.session.id }) };
}
