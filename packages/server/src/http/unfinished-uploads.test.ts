import { cp, mkdtemp, readdir, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@foyer/schema';
import { createLocalFolderStore } from '../blobs/local-folder-store.js';
import type { ServerDeps } from '../context.js';
import { HOUR } from '../security/clock.js';
import { pruneExpired } from '../security/housekeeping.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';
import { startUpload } from '../test-support/uploads.js';
import { jpegLike } from '../test-support/pictures.js';

/** Every file under a folder, hidden ones too, by its path inside it. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(folder, join(e.parentPath, e.name)))
    .sort();
}

/** Waits for real input and output (a file appearing, a socket closing), never for a clock. */
async function until(condition: () => Promise<boolean>, what: string, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Sets every file's times back, as if the process that wrote them had died that long ago. */
async function age(folder: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  for (const file of await filesIn(folder)) await utimes(join(folder, file), then, then);
}

describe.each(databaseKinds)('unfinished uploads on %s', (kind) => {
  let server: TestServer;
  let folder: string;
  let deps: ServerDeps;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let shop: GivenWorkspace;
  let gallery: string;
  let jobId: string;
  const copies: string[] = [];

  beforeAll(async () => {
    // Slow here means under 1 KiB a second, measured over each 300 ms.
    server = await startTestServer(kind, { config: { minUploadBytesPerSecond: 1024, uploadPaceWindowMs: 300 } });
    folder = await mkdtemp(join(tmpdir(), 'foyer-uploads-'));
    deps = { ...server.deps, blobs: createLocalFolderStore(folder) };
    http = await listen({ deps });
    ws = await givenWorkspace(server);
    gallery = await ws.gallery('Wedding');
    shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const contact = await shop.owner.contacts.create({ workspace: shop.handle, name: 'Pia', email: 'pia@example.com' });
    jobId = (await shop.owner.jobs.create({ workspace: shop.handle, contactId: contact.id, name: 'Poster' })).id;
  });
  afterAll(async () => {
    await http.close();
    await server.close();
    for (const dir of [folder, ...copies]) await rm(dir, { recursive: true, force: true });
  });

  const galleryUpload = () => {
    const upload = startUpload(`${http.base}/uploads/${ws.handle}/${gallery}?name=photo.jpg`, { authorization: `Bearer ${ws.ownerToken}`, 'content-type': 'image/jpeg' });
    // A photo begins like one, or the route refuses it before it reaches the store.
    upload.request.write(jpegLike(''));
    return upload;
  };
  const jobUpload = () => startUpload(`${http.base}/jobs/${shop.handle}/${jobId}/input?name=poster.pdf`, { authorization: `Bearer ${shop.ownerToken}`, 'content-type': 'application/pdf' });
  const items = async () => (await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery })).map((i) => i.name);
  const somethingWritten = async () => {
    for (const file of await filesIn(folder)) if ((await stat(join(folder, file)).catch(() => null))?.size) return true;
    return false;
  };
  async function copyOfFolder(): Promise<string> {
    const copy = await mkdtemp(join(tmpdir(), 'foyer-uploads-killed-'));
    copies.push(copy);
    await cp(folder, copy, { recursive: true });
    return copy;
  }

  it('leaves no file behind when the client goes away half-way', async () => {
    const upload = galleryUpload();
    upload.request.write(Buffer.alloc(32 * 1024, 1));
    await until(somethingWritten, 'the first bytes reaching the store');
    upload.request.destroy();
    await until(async () => (await filesIn(folder)).length === 0, 'the partial file being removed');
    createLocalFolderStore(folder);
    await pruneExpired(server.deps.db, server.clock.now(), { blobs: deps.blobs });
    expect(await filesIn(folder)).toEqual([]);
    expect(await items()).toEqual([]);
  });

  it('removes what a killed server left half-written, at the next start and by prune', async () => {
    const upload = galleryUpload();
    // Sent at a good pace while the folder is copied, so the upload is still under way.
    const steady = setInterval(() => upload.request.write(Buffer.alloc(4 * 1024, 1)), 50);
    upload.request.write(Buffer.alloc(32 * 1024, 1));
    await until(somethingWritten, 'the first bytes reaching the store');
    // The folder as the server left it when it was killed at this moment, twice over.
    const atStart = await copyOfFolder();
    const atPrune = await copyOfFolder();
    clearInterval(steady);
    upload.request.destroy();
    expect(await filesIn(atStart)).toHaveLength(1);

    // An upload in progress on another instance sharing the folder is not touched.
    createLocalFolderStore(atStart);
    expect(await filesIn(atStart)).toHaveLength(1);
    await age(atStart, 1 * HOUR);
    createLocalFolderStore(atStart);
    expect(await filesIn(atStart)).toEqual([]);

    const store = createLocalFolderStore(atPrune);
    await age(atPrune, 1 * HOUR);
    const pruned = await pruneExpired(server.deps.db, server.clock.now(), { blobs: store });
    expect(pruned.uploads).toBe(1);
    expect(await filesIn(atPrune)).toEqual([]);
  });

  it.each([
    ['a gallery upload', galleryUpload],
    ['a job file', jobUpload],
  ])('ends %s sent slower than the minimum with 408, and keeps none of it', async (_name, start) => {
    const upload = start();
    const trickle = setInterval(() => upload.request.write(Buffer.alloc(10, 1)), 200);
    try {
      const answer = await upload.answer(3_000);
      expect(answer).toEqual({ status: 408, body: { error: { code: 'UPLOAD_TOO_SLOW', message: errorMessages.UPLOAD_TOO_SLOW } } });
    } finally {
      clearInterval(trickle);
      upload.request.destroy();
    }
    expect(await filesIn(folder)).toEqual([]);
    expect(await items()).toEqual([]);
    expect((await shop.owner.jobs.list({ workspace: shop.handle })).find((j) => j.id === jobId)?.inputName).toBeNull();
  });

  it('stores an upload sent at a normal pace, and keeps it at the next start', async () => {
    const bytes = jpegLike(Buffer.alloc(256 * 1024, 7));
    const put = await fetch(`${http.base}/uploads/${ws.handle}/${gallery}?name=whole.jpg`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ws.ownerToken}`, 'content-type': 'image/jpeg' },
      body: bytes,
    });
    expect(put.status).toBe(201);
    const item = (await put.json()) as { id: string; size: number };
    expect(item.size).toBe(bytes.length);
    expect(await filesIn(folder)).toEqual([join(ws.id, item.id)]);
    await age(folder, 1 * HOUR);
    createLocalFolderStore(folder);
    expect(await filesIn(folder)).toEqual([join(ws.id, item.id)]);
    expect(await items()).toEqual(['whole.jpg']);
  });
});
