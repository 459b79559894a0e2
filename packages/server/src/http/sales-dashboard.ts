import type { RequestHandler } from 'express';
import { DashboardInput } from '@foyer/schema';
import { memberCall } from '../callers/member-call.js';
import { ChangeNotes } from '../audit/change-notes.js';
import { bearerToken, createContextInner, type ServerDeps } from '../context.js';
import { dashboardAnswer } from '../areas/dashboard/dashboard-answer.js';
import { keptReply, queryCall, sendKeptReply, type KeptReply } from './kept-answer-route.js';

/**
 * `dashboard.sales` answered from the bytes kept for the dashboard: a year by day of ten
 * accounts is some hundred kilobytes that tRPC would serialize again on every call. The checks
 * are the procedure's own (memberCall, then the owner only, as ownerProcedure), and so is the
 * answer (dashboardAnswer); a client that holds the current copy is answered 304 Not Modified.
 * Anything else — a batch of several calls, input that does not parse, a refusal, an error —
 * goes on to tRPC unchanged, which answers it as always.
 */
export function salesDashboardRoute(deps: ServerDeps): RequestHandler {
  return async (req, res, next) => {
    if (req.path !== '/trpc/dashboard.sales') return next();
    const call = queryCall(req, DashboardInput);
    if (!call) return next();
    const request = createContextInner(deps, { token: bearerToken(req.headers.authorization), source: req.ip ?? 'unknown' });
    let reply: KeptReply;
    try {
      const member = await memberCall(request, call.input.workspace, 'query');
      if (member.kind !== 'owner') return next();
      reply = await keptReply(req, await dashboardAnswer({ ...request, ...member, audit: new ChangeNotes() }, call.input), call.form);
    } catch {
      return next();
    }
    sendKeptReply(res, reply);
  };
}
