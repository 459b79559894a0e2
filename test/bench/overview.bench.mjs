// How the client overview holds up against the barest call on the same server, loaded with the
// very requests @foyer/client sends for it (the elements' batch of one, captured off the wire):
// the overview should serve at least half the bare call's requests per second with p99 under
// 25 ms, and a client's conditional request for the copy it holds (304 Not Modified) at least
// twice the bare call's. `--smoke` runs it at a tiny size and writes no results (smoke.mjs).
// Foyer runs on PostgreSQL in its own process (bench-server.mjs), on a fresh schema that is
// dropped at the end; this process seeds it and drives autocannon over loopback.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { measureOnServer, startBenchServer } from './bench-process.mjs';
import { timeWrongCodes } from './code-timing.mjs';
import { connections, measure, warmUp } from './load.mjs';
import { seedWorkspace } from './seed-workspace.mjs';
import { size, smoke } from './smoke.mjs';
import { capturedRequests, onlyRequest } from './client-requests.mjs';
import { trpcRequest } from './trpc-http.mjs';

const seconds = size(Number(process.env.BENCH_SECONDS ?? 10), 1);
const warmupSeconds = size(Number(process.env.BENCH_WARMUP_SECONDS ?? 3), 1);
const targets = { overviewToBareAtLeast: 0.5, overviewP99MsUnder: 25, notModifiedToBareAtLeast: 2 };
const resultsFile = new URL('./results/overview.json', import.meta.url);

// Nothing in here may run unbounded: a hung server or database ends the run with an error.
const watchdog = setTimeout(() => fail(new Error('benchmark did not finish within 10 minutes')), 600_000);

let server;

async function cleanUp() {
  await server?.close();
}

async function fail(error) {
  console.error(error);
  try {
    await cleanUp();
  } finally {
    process.exit(1);
  }
}
process.on('SIGINT', () => fail(new Error('interrupted')));

function printTable(scenarios, ratio, codeTiming) {
  const rows = Object.entries(scenarios).map(([name, s]) => ({
    scenario: name,
    'requests/s': s.requestsPerSec,
    'p50 ms': s.p50Ms,
    'p99 ms': s.p99Ms,
    'server CPU ms/req': s.serverCpuMsPerRequest,
    errors: s.errors,
    non2xx: s.non2xx,
  }));
  console.table(rows);
  console.log(`ratio overview / bare: ${ratio.toFixed(3)}; not modified (304) / bare: ${(scenarios.overviewNotModified.requestsPerSec / scenarios.bare.requestsPerSec).toFixed(3)}`);
  console.log('wrong-code sign-in, sequential:');
  console.table(Object.entries(codeTiming).map(([kind, t]) => ({ code: kind, 'mean ms': t.meanMs, 'p50 ms': t.p50Ms, 'p99 ms': t.p99Ms })));
}

