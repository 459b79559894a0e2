// The photographer's studio on PostgreSQL: 200 pictures of 5 MB uploaded through the route the
// studio's <gallery-manager> sends them to, 4 at a time as it does, against the same bytes sent
// to a route that only writes them to a file on the same disk; then the gallery's ZIP, from the
// signed address a client's <gallery-overview> links to, against the same files streamed one
// after another. The server's memory is sampled during each. `--smoke` runs it tiny (smoke.mjs).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startBenchServer } from './bench-process.mjs';
import { size, smoke } from './smoke.mjs';
import { download, median, megabytes, round } from './transfers.mjs';
import { accountSession, trpcCall } from './trpc-http.mjs';

const pictureCount = size(Number(process.env.BENCH_PICTURES ?? 200), 4);
const pictureBytes = size(5 * 1024 * 1024, 64 * 1024);
const inParallel = 4;
const uploadRounds = size(2, 1);
const zipRounds = size(3, 1);
const targets = { uploadToPlainCopyAtLeast: 0.6, uploadRssGrowthMbBelow: 100, zipToPlainCopyAtLeast: 0.7, zipRssGrowthMbBelow: 50 };
const resultsFile = new URL('./results/studio.json', import.meta.url);
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

// Random bytes that begin like a JPEG: the upload route checks a picture's first bytes, and the
// sizes for screens are made when first asked for, not during the upload, so the rest is never read.
const payload = randomBytes(pictureBytes);
payload.set([0xff, 0xd8, 0xff, 0xe0]);

