import type { Request, RequestHandler } from 'express';
import { InWorkspace } from '@foyer/schema';
import { clientCall } from '../callers/client-call.js';
import { bearerToken, createContextInner, type ServerDeps } from '../context.js';
import { matchesEtag, overviewAnswer } from '../areas/client/overview-answer.js';
import type { OverviewWireForm } from '../areas/client/overview-response.js';

/** The overview's input and how it came, from either form a client sends it in; null for anything else. */
function overviewRequest(req: Request): { workspace: string; form: OverviewWireForm } | null {
  const { batch, input } = req.query;
  if (typeof input !== 'string' || (batch !== undefined && batch !== '1')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return null;
  }
  const form: OverviewWireForm = batch === '1' ? 'batch' : 'single';
  let call = parsed;
  if (form === 'batch') {
    // A batch of one holds its input under "0", as httpBatchLink writes it.
    if (!parsed || typeof parsed !== 'object' || Object.keys(parsed).join() !== '0') return null;
    call = (parsed as Record<string, unknown>)['0'];
  }
  const checked = InWorkspace.safeParse(call);
  return checked.success ? { workspace: checked.data.workspace, form } : null;
}

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
    if (req.method !== 'GET' || req.path !== '/trpc/client.overview') return next();
    const request = overviewRequest(req);
    if (!request) return next();
    const token = bearerToken(req.headers.authorization);
    const ctx = createContextInner(deps, { token, source: req.ip ?? 'unknown' });
    let etag: string;
    let body: Buffer | null;
    try {
      const answer = overviewAnswer({ ...ctx, ...(await clientCall(ctx, token, request.workspace)) });
      etag = answer.etag;
      body = matchesEtag(req.headers['if-none-match'], etag) ? null : await answer.body(request.form);
    } catch {
      return next();
    }
    res.setHeader('ETag', etag);
    if (!body) return void res.status(304).end();
    // The headers tRPC sends with a query's answer, and the length it leaves out.
    res.status(200).setHeader('Content-Type', 'application/json');
    res.vary('trpc-accept').vary('accept');
    res.setHeader('Content-Length', String(body.length));
    res.end(body);
  };
}
