// A print shop with 1,000,000 contacts on PostgreSQL. The server time of
// contacts.list for the first page, a page deep in the list, sorted by company, filtered by
// status and searched by an email substring; and one contact's backup of 200 jobs of 5 MB,
// its throughput against the same bytes sent without the ZIP, and the server's memory during it.
// `--smoke` runs it at a tiny size and writes no results (smoke.mjs).
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { createLocalFolderStore } from '@foyer/server';
import { startBenchServer } from './bench-process.mjs';
import { size, smoke } from './smoke.mjs';
import { download, median, round } from './transfers.mjs';
import { accountSession, trpcCall, trpcRequest } from './trpc-http.mjs';

const contactCount = size(Number(process.env.BENCH_CONTACTS ?? 1_000_000), 1_000);
const calls = size(Number(process.env.BENCH_CALLS ?? 1000), 3);
const warmupCalls = size(Number(process.env.BENCH_WARMUP_CALLS ?? 30), 1);
const pageSize = 50;
// 10,000 pages of 50: the middle of a million; a smaller trial run (BENCH_CONTACTS) goes halfway.
const deepPage = Math.min(10_000, Math.floor(contactCount / pageSize / 2));
const searchText = '42424';
const jobCount = size(Number(process.env.BENCH_JOBS ?? 200), 2);
const jobBytes = size(5 * 1024 * 1024, 64 * 1024);
const backupRounds = size(3, 1);
const targets = { listP99MsBelow: 15, deepToFirstP99AtMost: 2, backupToPlainCopyAtLeast: 0.7, backupRssGrowthMbBelow: 50 };
const resultsFile = new URL('./results/contacts.json', import.meta.url);
const watchdog = setTimeout(() => fail(new Error('benchmark did not finish within 20 minutes')), 1_200_000);

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

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { calls: times.length, p50Ms: round(at(0.5)), p99Ms: round(at(0.99)), meanMs: round(times.reduce((a, b) => a + b, 0) / times.length) };
}

/**
 * The contacts as one generate_series statement, in the shares and shapes of the server's
 * bulk seeder (db/seed/bulk-contacts.ts, `foyer seed-contacts`) but without the accounts it
 * makes for them: a million identities and memberships cost minutes to write and nothing
 * contacts.list reads. Statuses: 30 % unregistered, 10 % not active, 50 % active, 10 % deactivated.
 */
const insertContacts = `insert into contacts (workspace_id, id, name, email, company, kind, status, invitation_sent, terms_accepted_at, created_at, updated_at)
  select ?, gen_random_uuid(),
    (array['Ada','Bjørn','Clara','Dag','Eva','Finn','Greta','Hans','Ingrid','Jonas','Kari','Lars','Maja','Nils','Olga','Per','Rita','Sven','Tove','Ulf','Vera','Åse','Zoltán','Éva'])[1 + i % 24]
      || ' ' || (array['Andersen','Berg','Christensen','Dahl','Eriksen','Fischer','Hansen','Johansen','Kovács','Larsen','Moen','Nagy','Olsen','Pedersen','Quist','Ruud','Solberg','Tangen','Urban','Vik','Wolf','Østby','Szabó','Müller','Lund'])[1 + (i / 24) % 25],
    'print-bench-' || lpad(i::text, 7, '0') || '@customers.example',
    case when i % 5 = 0 then null
      else (array['Fjord','Nordlys','Bryggen','Polar','Tinde','Elv','Skog','Havn','Kyst','Vidde','Lys','Bølge','Stein','Furu','Myr'])[1 + (i * 7) % 15]
        || ' ' || (array['AS','Design','Reklame','Media','Kft','GmbH','Trykk','Studio'])[1 + (i / 3) % 8] end,
    'customer',
    case when i % 10 < 3 then 'unregistered' when i % 10 = 3 then 'not-active' when i % 10 = 9 then 'deactivated' else 'active' end,
    i % 10 >= 3 or i % 2 = 0,
    case when i % 10 >= 4 and i % 7 <> 0 then ?::timestamptz - (i % 400) * interval '1 hour' end,
    ?::timestamptz - (i % 900) * interval '1 day', ?::timestamptz
  from generate_series(1, ?::int) as i`;

