import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { realJpeg } from '../../test-support/pictures.js';
import { sizeKey } from './picture-sizes.js';

describe.each(databaseKinds)('the sizes of a picture on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let gallery: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server, { log: () => {} });
    ws = await givenWorkspace(server);
    gallery = await ws.gallery('Wedding');
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const upload = (name: string, mediaType: string, body: Buffer, expect = '') =>
    fetch(`${http.base}/uploads/${ws.handle}/${gallery}?name=${encodeURIComponent(name)}${expect}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ws.ownerToken}`, 'content-type': mediaType },
      body: new Uint8Array(body),
    });
  const fetched = async (url: string) => {
    const answer = await fetch(`${http.base}${url}`);
    return { answer, bytes: Buffer.from(await answer.arrayBuffer()) };
  };

  it('serves a thumbnail and a screen size of an uploaded photo, fitted, never cropped, and the original as it was', async () => {
    const original = await realJpeg(3000, 2000);
    const put = await upload('ceremony.jpg', 'image/jpeg', original);
    expect(put.status).toBe(201);
    const item = (await put.json()) as { id: string; url: string; thumbnailUrl: string; screenUrl: string };

    const thumbnail = await fetched(item.thumbnailUrl);
    expect(thumbnail.answer.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: 'webp', width: 640, height: 427 });
    expect(thumbnail.bytes.length).toBeLessThan(original.length);

    const screen = await fetched(item.screenUrl);
    expect(await sharp(screen.bytes).metadata()).toMatchObject({ format: 'webp', width: 2048, height: 1365 });

    const full = await fetched(item.url);
    expect(full.answer.headers.get('content-type')).toBe('image/jpeg');
    expect(full.bytes).toEqual(original);

    // The gallery's own answer points a client's page at the sizes, not the original.
    const [listed] = await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery });
    expect(listed!.thumbnailUrl).toContain('size=thumbnail');
    expect(listed!.screenUrl).toContain('size=screen');
  });

  it('never enlarges a small picture, and answers six asking for its screen size at the same moment alike', async () => {
    const put = await upload('detail.jpg', 'image/jpeg', await realJpeg(300, 500));
    const item = (await put.json()) as { thumbnailUrl: string; screenUrl: string };
    const answers = await Promise.all(Array.from({ length: 6 }, () => fetched(item.screenUrl)));
    for (const { answer, bytes } of answers) {
      expect(answer.status).toBe(200);
      expect(await sharp(bytes).metadata()).toMatchObject({ width: 300, height: 500 });
    }
    expect(new Set(answers.map((a) => a.bytes.toString('base64'))).size).toBe(1);
  });

  it('refuses a file sent as a JPEG that is not one, with a sentence, and keeps nothing of it', async () => {
    const before = await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery });
    const put = await upload('notes.jpg', 'image/jpeg', Buffer.from('Shot list: ceremony, rings, first dance'));
    expect(put.status).toBe(400);
    const body = (await put.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('NOT_A_PICTURE');
    expect(body.error.message).toMatch(/not the picture it says it is/);
    expect(await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery })).toEqual(before);
  });

  it('refuses a file that is no picture where the studio expects pictures, and keeps nothing of it', async () => {
    const before = await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery });
    const put = await upload('shot-list.txt', 'text/plain', Buffer.from('rings, vows'), '&expect=picture');
    expect(put.status).toBe(400);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('NOT_A_PICTURE');
    expect(await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery })).toEqual(before);
    expect((await upload('still-a-photo.jpg', 'image/jpeg', await realJpeg(200, 100), '&expect=picture')).status).toBe(201);
  });

  it('serves a file that is no picture as it is, whatever size is asked', async () => {
    const pdf = Buffer.from('%PDF-1.4 price list');
    const put = await upload('prices.pdf', 'application/pdf', pdf);
    const item = (await put.json()) as { url: string; thumbnailUrl: string };
    expect(item.thumbnailUrl).toBe(item.url);
    const asked = await fetched(`${item.url}&size=thumbnail`);
    expect(asked.answer.headers.get('content-type')).toBe('application/pdf');
    expect(asked.bytes).toEqual(pdf);
  });

  it('removes the sizes with the picture', async () => {
    const put = await upload('gone.jpg', 'image/jpeg', await realJpeg(1200, 800));
    const item = (await put.json()) as { id: string; thumbnailUrl: string };
    await fetched(item.thumbnailUrl);
    const { blob_key: blobKey } = await server.deps.db('gallery_items').select('blob_key').where({ id: item.id }).first();
    expect(await server.deps.blobs.exists(sizeKey(blobKey, 'thumbnail'))).toBe(true);
    await ws.owner.galleries.deleteItem({ workspace: ws.handle, itemId: item.id });
    expect(await server.deps.blobs.exists(sizeKey(blobKey, 'thumbnail'))).toBe(false);
    expect(await server.deps.blobs.exists(blobKey)).toBe(false);
  });
});
