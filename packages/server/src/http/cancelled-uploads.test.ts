import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';
import { jpegLike } from '../test-support/pictures.js';
import { startUpload } from '../test-support/uploads.js';

/** An upload whose body the test sends in two pieces, so something can happen between them. */
function twoPieceUpload(url: string, token: string): { finish(): Promise<{ status: number; body: any }> } {
  const upload = startUpload(url, { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' });
  upload.request.write(jpegLike(Buffer.alloc(16 * 1024, 1)));
  return {
    finish: async () => {
      upload.request.end(Buffer.alloc(16 * 1024, 2));
      const answer = await upload.answer(10_000);
      if (!answer) throw new Error('the upload was not answered');
      return answer;
    },
  };
}

describe.each(databaseKinds)('a cancelled upload on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let other: GivenWorkspace;
  let gallery: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server);
    other = await givenWorkspace(server);
    gallery = await ws.gallery('Wedding');
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const address = (key: string, name = 'photo.jpg') => `${http.base}/uploads/${ws.handle}/${gallery}?name=${name}&expect=picture&key=${key}`;
  const put = async (key: string, name?: string) => twoPieceUpload(address(key, name), ws.ownerToken).finish();
  const names = async () => (await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery })).map((i) => i.name);
  const cancel = (key: string) => ws.owner.galleries.cancelUpload({ workspace: ws.handle, galleryId: gallery, key });

  it('keeps no file that was stored before the cancellation came', async () => {
    const key = randomUUID();
    const stored = await put(key, 'stored.jpg');
    expect(stored.status).toBe(201);
    expect(await names()).toContain('stored.jpg');
    expect(await cancel(key)).toEqual({ discarded: true });
    expect(await names()).not.toContain('stored.jpg');
    // Its file went with it: the signed address it was given finds nothing.
    const file = await fetch(`${http.base}${stored.body.url}`);
    expect(file.status).toBe(404);
  });

  it('refuses a file whose cancellation came first', async () => {
    const key = randomUUID();
    expect(await cancel(key)).toEqual({ discarded: false });
    const late = await put(key, 'late.jpg');
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('UPLOAD_CANCELLED');
    expect(await names()).not.toContain('late.jpg');
  });

  it('keeps no file whose cancellation came while it was on its way', async () => {
    const key = randomUUID();
    const upload = twoPieceUpload(address(key, 'midway.jpg'), ws.ownerToken);
    expect(await cancel(key)).toEqual({ discarded: false });
    const answer = await upload.finish();
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('UPLOAD_CANCELLED');
    expect(await names()).not.toContain('midway.jpg');
  });

  it('keeps uploads without a key, and uploads whose key nobody cancelled', async () => {
    const kept = await twoPieceUpload(`${http.base}/uploads/${ws.handle}/${gallery}?name=keyless.jpg`, ws.ownerToken).finish();
    expect(kept.status).toBe(201);
    expect((await put(randomUUID(), 'keyed.jpg')).status).toBe(201);
    expect(await names()).toEqual(expect.arrayContaining(['keyless.jpg', 'keyed.jpg']));
  });

  it('refuses a key used twice, and a key that is no id, keeping the first file', async () => {
    const key = randomUUID();
    expect((await put(key, 'first.jpg')).status).toBe(201);
    const again = await put(key, 'second.jpg');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('UPLOAD_KEY_USED');
    const bad = await put('not-an-id', 'third.jpg');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_INPUT');
    expect(bad.body.error.message).toMatch(/key/);
    const now = await names();
    expect(now).toContain('first.jpg');
    expect(now).not.toContain('second.jpg');
    expect(now).not.toContain('third.jpg');
  });

  it('cancels only in the gallery it names', async () => {
    const key = randomUUID();
    expect((await put(key, 'wedding-only.jpg')).status).toBe(201);
    const elsewhere = await ws.gallery('Portraits');
    expect(await ws.owner.galleries.cancelUpload({ workspace: ws.handle, galleryId: elsewhere, key })).toEqual({ discarded: false });
    expect(await names()).toContain('wedding-only.jpg');
  });

  it('lets no other workspace cancel an upload of this one', async () => {
    const key = randomUUID();
    expect((await put(key, 'mine.jpg')).status).toBe(201);
    // The other owner names this workspace's gallery from their own: it is no gallery of theirs.
    expect((await refusal(other.owner.galleries.cancelUpload({ workspace: other.handle, galleryId: gallery, key }))).appCode).toBe('GALLERY_NOT_FOUND');
    // Naming this workspace, they are no member of it.
    expect((await refusal(other.owner.galleries.cancelUpload({ workspace: ws.handle, galleryId: gallery, key }))).code).toBe('FORBIDDEN');
    expect(await names()).toContain('mine.jpg');
  });
});
