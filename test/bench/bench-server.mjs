// Foyer as the benchmark measures it: its own Node process, so the load generator never
// shares this event loop, listening on loopback only. Started by the benchmarks with
// fork(); tells its parent the port over IPC and stops when asked.
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { InWorkspace } from '@foyer/schema';
import { bearerToken, bootServer, createApp, createContextInner, defaultConfig, permittedProcedure, publicProcedure, router } from '@foyer/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';

const url = process.env.BENCH_DATABASE_URL;
const schema = process.env.BENCH_SCHEMA;
if (!url || !schema || !process.send) throw new Error('bench-server.mjs is started by a benchmark (bench-process.mjs)');

// The code-timing section sends hundreds of wrong codes from one address; with the usual
// limits it would measure the throttle's answer instead. The throttle is still consulted
// on every sign-in, so the work per request is what production does.
const codes = defaultConfig.guessing['access-code'];
const config = {
  ...defaultConfig,
  guessing: {
    ...defaultConfig.guessing,
    'access-code': {
      ...codes,
      pair: { ...codes.pair, free: 1_000_000_000 },
      perSource: { ...codes.perSource, limit: 1_000_000_000 },
      ceiling: { ...codes.ceiling, failures: 1_000_000_000 },
    },
  },
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

// The same bytes as a contact's backup, minus the ZIP: the blobs of the contact's jobs, one
// after another from the blob store into the response. The contacts benchmark's yardstick.
app.get('/bench/plain-copy/:workspaceId/:contactId', async (req, res) => {
  const rows = await deps
    .db('jobs')
    .select('input_key', 'model_key', 'support_key')
    .where({ workspace_id: req.params.workspaceId, contact_id: req.params.contactId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }]);
  res.status(200).setHeader('Content-Type', 'application/octet-stream');
  for (const key of rows.flatMap((r) => [r.input_key, r.model_key, r.support_key]).filter(Boolean)) {
    for await (const chunk of await deps.blobs.get(key)) if (!res.write(chunk)) await once(res, 'drain');
  }
  res.end();
});

// The studio benchmark's yardsticks: the same bytes as an upload, written to a file of the same
// disk with nothing else done; and the same bytes as a gallery's ZIP, its pictures' files
// streamed one after another into one response.
app.put('/bench/plain-upload/:name', async (req, res) => {
  const folder = join(blobDir, 'plain-uploads');
  await mkdir(folder, { recursive: true });
  let size = 0;
  req.on('data', (chunk) => (size += chunk.length));
  await pipeline(req, createWriteStream(join(folder, String(req.params.name).replace(/[^a-z0-9-]/gi, '_'))));
  res.status(201).json({ size });
});
app.delete('/bench/plain-upload', async (_req, res) => {
  await rm(join(blobDir, 'plain-uploads'), { recursive: true, force: true });
  res.status(204).end();
});
app.get('/bench/plain-gallery/:workspaceId/:galleryId', async (req, res) => {
  const rows = await deps
    .db('gallery_items')
    .select('blob_key')
    .where({ workspace_id: req.params.workspaceId, gallery_id: req.params.galleryId })
    .orderBy([{ column: 'position' }, { column: 'id' }]);
  res.status(200).setHeader('Content-Type', 'application/octet-stream');
  for (const { blob_key: key } of rows) {
    for await (const chunk of await deps.blobs.get(key)) if (!res.write(chunk)) await once(res, 'drain');
  }
  res.end();
});

// Server time per request, while a benchmark asks for it ('timings-start' … 'timings-take'):
// from the request's arrival to its response handed to the socket, without the client's
// side of loopback. Outside production code: only this process measures it.
let timings = null;
function timed(req, res) {
  if (timings) {
    const started = performance.now();
    res.once('finish', () => timings?.push(performance.now() - started));
  }
  app(req, res);
}

// Peak resident memory while a benchmark asks for it ('rss-start' … 'rss-stop'), sampled every 20 ms.
let rss = null;

const server = createServer(timed).listen(0, '127.0.0.1', () => {
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
  if (message?.type === 'timings-start') {
    timings = [];
    process.send({ type: 'timings-started' });
  }
  if (message?.type === 'timings-take') {
    process.send({ type: 'timings', ms: timings ?? [] });
    timings = null;
  }
  if (message?.type === 'blob-dir') process.send({ type: 'blob-dir', path: blobDir });
  if (message?.type === 'rss-start') {
    const baseline = process.memoryUsage().rss;
    rss = {
      baseline,
      peak: baseline,
      samples: 0,
      timer: setInterval(() => {
        rss.peak = Math.max(rss.peak, process.memoryUsage().rss);
        rss.samples++;
      }, 20),
    };
    process.send({ type: 'rss-started' });
  }
  if (message?.type === 'rss-stop') {
    clearInterval(rss.timer);
    rss.peak = Math.max(rss.peak, process.memoryUsage().rss);
    process.send({ type: 'rss', baseline: rss.baseline, peak: rss.peak, samples: rss.samples });
    rss = null;
  }
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
// Nor a blob folder behind, when it goes that way or is killed after a stop that timed out.
function abandon() {
  rmSync(blobDir, { recursive: true, force: true });
  process.exit(1);
}
process.on('disconnect', abandon);
process.on('SIGTERM', abandon);