/** The owner and the print-shop workspace through the API, then its contacts in bulk. */
async function seedShop(baseUrl, db) {
  const handle = 'print-bench';
  const owner = await accountSession(baseUrl, db, { email: 'owner@print-bench.example', password: 'bench-owner-password-1' });
  await trpcCall(baseUrl, 'mutation', 'workspaces.create', { handle, name: 'Print Bench', template: 'print-shop' }, owner.token);
  const workspace = await db('workspaces').select('id', 'handle').where({ handle }).first();
  const started = performance.now();
  // The search's trigram (GIN) indexes take the rows into their pending list and sort them in
  // once, at the vacuum below, rather than one row at a time; back to the default afterwards.
  const searchIndexes = ['contacts_search_name', 'contacts_search_email', 'contacts_search_company'];
  for (const index of searchIndexes) await db.raw('alter index ?? set (gin_pending_list_limit = 2097151)', [index]);
  const now = new Date();
  await db.raw(insertContacts, [workspace.id, now, now, now, contactCount]);
  await db.raw('vacuum analyze contacts');
  for (const index of searchIndexes) await db.raw('alter index ?? reset (gin_pending_list_limit)', [index]);
  // Writing a million rows leaves gigabytes of WAL behind, which PostgreSQL would otherwise
  // flush during the timed calls: a server in steady state is not one minutes after a bulk load.
  await db.raw('checkpoint');
  const seedSeconds = round((performance.now() - started) / 1000, 1);
  return { handle, workspace, token: owner.token, seedSeconds };
}

/**
 * The cursor after the contact at `offset` in name order, as the server would have handed it
 * out after walking there page by page (the walk itself would take 10,000 calls): the same
 * opaque shape paging.ts encodes. The deep page's first row is checked against SQL below.
 */
async function cursorAtOffset(db, workspaceId, offset) {
  const row = await db('contacts')
    .select(db.raw('lower(name) as k0'), 'id')
    .where({ workspace_id: workspaceId })
    .orderByRaw('lower(name), id')
    .offset(offset - 1)
    .limit(1)
    .first();
  const cursor = { column: 'name', direction: 'asc', values: [row.k0], id: row.id };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** `calls` sequential calls after a warm-up: the server's time for each, and the round trip. */
async function timeList(baseUrl, token, input) {
  const { url, headers } = trpcRequest(baseUrl, 'query', 'contacts.list', input, token);
  const once = async () => {
    const response = await fetch(url, { headers });
    const body = await response.json();
    if (response.status !== 200) throw new Error(`contacts.list answered ${response.status}: ${JSON.stringify(body.error)}`);
    return body.result.data;
  };
  for (let i = 0; i < warmupCalls; i++) await once();
  const roundTrips = [];
  await server.ask('timings-start', 'timings-started');
  let page;
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    page = await once();
    roundTrips.push(performance.now() - started);
  }
  const { ms } = await server.ask('timings-take', 'timings');
  return { server: summary(ms), roundTrip: summary(roundTrips), rows: page.rows.length, total: page.total, totalExact: page.totalExact, firstRow: page.rows[0] };
}

/** The query plans of the list's shapes, as PostgreSQL runs them on this data. */
async function plans(db, workspaceId, shapes) {
  const out = {};
  for (const [name, sql] of Object.entries(shapes)) {
    const result = await db.raw(`explain (analyze, costs off, timing on) ${sql}`, [workspaceId]);
    out[name] = result.rows.map((r) => r['QUERY PLAN']);
  }
  return out;
}

/** A contact with `jobCount` jobs, each with a 5 MB input of random bytes in the server's blob store. */
async function seedJobs(db, workspaceId) {
  const contact = await db('contacts').select('id', 'name').where({ workspace_id: workspaceId, status: 'active' }).orderBy('email').first();
  const blobs = createLocalFolderStore((await server.ask('blob-dir', 'blob-dir')).path);
  const now = Date.now();
  const rows = [];
  for (let i = 0; i < jobCount; i++) {
    const id = crypto.randomUUID();
    const key = `jobs/${workspaceId}/${id}/input`;
    await blobs.put(key, Readable.from([randomBytes(jobBytes)]), jobBytes);
    const at = new Date(now + i);
    rows.push({
      workspace_id: workspaceId,
      id,
      contact_id: contact.id,
      name: `Order ${i + 1}`,
      status: 'completed',
      input_key: key,
      input_name: 'artwork.pdf',
      created_at: at,
      updated_at: at,
    });
  }
  await db.batchInsert('jobs', rows, 100);
  return contact;
}

