import { Router } from 'express';
import { InWorkspace } from '@foyer/schema';
import { bearerToken, createContextInner, type ServerDeps } from '../context.js';
import { clientCall } from '../callers/client-call.js';
import { overview } from '../areas/client/service.js';
import { overviewResponseBody } from '../areas/client/overview-response.js';

/**
 * `client.overview` is Foyer's busiest call: every client's page load. This route answers it
 * before tRPC does, with the bytes kept for the cached overview, after the very checks the
 * procedure makes (clientCall, then the service's own). Anything else — a batch, input that
 * does not parse, a refusal, an error — goes on to tRPC unchanged, which answers it as always:
 * the route never decides anything the procedure would decide differently.
 */
export function clientOverviewRoute(deps: ServerDeps): Router {
  const router = Router();
  router.get('/trpc/client.overview', async (req, res, next) => {
    if (req.query.batch !== undefined || typeof req.query.input !== 'string') return next();
    let input;
    try {
      input = InWorkspace.safeParse(JSON.parse(req.query.input));
    } catch {
      return next();
    }
    if (!input.success) return next();
    const token = bearerToken(req.headers.authorization);
    const ctx = createContextInner(deps, { token, source: req.ip ?? 'unknown' });
    let body: Buffer;
    try {
      const call = await clientCall(ctx, token, input.data.workspace);
      body = overviewResponseBody(await overview(ctx, call.workspace, call.access, call.contentVersion));
    } catch {
      return next();
    }
    // The headers tRPC sends with a query's answer, and the length it leaves out.
    res.status(200).setHeader('Content-Type', 'application/json');
    res.vary('trpc-accept').vary('accept');
    res.setHeader('Content-Length', String(body.length));
    res.end(body);
  });
  return router;
}