async function main() {
  server = await startBenchServer('overview');
  const { baseUrl, db } = server;

  console.log('seeding …');
  const seed = await seedWorkspace(baseUrl, db);
  console.log(`${seed.facts.galleries} galleries, ${seed.facts.items} items; the access shares ${seed.facts.sharedGalleries} (by depth ${seed.facts.sharedByDepth.join('/')})`);

  // Every client scenario is the request @foyer/client sent for the call, captured off the wire
  // (client-requests.mjs), and checked once before it is loaded: a fast wrong answer is no result.
  // One at a time, as people sign in: calls of one tick would share one batch.
  const signIns = await capturedRequests(baseUrl, null, async (api) => {
    const sessions = [];
    for (const code of seed.signInCodes) sessions.push(await api.client.signIn.mutate({ workspace: seed.handle, code }));
    return sessions;
  });
  const { token } = signIns.results[0];
  const firstLoad = await capturedRequests(baseUrl, token, async (api) => {
    const overview = await api.client.overview.query({ workspace: seed.handle });
    // The page loaded again: the client holds its copy and asks whether it is still current.
    const again = await api.client.overview.query({ workspace: seed.handle });
    return { overview, again };
  });
  const { overview, again } = firstLoad.results;
  if (overview.galleries.length !== seed.facts.sharedGalleries) throw new Error(`overview shows ${overview.galleries.length} galleries`);
  if (JSON.stringify(again) !== JSON.stringify(overview)) throw new Error('the kept copy differs from the overview');
  const [overviewRequest, conditionalRequest] = firstLoad.sent.map((request) => onlyRequest([request]));
  if (overviewRequest.expectStatus !== 200 || conditionalRequest.expectStatus !== 304) {
    throw new Error(`the overview answered ${overviewRequest.expectStatus}, then ${conditionalRequest.expectStatus} to the client's conditional request`);
  }
  if (!/[?&]batch=1/.test(overviewRequest.url)) throw new Error(`the client sent ${overviewRequest.url}, not the batch the elements send`);

  const loadAverageBefore = loadavg();
  const signIn = onlyRequest(signIns.sent.slice(0, 1));
  const requests = {
    bare: trpcRequest(baseUrl, 'query', 'health.ping'),
    signIn: { ...signIn, bodies: signIns.sent.map((request) => request.body) },
    overview: overviewRequest,
    overviewNotModified: conditionalRequest,
  };
  // One pass over every scenario first: the server's JIT warms up on all its paths, so the
  // first scenario measured is not the one that pays for compiling the common ones.
  console.log(`warming up: ${warmupSeconds} s per scenario …`);
  for (const request of Object.values(requests)) await warmUp(request, warmupSeconds);
  await server.ask('drain', 'drained');

  const scenarios = {};
  for (const [name, request] of Object.entries(requests)) {
    console.log(`${name}: ${warmupSeconds} s warm-up, ${seconds} s measured, ${connections} connections …`);
    scenarios[name] = await measureOnServer(server, request, { warmUp, measure, warmupSeconds, seconds });
  }

  console.log('wrong-code sign-in timing …');
  const codeTiming = await timeWrongCodes(baseUrl, seed.handle, seed.codes, size(undefined, { requests: 3, warmup: 1 }));

  const ratio = scenarios.overview.requestsPerSec / scenarios.bare.requestsPerSec;
  const notModifiedRatio = scenarios.overviewNotModified.requestsPerSec / scenarios.bare.requestsPerSec;
  const clean = Object.values(scenarios).every((s) => s.errors === 0 && s.non2xx === 0);
  const result = {
    measuredAt: new Date().toISOString(),
    // The load average says whether other work shared the machine during the run.
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageBefore, loadAverageAfter: loadavg() },
    setup: {
      database: 'postgres',
      serverPool: 'createDb default (max 10)',
      connections,
      seconds,
      warmupSeconds,
      overviewGalleries: overview.galleries.length,
      signInCodes: seed.signInCodes.length,
      codeTiming: 'wrong-code sign-ins, one at a time, the three kinds taking turns; time of the round trip over loopback',
      ...seed.facts,
    },
    scenarios,
    ratioOverviewToBare: Math.round(ratio * 1000) / 1000,
    ratioNotModifiedToBare: Math.round(notModifiedRatio * 1000) / 1000,
    targets,
    met: {
      validMeasurement: clean,
      overviewToBare: ratio >= targets.overviewToBareAtLeast,
      overviewP99: scenarios.overview.p99Ms < targets.overviewP99MsUnder,
      notModifiedToBare: notModifiedRatio >= targets.notModifiedToBareAtLeast,
    },
    codeTiming,
  };
  printTable(scenarios, ratio, codeTiming);
  if (smoke) {
    console.log(`smoke run ${clean ? 'completed without errors' : 'HAD ERRORS OR NON-2XX ANSWERS'}; targets not judged, results not written`);
    return clean;
  }
  console.log(
    `targets: ratio ≥ ${targets.overviewToBareAtLeast} ${result.met.overviewToBare ? 'met' : 'MISSED'}, overview p99 < ${targets.overviewP99MsUnder} ms ${result.met.overviewP99 ? 'met' : 'MISSED'}, not modified ≥ ${targets.notModifiedToBareAtLeast}× bare ${result.met.notModifiedToBare ? 'met' : 'MISSED'}${clean ? '' : '; RUN HAD ERRORS OR NON-2XX ANSWERS: not a valid measurement'}`,
  );
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${resultsFile.pathname}`);
  return clean;
}

main()
  .then(async (clean) => {
    clearTimeout(watchdog);
    await cleanUp();
    // Targets missed is a finding to read, not a crash; an invalid run is a failure.
    process.exit(clean ? 0 : 1);
  })
  .catch(fail);