async function main() {
  server = await startBenchServer('contacts');
  const { baseUrl, db } = server;
  console.log(`seeding ${contactCount} contacts …`);
  const shop = await seedShop(baseUrl, db);
  console.log(`seeded in ${shop.seedSeconds} s`);
  const loadAverageBefore = loadavg();

  const base = { workspace: shop.handle, limit: pageSize };
  const deepOffset = deepPage * pageSize;
  const deepCursor = await cursorAtOffset(db, shop.workspace.id, deepOffset);
  const inputs = {
    firstPage: base,
    deepPage: { ...base, after: deepCursor },
    byCompany: { ...base, sort: { column: 'company', direction: 'asc' } },
    byStatus: { ...base, status: ['not-active'] },
    searchEmail: { ...base, search: searchText },
  };
  const list = {};
  for (const [name, input] of Object.entries(inputs)) {
    console.log(`contacts.list ${name}: ${warmupCalls} warm-up calls, ${calls} timed …`);
    list[name] = await timeList(baseUrl, shop.token, input);
  }
  const expectedDeep = await db('contacts').select('id').where({ workspace_id: shop.workspace.id }).orderByRaw('lower(name), id').offset(deepOffset).limit(1).first();
  if (list.deepPage.firstRow?.id !== expectedDeep.id) throw new Error('the deep page does not start where walking the pages would have led');

  const where = 'from contacts where workspace_id = ?';
  const columns = 'select id, name, email, company, status, lower(name) as k0';
  const queryPlans = await plans(db, shop.workspace.id, {
    firstPage: `${columns} ${where} order by lower(name), id limit ${pageSize + 1}`,
    byCompany: `select id ${where} order by (company is null), coalesce(lower(company), ''), id limit ${pageSize + 1}`,
    byStatus: `${columns} ${where} and status in ('not-active') order by lower(name), id limit ${pageSize + 1}`,
    searchEmail: `${columns} ${where} and (name ilike '%${searchText}%' or email ilike '%${searchText}%' or company ilike '%${searchText}%') order by lower(name), id limit ${pageSize + 1}`,
    // The total: a sum over the counters migration 026's triggers keep, and a search's capped count.
    total: `select sum(n) from contact_counts where workspace_id = ?`,
    searchCount: `select count(*) from (select 1 ${where} and (name ilike '%${searchText}%' or email ilike '%${searchText}%' or company ilike '%${searchText}%') limit 10001) m`,
  });

  console.log(`backup: ${jobCount} jobs of ${jobBytes / 1024 / 1024} MB of random bytes …`);
  const contact = await seedJobs(db, shop.workspace.id);
  const backupUrl = `${baseUrl}/api/contacts/${shop.handle}/${contact.id}/backup`;
  const plainUrl = `${baseUrl}/bench/plain-copy/${shop.workspace.id}/${contact.id}`;
  await download(plainUrl, shop.token); // the blobs into the page cache, for both alike
  const plainRuns = [];
  const backupRuns = [];
  let rss;
  for (let i = 0; i < backupRounds; i++) {
    plainRuns.push(await download(plainUrl, shop.token));
    await server.ask('rss-start', 'rss-started');
    backupRuns.push(await download(backupUrl, shop.token));
    const sample = await server.ask('rss-stop', 'rss');
    if (!rss || sample.peak - sample.baseline > rss.peak - rss.baseline) rss = sample;
  }
  const payloadBytes = jobCount * jobBytes;
  if (plainRuns[0].bytes !== payloadBytes || backupRuns[0].bytes < payloadBytes) throw new Error('a download was short');
  const plainMbPerSec = median(plainRuns.map((r) => r.mbPerSec));
  const backupMbPerSec = median(backupRuns.map((r) => r.mbPerSec));
  const backup = {
    jobs: jobCount,
    payloadBytes,
    zipBytes: backupRuns[0].bytes,
    zipEntries: 'stored (no deflate), every entry, by the server’s own streaming writer (packages/server/src/zip)',
    plainCopy: { runs: plainRuns, medianMbPerSec: plainMbPerSec },
    zip: { runs: backupRuns, medianMbPerSec: backupMbPerSec },
    backupToPlainCopy: round(backupMbPerSec / plainMbPerSec),
    rssGrowthMb: round((rss.peak - rss.baseline) / 1024 / 1024, 1),
    rssBaselineMb: round(rss.baseline / 1024 / 1024, 1),
    rssSamples: rss.samples,
  };

  const listP99 = Object.values(list).map((l) => l.server.p99Ms);
  const deepToFirst = round(list.deepPage.server.p99Ms / list.firstPage.server.p99Ms);
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageBefore, loadAverageAfter: loadavg() },
    setup: {
      database: 'postgres',
      contacts: contactCount,
      seeding: `one insert … select from generate_series, then vacuum analyze (trigram indexes filled from their pending list) and a checkpoint: ${shop.seedSeconds} s`,
      pageSize,
      deepPage: `page ${deepPage + 1}: after ${deepOffset} contacts in name order, fetched with its cursor`,
      searchText,
      calls,
      warmupCalls,
      serverTime: 'bench-server.mjs: from the request reaching the HTTP server to the response handed to the socket; sequential calls over loopback',
      backup: `${jobCount} jobs of ${jobBytes} random bytes; plain copy = the same blobs streamed one after another into one HTTP response; ${backupRounds} alternating rounds, medians; RSS sampled every 20 ms`,
    },
    figures: {
      list: Object.fromEntries(Object.entries(list).map(([k, v]) => [k, { server: v.server, roundTrip: v.roundTrip, rows: v.rows, total: v.total, totalExact: v.totalExact }])),
      deepToFirstP99: deepToFirst,
      backup,
    },
    queryPlans,
    targets,
    met: {
      listP99: listP99.every((p) => p < targets.listP99MsBelow),
      deepToFirst: deepToFirst <= targets.deepToFirstP99AtMost,
      backupThroughput: backup.backupToPlainCopy >= targets.backupToPlainCopyAtLeast,
      backupRss: backup.rssGrowthMb < targets.backupRssGrowthMbBelow,
    },
  };
  console.table(
    Object.fromEntries(
      Object.entries(list).map(([k, v]) => [
        k,
        { 'server p50 ms': v.server.p50Ms, 'server p99 ms': v.server.p99Ms, 'round trip p50 ms': v.roundTrip.p50Ms, 'round trip p99 ms': v.roundTrip.p99Ms, rows: v.rows, total: v.total },
      ]),
    ),
  );
  console.log(`deep page p99 / first page p99: ${deepToFirst}`);
  console.table({ 'plain copy': { 'MB/s': plainMbPerSec }, 'backup ZIP': { 'MB/s': backupMbPerSec, 'RSS growth MB': backup.rssGrowthMb } });
  for (const [name, plan] of Object.entries(queryPlans)) console.log(`${name}:\n  ${plan.join('\n  ')}`);
  if (smoke) {
    console.log('smoke run completed without errors; targets not judged, results not written');
    return;
  }
  console.log(
    `targets: every list p99 < ${targets.listP99MsBelow} ms ${result.met.listP99 ? 'met' : 'MISSED'}, deep ≤ ${targets.deepToFirstP99AtMost}× first ${result.met.deepToFirst ? 'met' : 'MISSED'}, backup ≥ ${targets.backupToPlainCopyAtLeast} of plain copy (${backup.backupToPlainCopy}) ${result.met.backupThroughput ? 'met' : 'MISSED'}, RSS growth < ${targets.backupRssGrowthMbBelow} MB ${result.met.backupRss ? 'met' : 'MISSED'}`,
  );
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${resultsFile.pathname}`);
}

main()
  .then(async () => {
    clearTimeout(watchdog);
    await server.close();
    process.exit(0);
  })
  .catch(fail);
