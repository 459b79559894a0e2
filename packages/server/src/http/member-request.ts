import type { Request, Response } from 'express';
import type { ServerDeps } from '../context.js';
import { bearerToken, createContextInner, type Context } from '../context.js';
import { FoyerError } from '../errors.js';
import { resolveMembership, type Membership } from '../security/principals.js';
import { findSession } from '../security/sessions.js';

export function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

const statusOf: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, BAD_REQUEST: 400, UNAUTHORIZED: 401, CONFLICT: 409 };

/** Answers a refusal thrown by a service as JSON `{ error: { code, message } }`, like the tRPC side says it. */
export function sendFoyerError(res: Response, error: FoyerError) {
  sendError(res, statusOf[error.code] ?? 400, error.appCode, error.message);
}

/**
 * The signed-in member a plain HTTP request acts as, resolved as tRPC's memberProcedure does,
 * or null after answering 401/403 itself.
 */
export async function memberOf(
  deps: ServerDeps,
  req: Request,
  res: Response,
  workspace: string,
): Promise<{ ctx: Context; member: Membership; identityId: string } | null> {
  const ctx = createContextInner(deps, { token: bearerToken(req.headers.authorization), source: req.ip ?? 'unknown' });
  const session = ctx.token ? await findSession(ctx.db, ctx.clock, ctx.config.sessions, ctx.token) : null;
  if (!session || session.kind !== 'identity' || !session.identityId) {
    sendError(res, 401, 'NOT_SIGNED_IN', 'Sign in to continue.');
    return null;
  }
  try {
    return { ctx, member: await resolveMembership(ctx.db, session.identityId, workspace, session.secondFactorAt ? 'passed' : 'not-passed'), identityId: session.identityId };
  } catch (error) {
    if (error instanceof FoyerError) {
      sendFoyerError(res, error);
      return null;
    }
    throw error;
  }
}
