// One load scenario: autocannon over loopback, at a fixed number of connections. Every run
// ends on its own after its duration; a smoke run sends a few requests per connection instead.
import autocannon from 'autocannon';
import { smoke } from './smoke.mjs';

export const connections = 32;

/**
 * `request.bodies`, when given, are sent in turn (each connection cycles through them);
 * `request.setupRequest(req, context)`, when given, makes each request anew (autocannon's
 * hook; `context` is the connection's own), for bodies that must never repeat.
 * `request.connections` runs it at another number of connections than the usual 32.
 */
function run(request, seconds) {
  return autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    requests: request.setupRequest ? [{ setupRequest: request.setupRequest }] : request.bodies?.map((body) => ({ body })),
    connections: request.connections ?? connections,
    ...(smoke ? { amount: (request.connections ?? connections) * 2, sampleInt: 100 } : { duration: seconds }),
    // A request still unanswered after 10 s counts as an error rather than stalling the run.
    timeout: 10,
  });
}

/** A short run whose figures are thrown away: JIT, pool connections, PostgreSQL's caches. */
export async function warmUp(request, seconds) {
  await run(request, seconds);
}

/**
 * `request.expectStatus` is the status every answer must have (a conditional request expects
 * 304); without it, any 2xx will do.
 */
export async function measure(request, seconds) {
  const r = await run(request, seconds);
  const expected = request.expectStatus;
  const unexpected = expected === undefined ? r.non2xx : r.requests.total - (r.statusCodeStats?.[expected]?.count ?? 0);
  return {
    requestsPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    meanMs: r.latency.average,
    requests: r.requests.total,
    // Counted and reported: a run with errors or refusals is not a measurement.
    errors: r.errors + r.timeouts,
    non2xx: unexpected,
  };
}
