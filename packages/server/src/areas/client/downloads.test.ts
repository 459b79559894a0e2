import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { jpegLike } from '../../test-support/pictures.js';
import { readZipContents } from '../../test-support/zip.js';
import { signDownloadLink } from '../../security/signed-links.js';
import { distinctNames } from './downloads.js';

describe.each(databaseKinds)("a client downloading the photographer's pictures on %s", (kind) => {
  let server: TestServer;
  let http: { base: string; close(): Promise<void> };
  let ws: GivenWorkspace;
  let wedding: string;
  let portfolio: string;
  const files = { first: jpegLike('first picture'), second: jpegLike('second picture, same name'), third: Buffer.from([0x89, ...Buffer.from('PNG\r\n\x1a\n'), 0, 1, 2, 255]) };

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server);
    wedding = await ws.gallery('Müller wedding');
    portfolio = await ws.gallery('Portfolio');
    await ws.item(wedding, 'dance.jpg', files.first);
    await ws.item(wedding, 'dance.jpg', files.second);
    await ws.item(wedding, 'rings.png', files.third, 'image/png');
    await ws.item(portfolio, 'portfolio.jpg');
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  async function client(options: { downloads?: boolean; galleryIds?: string[] } = {}) {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', galleryIds: options.galleryIds ?? [wedding], downloads: options.downloads });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    return { access, caller: server.caller(token) };
  }
  const get = (path: string) => fetch(`${http.base}${path}`);
  const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

  it('gets no download addresses while the access does not allow downloads, which is the default', async () => {
    const { access, caller } = await client();
    expect(access.downloads).toBe(false);
    const view = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    expect(view.zipUrl).toBeNull();
    expect(view.items.map((i) => i.downloadUrl)).toEqual([null, null, null]);
  });

  it('downloads one picture as an attachment with its original bytes and name', async () => {
    const { caller } = await client({ downloads: true });
    const view = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    const rings = view.items.find((i) => i.name === 'rings.png')!;
    const response = await get(rings.downloadUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="rings.png"; filename*=UTF-8''rings.png`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(files.third);
  });

  it('downloads the whole gallery as a ZIP named after it, holding every picture under its file name', async () => {
    const { caller } = await client({ downloads: true });
    const view = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    const response = await get(view.zipUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="M_ller wedding.zip"; filename*=UTF-8''${encodeURIComponent('Müller wedding.zip')}`);
    // Streamed as it is written: no length is known before the last file.
    expect(response.headers.get('content-length')).toBeNull();
    const { entries } = await readZipContents(Buffer.from(await response.arrayBuffer()));
    expect([...entries.keys()]).toEqual(['dance.jpg', 'dance (2).jpg', 'rings.png']);
    expect(entries.get('dance.jpg')!.bytes).toEqual(files.first);
    expect(entries.get('dance (2).jpg')!.bytes).toEqual(files.second);
    expect(entries.get('rings.png')!.bytes).toEqual(files.third);
  });

  it('refuses the addresses once the owner turns downloads off, and again once the gallery leaves the access', async () => {
    const { access, caller } = await client({ downloads: true });
    const view = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    await ws.owner.accesses.update({ workspace: ws.handle, accessId: access.id, downloads: false });
    for (const url of [view.zipUrl!, view.items[0]!.downloadUrl!]) {
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('DOWNLOADS_NOT_ALLOWED');
    }
    await ws.owner.accesses.update({ workspace: ws.handle, accessId: access.id, downloads: true });
    expect((await get(view.zipUrl!)).status).toBe(200);
    await ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [portfolio] });
    await ws.owner.accesses.removeGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [wedding] });
    const gone = await get(view.zipUrl!);
    expect(gone.status).toBe(403);
    expect(await errorCode(gone)).toBe('NOT_IN_ACCESS');
  });

  it('refuses a gallery or picture the access does not reach, even at an address signed for the access', async () => {
    const { access, caller } = await client({ downloads: true });
    const view = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    const portfolioItem = (await ws.owner.galleries.items({ workspace: ws.handle, galleryId: portfolio }))[0]!.id;
    const expires = server.clock.now().getTime() + 60_000;
    for (const target of [
      { kind: 'gallery' as const, galleryId: portfolio },
      { kind: 'item' as const, itemId: portfolioItem },
    ]) {
      const response = await get(signDownloadLink(server.deps.secret, ws.id, access.id, target, expires));
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('NOT_IN_ACCESS');
    }
    // The address names its gallery and workspace in the signature: another gallery's id, or another workspace's, does not pass.
    expect(await errorCode(await get(view.zipUrl!.replace(wedding, portfolio)))).toBe('LINK_EXPIRED');
    const foreign = await givenWorkspace(server);
    const foreignGallery = await foreign.gallery('Foreign');
    expect(await errorCode(await get(view.zipUrl!.replace(`/${ws.id}/`, `/${foreign.id}/`).replace(wedding, foreignGallery)))).toBe('LINK_EXPIRED');
  });

  it('refuses an expired address, a forged one, and a picture address used as a ZIP address', async () => {
    const { caller } = await client({ downloads: true });
    const view = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    const item = view.items[0]!;
    const forged = view.zipUrl!.replace(/sig=[^&]+/, `sig=${'A'.repeat(22)}`);
    expect((await get(forged)).status).toBe(403);
    // The same signature under the other kind of address: the purposes differ, so it does not pass.
    const itemSig = /sig=([^&]+)/.exec(item.downloadUrl!)![1]!;
    const itemExp = /exp=(\d+)/.exec(item.downloadUrl!)![1]!;
    const swapped = view.zipUrl!.replace(/exp=\d+/, `exp=${itemExp}`).replace(/sig=[^&]+/, `sig=${itemSig}`);
    expect(await errorCode(await get(swapped))).toBe('LINK_EXPIRED');
    // Nor does a picture's viewing address download.
    expect((await get(item.url.replace('/files/', `/downloads/`))).status).toBe(404);
    expect((await get('/downloads/not-an-id/x/items/y?exp=1&sig=x')).status).toBe(400);
    server.clock.advance(3 * server.deps.config.itemLinkTtlMs);
    const expired = await get(item.downloadUrl!);
    expect(expired.status).toBe(403);
    expect(await errorCode(expired)).toBe('LINK_EXPIRED');
    await ws.signInAgain();
  });

  it('gives equal names in one folder distinct names, whatever their case', () => {
    expect(distinctNames(['a.jpg', 'A.jpg', 'a.jpg', 'b', 'b', '../x.jpg', ''])).toEqual(['a.jpg', 'A (2).jpg', 'a (3).jpg', 'b', 'b (2)', '_x.jpg', 'picture']);
  });
});
