// How the client overview holds up against the barest call on the same server: the overview
// should serve at least half the bare call's requests per second, with p99 under 25 ms.
// `--smoke` runs it at a tiny size and writes no results (smoke.mjs). Foyer runs on PostgreSQL in its own process (bench-server.mjs), on a fresh schema
// that is dropped at the end; this process seeds it and drives autocannon over loopback.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { measureOnServer, startBenchServer } from './bench-process.mjs';
import { timeWrongCodes } from './code-timing.mjs';
import { connections, measure, warmUp } from './load.mjs';
import { seedWorkspace } from './seed-workspace.mjs';
import { size, smoke } from './smoke.mjs';
import { trpcCall, trpcRequest } from './trpc-http.mjs';

const seconds = size(Number(process.env.BENCH_SECONDS ?? 10), 1);
const warmupSeconds = size(Number(process.env.BENCH_WARMUP_SECONDS ?? 3), 1);
const targets = { overviewToBareAtLeast: 0.5, overviewP99MsUnder: 25 };
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
  console.log(`ratio overview / bare: ${ratio.toFixed(3)} (through tRPC: ${(scenarios.overviewThroughTrpc.requestsPerSec / scenarios.bare.requestsPerSec).toFixed(3)})`);
  console.log('wrong-code sign-in, sequential:');
  console.table(Object.entries(codeTiming).map(([kind, t]) => ({ code: kind, 'mean ms': t.meanMs, 'p50 ms': t.p50Ms, 'p99 ms': t.p99Ms })));
}

async function main() {
  server = await startBenchServer('overview');
  const { baseUrl, db } = server;

  console.log('seeding …');
  const seed = await seedWorkspace(baseUrl, db);
  console.log(`${seed.facts.galleries} galleries, ${seed.facts.items} items; the access shares ${seed.facts.sharedGalleries} (by depth ${seed.facts.sharedByDepth.join('/')})`);

  // Each scenario is checked once by hand before it is loaded: a fast wrong answer is no result.
  const { token } = await trpcCall(baseUrl, 'mutation', 'client.signIn', { workspace: seed.handle, code: seed.code });
  const overview = await trpcCall(baseUrl, 'query', 'client.overview', { workspace: seed.handle }, token);
  if (overview.galleries.length !== seed.facts.sharedGalleries) throw new Error(`overview shows ${overview.galleries.length} galleries`);

  const loadAverageBefore = loadavg();
  const requests = {
    bare: trpcRequest(baseUrl, 'query', 'health.ping'),
    signIn: {
      ...trpcRequest(baseUrl, 'mutation', 'client.signIn', { workspace: seed.handle, code: seed.code }),
      bodies: seed.signInCodes.map((code) => JSON.stringify({ workspace: seed.handle, code })),
    },
    overview: trpcRequest(baseUrl, 'query', 'client.overview', { workspace: seed.handle }, token),
    // The same call as a tRPC batch of one, which the server's overview route leaves to tRPC:
    // what the overview costs without its kept bytes (server/src/http/client-overview.ts).
    overviewThroughTrpc: {
      url: `${baseUrl}/api/trpc/client.overview?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { workspace: seed.handle } }))}`,
      method: 'GET',
      headers: { authorization: `Bearer ${token}` },
    },
  };
  const throughTrpc = await (await fetch(requests.overviewThroughTrpc.url, { headers: requests.overviewThroughTrpc.headers })).json();
  if (JSON.stringify(throughTrpc[0]) !== JSON.stringify({ result: { data: overview } })) throw new Error('the overview through tRPC differs from the overview');
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
    ratioOverviewThroughTrpcToBare: Math.round((scenarios.overviewThroughTrpc.requestsPerSec / scenarios.bare.requestsPerSec) * 1000) / 1000,
    targets,
    met: {
      validMeasurement: clean,
      overviewToBare: ratio >= targets.overviewToBareAtLeast,
      overviewP99: scenarios.overview.p99Ms < targets.overviewP99MsUnder,
    },
    codeTiming,
  };
  printTable(scenarios, ratio, codeTiming);
  if (smoke) {
    console.log(`smoke run ${clean ? 'completed without errors' : 'HAD ERRORS OR NON-2XX ANSWERS'}; targets not judged, results not written`);
    return clean;
  }
  console.log(`targets: ratio ≥ ${targets.overviewToBareAtLeast} ${result.met.overviewToBare ? 'met' : 'MISSED'}, overview p99 < ${targets.overviewP99MsUnder} ms ${result.met.overviewP99 ? 'met' : 'MISSED'}${clean ? '' : '; RUN HAD ERRORS OR NON-2XX ANSWERS: not a valid measurement'}`);
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
