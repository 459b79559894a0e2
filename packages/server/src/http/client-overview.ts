import type { RequestHandler } from 'express';
import { InWorkspace } from '@foyer/schema';
import { clientCall } from '../callers/client-call.js';
import { bearerToken, createContextInner, type ServerDeps } from '../context.js';
import { overviewAnswer } from '../areas/client/overview-answer.js';
import { keptReply, queryCall, sendKeptReply, type KeptReply } from './kept-answer-route.js';

/**
 * `client.overview` is Foyer's busiest call: every client's page load. This route answers it,
 * in both forms a client sends it in (on its own, and as the batch of one the elements send),
 * with the very answer the procedure gives (overviewAnswer) after the very checks it makes
 * (clientCall), from the bytes kept for the cached overview; a client that holds the current
 * copy is answered 304 Not Modified from the version alone. Anything else — a batch of several
 * calls, input that does not parse, a refusal, an error — goes on to tRPC unchanged, which
 * answers it as always: the route never decides anything the procedure would decide differently.
 */
export function clientOverviewRoute(deps: ServerDeps): RequestHandler {
  // A plain handler rather than a router of its own: the busiest call passes one layer fewer.
  return async (req, res, next) => {
    if (req.path !== '/trpc/client.overview') return next();
    const call = queryCall(req, InWorkspace);
    if (!call) return next();
    const token = bearerToken(req.headers.authorization);
    const ctx = createContextInner(deps, { token, source: req.ip ?? 'unknown' });
    let reply: KeptReply;
    try {
      reply = await keptReply(req, overviewAnswer({ ...ctx, ...(await clientCall(ctx, token, call.input.workspace)) }), call.form);
    } catch {
      return next();
    }
    sendKeptReply(res, reply);
  };
}
