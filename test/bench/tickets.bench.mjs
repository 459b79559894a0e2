// A seller's support desk at scale on PostgreSQL: 10 linked seller accounts, 5,000,000
// transactions and 1,000,000 tickets with their history, made by the server's bulk seeders
// (db/seed/bulk-sales.ts and bulk-tickets.ts, as `foyer seed-marketplace --tickets` makes them).
// The master account's owner works across all accounts with the very requests @foyer/client
// sends (captured off the wire): the first page of open tickets, a search by receipt number, by
// a piece of a customer's email, a status and type filter, and a page 10,000 tickets deep, each
// under 20 ms server p99 (the deep page within 2× of the first); a 30-day report per day across
// all accounts under 50 ms; and receipt PDFs, at least 200 per second per core of the server.
// The desk's load is a team of helpers at once: 8 connections, where the targets are judged.
// The lists are measured once more at one connection per core, where a request waits for no
// other: the server's own time for it, beside its time in a queue at the desk's load.
// `--smoke` runs it at a tiny size and writes no results (smoke.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { insertMasterUser, insertTickets } from '@foyer/server';
import { startBenchServer } from './bench-process.mjs';
import { capturedRequests, onlyRequest } from './client-requests.mjs';
import { measure, warmUp } from './load.mjs';
import { seedMarketplace } from './seed-marketplace.mjs';
import { size, smoke } from './smoke.mjs';
import { trpcCall } from './trpc-http.mjs';

const accountCount = size(Number(process.env.BENCH_ACCOUNTS ?? 10), 3);
const transactionCount = size(Number(process.env.BENCH_TRANSACTIONS ?? 5_000_000), 3_000);
const ticketCount = size(Number(process.env.BENCH_TICKETS ?? 1_000_000), 600);
const seconds = size(Number(process.env.BENCH_SECONDS ?? 10), 1);
const warmupSeconds = size(Number(process.env.BENCH_WARMUP_SECONDS ?? 3), 1);
const deskConnections = 8;
const perCoreConnections = cpus().length;
const deepTickets = size(10_000, 100);
const targets = { listServerP99MsBelow: 20, deepPageWithinOfFirst: 2, reportServerP99MsBelow: 50, receiptPdfsPerSecPerCoreAtLeast: 200 };
const resultsFile = new URL('./results/tickets.json', import.meta.url);
const watchdog = setTimeout(() => fail(new Error('benchmark did not finish within 40 minutes')), 2_400_000);

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

const round = (n, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50Ms: round(at(0.5)), p99Ms: round(at(0.99)) };
}
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Two helpers with Orders/Tickets in every account, and the tickets worked by them and the owner, opened by the back-end. */
async function seedTickets(db, seed) {
  const helpers = [];
  for (const name of ['Hana Helper', 'Ivo Helper']) {
    const { identityId } = await insertMasterUser(
      db,
      seed.masterId,
      {
        email: `${name.split(' ')[0].toLowerCase()}@bench-master.example`,
        name,
        description: 'Answers tickets',
        apiOnly: false,
        passwordHash: null,
        role: { template: 'customer-service' },
        accountIds: seed.accounts.map((a) => a.id),
      },
      seed.now,
    );
    helpers.push(identityId);
  }
  const started = performance.now();
  const inserted = await insertTickets(db, {
    accounts: seed.accounts.map((a) => a.id),
    count: ticketCount,
    now: seed.now,
    actors: { opener: seed.backendId, workers: [{ identityId: seed.ownerId, kind: 'owner' }, ...helpers.map((identityId) => ({ identityId, kind: 'third-party' }))] },
  });
  return { ...inserted, seconds: round((performance.now() - started) / 1000, 1) };
}

/** Each request in turn, per connection: searches by many receipts or emails rather than one the database has just answered. */
function inTurn(requests) {
  const paths = requests.map((r) => {
    const url = new URL(r.url);
    return `${url.pathname}${url.search}`;
  });
  return {
    ...requests[0],
    setupRequest(req, context) {
      context.i = ((context.i ?? Math.floor(Math.random() * paths.length)) + 1) % paths.length;
      return { ...req, path: paths[context.i] };
    },
  };
}

/** The owner's list calls as the element sends them: one request per call, captured. */
async function listRequests(baseUrl, seed, inputs) {
  const requests = [];
  for (const input of inputs) {
    const captured = await capturedRequests(baseUrl, seed.ownerToken, (api) => api.tickets.list.query({ workspace: seed.master, ...input }));
    const request = onlyRequest(captured.sent);
    if (request.expectStatus !== 200) throw new Error(`tickets.list ${JSON.stringify(input)} answered ${request.expectStatus}`);
    requests.push({ ...request, answer: captured.results });
  }
  return requests;
}

