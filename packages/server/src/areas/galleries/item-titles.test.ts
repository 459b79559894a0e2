import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('pictures’ titles, which clients read in place of file names, on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let gallery: string;
  let rings: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
    gallery = await ws.gallery('Müller wedding');
    rings = await ws.item(gallery, 'IMG_4821.jpg');
  });
  afterAll(() => server.close());

  const title = (itemId: string, value: string | null, caller = ws.owner) => caller.galleries.updateItem({ workspace: ws.handle, itemId, title: value });
  const clientView = async () => {
    const { code } = await ws.owner.accesses.create({ workspace: ws.handle, name: `Anna ${Math.random()}`, galleryIds: [gallery] });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    return server.caller(token).client.gallery({ workspace: ws.handle, galleryId: gallery });
  };

  it('names a picture for its clients, who see the title; clearing it gives the file name back', async () => {
    expect((await clientView()).items[0]).toMatchObject({ name: 'IMG_4821.jpg', title: null });
    expect(await title(rings, '  The rings  ')).toMatchObject({ id: rings, name: 'IMG_4821.jpg', title: 'The rings' });
    expect((await clientView()).items[0]).toMatchObject({ name: 'IMG_4821.jpg', title: 'The rings' });
    expect((await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery }))[0]!.title).toBe('The rings');
    expect((await title(rings, '')).title).toBeNull();
    await title(rings, 'The rings');
    expect((await title(rings, null)).title).toBeNull();
  });

  it('refuses a title for a picture of another workspace, from someone who may not manage galleries, or too long, and changes nothing', async () => {
    await title(rings, 'First dance');
    const other = await givenWorkspace(server);
    expect((await refusal(other.owner.galleries.updateItem({ workspace: other.handle, itemId: rings, title: 'Taken over' }))).appCode).toBe('ITEM_NOT_FOUND');
    const viewer = await ws.member('viewer');
    expect((await refusal(title(rings, 'Peeked', viewer.caller))).code).toBe('FORBIDDEN');
    const long = await refusal(title(rings, 'x'.repeat(201)));
    expect(long.appCode).toBe('INVALID_INPUT');
    expect(long.message).toContain('200');
    expect((await clientView()).items[0]!.title).toBe('First dance');
  });
});
