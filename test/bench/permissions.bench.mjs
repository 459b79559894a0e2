// How fast Foyer decides a permission, beside @casl/ability deciding the same rules (at least
// 5 million decisions a second, and three times CASL's rate); and what session, membership and
// permission add to a tRPC call, against the same call without them, on one server in one run
// (PostgreSQL, autocannon over loopback). `--smoke` runs it at a tiny size and writes no
// results (smoke.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { catalogs } from '@foyer/schema';
import { resolveMembership } from '@foyer/server';
import { measureOnServer, startBenchServer } from './bench-process.mjs';
import { connections, measure, warmUp } from './load.mjs';
import { compareDecisions } from './permission-decisions.mjs';
import { size, smoke } from './smoke.mjs';
import { accountSession, trpcCall } from './trpc-http.mjs';

const seconds = size(Number(process.env.BENCH_SECONDS ?? 10), 1);
const warmupSeconds = size(Number(process.env.BENCH_WARMUP_SECONDS ?? 3), 1);
const targets = { decisionsPerSecondAtLeast: 5_000_000, timesCaslAtLeast: 3 };
const resultsFile = new URL('./results/permissions.json', import.meta.url);
const watchdog = setTimeout(() => fail(new Error('benchmark did not finish within 10 minutes')), 600_000);

let server;
async function fail(error) {
  console.error(error);
  try {
    await server?.close();
  } finally {
    process.exit(1);
  }
}
process.on('SIGINT', () => fail(new Error('interrupted')));

// A print shop's operator with a custom role: some of the catalog, not all of it.
const customRole = ['contacts.manage', 'contacts.backup', 'jobs.view', 'outbox.view'];

/** The shop, its owner, and a member holding the custom role, signed in. */
async function seedShop(baseUrl, db) {
  const handle = 'print-bench';
  const owner = await accountSession(baseUrl, db, { email: 'owner@print-bench.example', password: 'bench-owner-password-1' });
  await trpcCall(baseUrl, 'mutation', 'workspaces.create', { handle, name: 'Print Bench', template: 'print-shop' }, owner.token);
  const member = await accountSession(baseUrl, db, { email: 'operator@print-bench.example', password: 'bench-member-password-1' });
  const workspace = await db('workspaces').select('id').where({ handle }).first();
  const roleId = randomUUID();
  const now = new Date();
  await db('workspace_roles').insert({ id: roleId, workspace_id: workspace.id, name: 'Counter staff', permissions: JSON.stringify(customRole), created_at: now });
  await db('memberships').insert({ workspace_id: workspace.id, identity_id: member.identity.id, kind: 'member', custom_role_id: roleId, created_at: now });
  return { handle, memberToken: member.token, memberId: member.identity.id };
}

async function main() {
  server = await startBenchServer('permissions');
  const { baseUrl, db } = server;
  const shop = await seedShop(baseUrl, db);

  const call = (path, token) => ({
    url: `${baseUrl}/bench/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ workspace: shop.handle }))}`,
    method: 'GET',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const requests = { bare: call('bare'), guarded: call('guarded', shop.memberToken) };
  for (const [name, request] of Object.entries(requests)) {
    const response = await fetch(request.url, { headers: request.headers });
    if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
  }
  const loadAverageBefore = loadavg();
  for (const request of Object.values(requests)) await warmUp(request, warmupSeconds);
  const calls = {};
  for (const [name, request] of Object.entries(requests)) {
    console.log(`${name}: ${warmupSeconds} s warm-up, ${seconds} s measured, ${connections} connections …`);
    calls[name] = await measureOnServer(server, request, { warmUp, measure, warmupSeconds, seconds });
  }
  // In process, once the server is idle: the membership exactly as the server resolves it for each call.
  const membership = await resolveMembership(db, shop.memberId, shop.handle);
  const questions = [...Object.keys(catalogs['print-shop'].permissions), 'galleries.manage', 'emails.send', 'api.write'];
  console.log(`deciding ${questions.length} permissions for a member holding ${membership.permissions.size} …`);
  const decisions = compareDecisions(membership, questions, size(undefined, { iterations: 1_000, rounds: 1 }));

  const clean = Object.values(calls).every((c) => c.errors === 0 && c.non2xx === 0);
  const added = {
    p50Ms: calls.guarded.p50Ms - calls.bare.p50Ms,
    serverCpuMsPerRequest: Math.round((calls.guarded.serverCpuMsPerRequest - calls.bare.serverCpuMsPerRequest) * 1000) / 1000,
    throughputShare: Math.round((calls.guarded.requestsPerSec / calls.bare.requestsPerSec) * 1000) / 1000,
  };
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageBefore, loadAverageAfter: loadavg() },
    setup: {
      database: 'postgres',
      customRole,
      decisions:
        'allows(membership, permission), the check permittedProcedure makes, against createMongoAbility(rules).can(action, subject); same rules, same questions, alternating rounds, medians',
      calls: 'the same query behind publicProcedure (bare) and permittedProcedure (guarded: bearer session, membership with custom role, permission), autocannon over loopback',
      connections,
      seconds,
      warmupSeconds,
    },
    decisions,
    calls,
    addedBySessionMembershipPermission: added,
    targets,
    met: {
      validMeasurement: clean,
      decisionsPerSecond: decisions.foyerPerSecond >= targets.decisionsPerSecondAtLeast,
      timesCasl: decisions.foyerToCasl >= targets.timesCaslAtLeast,
    },
  };
  console.table({
    foyer: { 'decisions/s': decisions.foyerPerSecond },
    casl: { 'decisions/s': decisions.caslPerSecond },
  });
  console.log(`Foyer / CASL: ${decisions.foyerToCasl}×`);
  console.table(
    Object.fromEntries(
      Object.entries(calls).map(([name, c]) => [
        name,
        { 'requests/s': c.requestsPerSec, 'p50 ms': c.p50Ms, 'p99 ms': c.p99Ms, 'server CPU ms/req': c.serverCpuMsPerRequest, errors: c.errors, non2xx: c.non2xx },
      ]),
    ),
  );
  console.log(
    `session + membership + permission add ${added.p50Ms} ms at p50 and ${added.serverCpuMsPerRequest} ms of server CPU per call; guarded runs at ${added.throughputShare} of bare`,
  );
  if (smoke) {
    console.log(`smoke run ${clean ? 'completed without errors' : 'HAD ERRORS OR NON-2XX ANSWERS'}; targets not judged, results not written`);
    return clean;
  }
  console.log(
    `targets: ≥ ${targets.decisionsPerSecondAtLeast} decisions/s ${result.met.decisionsPerSecond ? 'met' : 'MISSED'}, ≥ ${targets.timesCaslAtLeast}× CASL ${result.met.timesCasl ? 'met' : 'MISSED'}${clean ? '' : '; RUN HAD ERRORS OR NON-2XX ANSWERS: not a valid measurement'}`,
  );
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${resultsFile.pathname}`);
  return clean;
}

main()
  .then(async (clean) => {
    clearTimeout(watchdog);
    await server.close();
    process.exit(clean ? 0 : 1);
  })
  .catch(fail);