/** A measured run at the desk's connections (or those given): warm-up, then the load with the server's own time per request and its CPU time. */
async function measureWithServerTime(request, connections = deskConnections) {
  const atDesk = { ...request, connections };
  await warmUp(atDesk, warmupSeconds);
  await server.ask('drain', 'drained');
  await server.ask('timings-start', 'timings-started');
  const before = (await server.ask('cpu', 'cpu')).usage;
  const figures = await measure(atDesk, seconds);
  await server.ask('drain', 'drained');
  const after = (await server.ask('cpu', 'cpu')).usage;
  const { ms } = await server.ask('timings-take', 'timings');
  const server_ = percentiles(ms);
  return {
    requestsPerSec: figures.requestsPerSec,
    serverP50Ms: server_.p50Ms,
    serverP99Ms: server_.p99Ms,
    loopbackP99Ms: figures.p99Ms,
    requests: figures.requests,
    serverCpuMsPerRequest: round((after.user + after.system - before.user - before.system) / 1000 / figures.requests),
    errors: figures.errors,
    non2xx: figures.non2xx,
  };
}

async function main() {
  server = await startBenchServer('tickets');
  const { baseUrl, db } = server;

  console.log(`seeding ${accountCount} seller accounts with ${transactionCount} transactions and ${ticketCount} tickets in bulk …`);
  const seed = await seedMarketplace(baseUrl, db, { accounts: accountCount, transactions: transactionCount });
  const tickets = await seedTickets(db, seed);
  // The state autovacuum keeps a live table in: statistics, and the visibility map that lets
  // index-only reads skip the table (left to autovacuum, it would run during the measurements).
  await db.raw('vacuum analyze transactions, tickets, ticket_history');
  await db.raw('analyze');
  console.log(`seeded: sales in ${seed.seedSeconds} s, ${tickets.tickets} tickets with ${tickets.history} history rows in ${tickets.seconds} s`);

  // What the searches look for: receipts and pieces of emails of tickets spread over all accounts.
  const { rows: samples } = await db.raw(
    `select receipt_number, customer_email from tickets where receipt_number is not null and hashint8(number) % 97 = 0 order by hashint8(number) limit 50`,
  );
  if (samples.length === 0) throw new Error('no tickets to search for');
  const first = await listRequests(baseUrl, seed, [{ status: ['open'] }]);
  const byReceipt = await listRequests(
    baseUrl,
    seed,
    samples.map((s) => ({ receiptNumber: s.receipt_number })),
  );
  const byEmail = await listRequests(
    baseUrl,
    seed,
    samples.map((s) => ({ customerEmail: s.customer_email.split('@')[0].slice(-8) })),
  );
  const filtered = await listRequests(baseUrl, seed, [{ status: ['reopened'], type: 'refund' }]);
  for (const r of byReceipt) if (r.answer.tickets.length === 0) throw new Error('a search by receipt number found nothing');
  for (const r of byEmail) if (r.answer.tickets.length === 0) throw new Error('a search by a piece of an email found nothing');

  // A page 10,000 tickets deep: the cursor the list hands out after walking there page by page.
  let after;
  for (let walked = 0; walked < deepTickets; walked += 100) {
    const page = await trpcCall(baseUrl, 'query', 'tickets.list', { workspace: seed.master, status: ['open'], limit: 100, ...(after ? { after } : {}) }, seed.ownerToken);
    if (!page.nextCursor) throw new Error(`the list of open tickets ended after ${walked + page.tickets.length}`);
    after = page.nextCursor;
  }
  const deep = await listRequests(baseUrl, seed, [{ status: ['open'], after }]);

  // The last 30 days of ticket creations and changes per day across all accounts, as the report view asks.
  const lastThirtyDays = { from: day(seed.now.getTime() - 29 * 86_400_000), to: day(seed.now.getTime()) };
  const reportRequests = {};
  for (const report of ['ticketsCreated', 'ticketChanges']) {
    const captured = await capturedRequests(baseUrl, seed.ownerToken, (api) => api.reports[report].query({ workspace: seed.master, ...lastThirtyDays }));
    reportRequests[report] = onlyRequest(captured.sent);
    if (reportRequests[report].expectStatus !== 200) throw new Error(`reports.${report} answered ${reportRequests[report].expectStatus}`);
  }

  // A receipt, as the element fetches it: the route with the owner's session.
  const { rows: sales } = await db.raw(
    `select t.id, w.handle from transactions t join workspaces w on w.id = t.workspace_id where t.kind = 'sale' and t.workspace_id = any(?::uuid[]) order by t.occurred_at desc limit 1`,
    [seed.accounts.map((a) => a.id)],
  );
  const receipt = { url: `${baseUrl}/api/receipts/${seed.master}/${sales[0].handle}/${sales[0].id}`, method: 'GET', headers: { authorization: `Bearer ${seed.ownerToken}` } };
  const probe = await fetch(receipt.url, { headers: receipt.headers });
  const pdf = Buffer.from(await probe.arrayBuffer());
  if (probe.status !== 200 || pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error(`the receipt answered ${probe.status}`);

  const loadAverageBefore = loadavg();
  const scenarios = {};
  const run = async (name, request) => {
    console.log(`${name}: ${warmupSeconds} s warm-up, ${seconds} s measured, ${deskConnections} connections …`);
    scenarios[name] = await measureWithServerTime(request);
  };
  await run('firstPageOfOpen', first[0]);
  await run('searchByReceipt', inTurn(byReceipt));
  await run('searchByEmailPiece', inTurn(byEmail));
  await run('statusAndType', filtered[0]);
  await run('page10000Deep', deep[0]);
  await run('report30DaysCreated', reportRequests.ticketsCreated);
  await run('report30DaysChanges', reportRequests.ticketChanges);
  await run('receiptPdf', receipt);
  scenarios.receiptPdf.pdfsPerSecPerCore = round(1000 / scenarios.receiptPdf.serverCpuMsPerRequest, 0);
  scenarios.receiptPdf.pdfBytes = pdf.length;
  const listRequestsByName = { firstPageOfOpen: first[0], searchByReceipt: inTurn(byReceipt), searchByEmailPiece: inTurn(byEmail), statusAndType: filtered[0], page10000Deep: deep[0] };
  const perCore = {};
  for (const [name, request] of Object.entries(listRequestsByName)) {
    console.log(`${name} at ${perCoreConnections} connections (one per core): ${warmupSeconds} s warm-up, ${seconds} s measured …`);
    perCore[name] = await measureWithServerTime(request, perCoreConnections);
  }

  const clean = [...Object.values(scenarios), ...Object.values(perCore)].every((s) => s.errors === 0 && s.non2xx === 0);
  console.table(
    Object.entries(scenarios).map(([name, s]) => ({
      scenario: name,
      'requests/s': s.requestsPerSec,
      'server p50 ms': s.serverP50Ms,
      'server p99 ms': s.serverP99Ms,
      'server CPU ms/req': s.serverCpuMsPerRequest,
      errors: s.errors,
      non2xx: s.non2xx,
    })),
  );
  console.table(
    Object.entries(perCore).map(([name, s]) => ({
      [`scenario at ${perCoreConnections} connections`]: name,
      'requests/s': s.requestsPerSec,
      'server p50 ms': s.serverP50Ms,
      'server p99 ms': s.serverP99Ms,
      errors: s.errors,
      non2xx: s.non2xx,
    })),
  );
  const lists = Object.keys(listRequestsByName);
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageBefore, loadAverageAfter: loadavg() },
    setup: {
      database: 'postgres',
      serverPool: 'createDb default (max 10)',
      connections: deskConnections,
      seconds,
      warmupSeconds,
      accounts: accountCount,
      transactions: transactionCount,
      tickets: tickets.tickets,
      historyRows: tickets.history,
      seedSeconds: { sales: seed.seedSeconds, tickets: tickets.seconds },
      requests:
        'tickets.list captured from @foyer/client as the owner sends it (all linked accounts); searches cycle through 50 receipts and 50 email pieces; the seeded tables vacuumed and analyzed, as autovacuum leaves them; the deep page is the cursor handed out after 10,000 open tickets',
      reports: 'reports.ticketsCreated and reports.ticketChanges for the last 30 days across all accounts, captured from @foyer/client',
      receipt: 'GET /api/receipts/{master}/{account}/{transaction} with the owner’s session, streamed by pdfkit',
    },
    scenarios,
    // Not judged: the lists with one connection per core, each request waiting for no other.
    listsOnePerCore: { connections: perCoreConnections, scenarios: perCore },
    targets,
    met: {
      validMeasurement: clean,
      listsServerP99: lists.every((name) => scenarios[name].serverP99Ms < targets.listServerP99MsBelow),
      deepPageWithinOfFirst: scenarios.page10000Deep.serverP99Ms <= targets.deepPageWithinOfFirst * scenarios.firstPageOfOpen.serverP99Ms,
      reportsServerP99: ['report30DaysCreated', 'report30DaysChanges'].every((name) => scenarios[name].serverP99Ms < targets.reportServerP99MsBelow),
      receiptPdfsPerSecPerCore: scenarios.receiptPdf.pdfsPerSecPerCore >= targets.receiptPdfsPerSecPerCoreAtLeast,
    },
  };
  if (smoke) {
    console.log(`smoke run ${clean ? 'completed without errors' : 'HAD ERRORS OR NON-2XX ANSWERS'}; targets not judged, results not written`);
    return clean;
  }
  console.log(
    `targets: ${Object.entries(result.met)
      .map(([name, met]) => `${name} ${met ? 'met' : 'MISSED'}`)
      .join(', ')}`,
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
