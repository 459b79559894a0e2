import type { Context } from '../context.js';
import { forbidden, unauthorized } from '../errors.js';
import { findApiKey, isApiKey } from '../security/api-keys.js';
import { findSession, type Session } from '../security/sessions.js';

/**
 * A signed-in person acting on their own account. An API key acts as one member in one
 * workspace, so it works only in calls that name its workspace: here it is refused (a valid
 * key as such, an unknown one as not valid).
 */
export async function signedInCall(ctx: Context): Promise<{ session: Session; identityId: string }> {
  if (ctx.token && isApiKey(ctx.token)) {
    if (!(await findApiKey(ctx.db, ctx.clock, ctx.token))) throw unauthorized('API_KEY_INVALID');
    throw forbidden('API_KEY_NEEDS_WORKSPACE');
  }
  const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
  if (!session || session.kind !== 'identity' || !session.identityId) throw unauthorized('NOT_SIGNED_IN');
  return { session, identityId: session.identityId };
}
