// Foyer as the benchmark measures it: its own Node process, so the load generator never
// shares this event loop, listening on loopback only. Started by overview.bench.mjs with
// fork(); tells its parent the port over IPC and stops when asked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InWorkspace } from '@foyer/schema';
import { bearerToken, bootServer, createApp, createContextInner, defaultConfig, permittedProcedure, publicProcedure, router } from '@foyer/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';

const url = process.env.BENCH_DATABASE_URL;
const schema = process.env.BENCH_SCHEMA;
if (!url || !schema || !process.send) throw new Error('bench-server.mjs is started by a benchmark (bench-process.mjs)');

// The code-timing section sends hundreds of wrong codes from one address; with the usual
// limits it would measure the throttle's answer instead. The throttle is still consulted
// on every sign-in, so the work per request is what production does.
const unthrottled = { limit: 1_000_000_000, windowMs: defaultConfig.throttles.accessCodePerSource.windowMs };
const config = {
  ...defaultConfig,
  throttles: { ...defaultConfig.throttles, accessCodePerSource: unthrottled, accessCodePerWorkspace: unthrottled },
};

const blobDir = await mkdtemp(join(tmpdir(), 'foyer-bench-blobs-'));
// No pool given: the server runs with createDb's default pool, as `foyer serve` would.
const deps = await bootServer({ database: { kind: 'postgres', url, schema }, blobDir, config });
const app = createApp(deps, { allowedOrigins: '*' });

// The same call twice for the permissions benchmark: once open to anyone, once behind the
// session, the membership and the permission, built from the procedures Foyer's routers use.
const sameCall = router({
  bare: publicProcedure.input(InWorkspace).query(({ input }) => ({ workspace: input.workspace })),
  guarded: permittedProcedure('contacts.view').query(({ input }) => ({ workspace: input.workspace })),
});
app.use(
  '/bench/trpc',
  createExpressMiddleware({
    router: sameCall,
    createContext: ({ req }) => createContextInner(deps, { token: bearerToken(req.headers.authorization), source: req.ip ?? 'unknown' }),
  }),
);

const server = app.listen(0, '127.0.0.1', () => {
  process.send({ type: 'listening', port: server.address().port });
});

// Requests whose client has gone (a load run ends with requests in flight) still run to the
// end; the pool must outlive them, or they fail noisily on a closed pool. They are done when
// knex's pool has had nothing in use and nothing waiting for a while (a request's queries
// come one after another, so one idle moment is not enough).
async function drained(limitMs) {
  const pool = deps.db.client.pool;
  const until = Date.now() + limitMs;
  let idleSince = Date.now();
  while (Date.now() < until) {
    if (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) idleSince = Date.now();
    else if (Date.now() - idleSince >= 250) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

process.on('message', async (message) => {
  if (message?.type === 'drain') {
    await drained(5_000);
    process.send({ type: 'drained' });
  }
  // CPU time this process has used: per request, it is a figure that other work on a shared
  // machine disturbs much less than requests per second.
  if (message?.type === 'cpu') process.send({ type: 'cpu', usage: process.cpuUsage() });
  if (message?.type !== 'stop') return;
  server.close();
  server.closeIdleConnections();
  await drained(5_000);
  server.closeAllConnections();
  await deps.close();
  await rm(blobDir, { recursive: true, force: true });
  process.exit(0);
});
// The parent going away (a crash, Ctrl-C) must not leave a server holding the schema open.
process.on('disconnect', () => process.exit(1));