/** Sends `count` copies of the payload, `inParallel` at a time, to the address `urlOf` gives; MB/s over the whole batch. */
async function uploadBatch(urlOf, headers) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < pictureCount) {
      const i = next++;
      const response = await fetch(urlOf(i), { method: 'PUT', headers, body: payload });
      if (response.status !== 201) throw new Error(`upload ${i} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: inParallel }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { seconds: round(seconds), mbPerSec: round(megabytes(pictureCount * pictureBytes) / seconds, 1) };
}

/** Runs `work` while the server samples its resident memory; the work's answer and the growth. */
async function withRss(work) {
  await server.ask('rss-start', 'rss-started');
  const answer = await work();
  const rss = await server.ask('rss-stop', 'rss');
  return { ...answer, rssGrowthMb: round(megabytes(rss.peak - rss.baseline), 1), rssBaselineMb: round(megabytes(rss.baseline), 1) };
}

async function main() {
  server = await startBenchServer('studio');
  const { baseUrl, db } = server;
  const api = `${baseUrl}/api`;
  const handle = 'studio-bench';
  const owner = await accountSession(baseUrl, db, { email: 'owner@studio-bench.example', password: 'bench-owner-password-1' });
  await trpcCall(baseUrl, 'mutation', 'workspaces.create', { handle, name: 'Studio Bench' }, owner.token);
  const workspace = await db('workspaces').select('id').where({ handle }).first();
  const loadAverageBefore = loadavg();
  const gallery = (title) => trpcCall(baseUrl, 'mutation', 'galleries.create', { workspace: handle, title }, owner.token);

  console.log(`uploads: ${pictureCount} pictures of ${megabytes(pictureBytes)} MB, ${inParallel} at a time, ${uploadRounds} alternating rounds …`);
  const plainUploads = [];
  const foyerUploads = [];
  let zipGallery;
  for (let round_ = 0; round_ < uploadRounds; round_++) {
    plainUploads.push(await uploadBatch((i) => `${baseUrl}/bench/plain-upload/picture-${i}`, { 'content-type': 'image/jpeg' }));
    await fetch(`${baseUrl}/bench/plain-upload`, { method: 'DELETE' });
    const target = await gallery(`Wedding ${round_ + 1}`);
    const headers = { authorization: `Bearer ${owner.token}`, 'content-type': 'image/jpeg' };
    foyerUploads.push(
      await withRss(() =>
        uploadBatch((i) => `${api}/uploads/${handle}/${target.id}?name=${encodeURIComponent(`DSC_${String(i).padStart(4, '0')}.jpg`)}&expect=picture&key=${randomUUID()}`, headers),
      ),
    );
    // The first gallery stays for the ZIP; the others go, so the disk holds one gigabyte, not many.
    if (zipGallery) await trpcCall(baseUrl, 'mutation', 'galleries.delete', { workspace: handle, galleryId: target.id }, owner.token);
    else zipGallery = target;
  }
  const stored = await db('gallery_items').count({ n: '*' }).where({ workspace_id: workspace.id, gallery_id: zipGallery.id }).first();
  if (Number(stored.n) !== pictureCount) throw new Error(`the gallery holds ${stored.n} pictures, not ${pictureCount}`);

  console.log('gallery ZIP: a client whose access allows downloads, from the address its gallery page links to …');
  const { code } = await trpcCall(baseUrl, 'mutation', 'accesses.create', { workspace: handle, name: 'Anna', galleryIds: [zipGallery.id], downloads: true }, owner.token);
  const client = await trpcCall(baseUrl, 'mutation', 'client.signIn', { workspace: handle, code });
  const view = await trpcCall(baseUrl, 'query', 'client.gallery', { workspace: handle, galleryId: zipGallery.id }, client.token);
  if (!view.zipUrl) throw new Error('the client’s gallery offers no ZIP');
  const zipUrl = `${api}${view.zipUrl}`;
  const plainUrl = `${baseUrl}/bench/plain-gallery/${workspace.id}/${zipGallery.id}`;
  await download(plainUrl); // the files into the page cache, for both alike
  const plainZips = [];
  const foyerZips = [];
  for (let i = 0; i < zipRounds; i++) {
    plainZips.push(await download(plainUrl));
    foyerZips.push(await withRss(() => download(zipUrl)));
  }
  const payloadBytes = pictureCount * pictureBytes;
  if (plainZips[0].bytes !== payloadBytes || foyerZips[0].bytes < payloadBytes) throw new Error('a download was short');

  const worst = (runs) => Math.max(...runs.map((r) => r.rssGrowthMb));
  const uploads = {
    plainCopy: { runs: plainUploads, medianMbPerSec: median(plainUploads.map((r) => r.mbPerSec)) },
    foyer: { runs: foyerUploads, medianMbPerSec: median(foyerUploads.map((r) => r.mbPerSec)) },
    rssGrowthMb: worst(foyerUploads),
  };
  uploads.uploadToPlainCopy = round(uploads.foyer.medianMbPerSec / uploads.plainCopy.medianMbPerSec);
  const zip = {
    payloadBytes,
    zipBytes: foyerZips[0].bytes,
    plainCopy: { runs: plainZips, medianMbPerSec: median(plainZips.map((r) => r.mbPerSec)) },
    zip: { runs: foyerZips, medianMbPerSec: median(foyerZips.map((r) => r.mbPerSec)) },
    rssGrowthMb: worst(foyerZips),
  };
  zip.zipToPlainCopy = round(zip.zip.medianMbPerSec / zip.plainCopy.medianMbPerSec);

  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageBefore, loadAverageAfter: loadavg() },
    setup: {
      database: 'postgres',
      uploads: `${pictureCount} pictures of ${pictureBytes} bytes, ${inParallel} in parallel, PUT {api}/uploads/{workspace}/{gallery}?name=…&expect=picture&key={uuid} with the owner's session (as <gallery-manager> sends them); plain copy = the same PUTs to a route that writes the body to a file on the same disk; ${uploadRounds} alternating rounds, medians`,
      zip: `the gallery of the first round (${megabytes(payloadBytes)} MB) from the signed address client.gallery answers an access that allows downloads; plain copy = the same files streamed one after another into one response; ${zipRounds} alternating rounds, medians`,
      rss: 'the server process, sampled every 20 ms during each Foyer run; the largest growth of the runs',
    },
    figures: { uploads, zip },
    targets,
    met: {
      uploadThroughput: uploads.uploadToPlainCopy >= targets.uploadToPlainCopyAtLeast,
      uploadRss: uploads.rssGrowthMb < targets.uploadRssGrowthMbBelow,
      zipThroughput: zip.zipToPlainCopy >= targets.zipToPlainCopyAtLeast,
      zipRss: zip.rssGrowthMb < targets.zipRssGrowthMbBelow,
    },
  };
  console.table({
    'upload, plain copy': { 'MB/s': uploads.plainCopy.medianMbPerSec },
    'upload, Foyer': { 'MB/s': uploads.foyer.medianMbPerSec, 'of plain': uploads.uploadToPlainCopy, 'RSS growth MB': uploads.rssGrowthMb },
    'gallery, plain copy': { 'MB/s': zip.plainCopy.medianMbPerSec },
    'gallery ZIP, Foyer': { 'MB/s': zip.zip.medianMbPerSec, 'of plain': zip.zipToPlainCopy, 'RSS growth MB': zip.rssGrowthMb },
  });
  if (smoke) {
    console.log('smoke run completed without errors; targets not judged, results not written');
    return;
  }
  console.log(
    `targets: upload ≥ ${targets.uploadToPlainCopyAtLeast} of plain copy ${result.met.uploadThroughput ? 'met' : 'MISSED'}, upload RSS growth < ${targets.uploadRssGrowthMbBelow} MB ${result.met.uploadRss ? 'met' : 'MISSED'}, ZIP ≥ ${targets.zipToPlainCopyAtLeast} of plain copy ${result.met.zipThroughput ? 'met' : 'MISSED'}, ZIP RSS growth < ${targets.zipRssGrowthMbBelow} MB ${result.met.zipRss ? 'met' : 'MISSED'}`,
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
