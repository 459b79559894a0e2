import type { SessionAccess } from '../../callers/client-call.js';
import type { Context } from '../../context.js';
import { unauthorized } from '../../errors.js';
import { statusOf } from '../accesses/queries.js';

/**
 * The session's access, read with the session on this very call: a disabled or expired access
 * stops working at once (sessions of a disabled access are also ended).
 */
export function activeAccess(ctx: Pick<Context, 'clock'>, access: SessionAccess | null): SessionAccess {
  if (!access || statusOf(access, ctx.clock.now()) !== 'active') throw unauthorized('SESSION_EXPIRED');
  return access;
}
