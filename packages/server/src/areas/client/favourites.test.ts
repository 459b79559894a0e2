import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('a client marking favourites the photographer sees on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let wedding: string;
  let ceremony: string;
  let portfolio: string;
  let items: Record<'dance' | 'rings' | 'vows' | 'portrait', string>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
    wedding = await ws.gallery('Wedding', { allowNavigation: true });
    ceremony = await ws.gallery('Ceremony', { parentId: wedding });
    portfolio = await ws.gallery('Portfolio');
    items = {
      dance: await ws.item(wedding, 'dance.jpg'),
      rings: await ws.item(wedding, 'rings.jpg'),
      vows: await ws.item(ceremony, 'vows.jpg'),
      portrait: await ws.item(portfolio, 'portrait.jpg'),
    };
  });
  afterAll(() => server.close());

  async function client(galleryIds = [wedding]) {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', galleryIds });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    return { access, caller: server.caller(token) };
  }
  const mark = (caller: ReturnType<TestServer['caller']>, galleryId: string, itemId: string, favourite = true) =>
    caller.client.setFavourite({ workspace: ws.handle, galleryId, itemId, favourite });

  it('shows the owner’s preview the client’s favourites, and lets it change none of them', async () => {
    const { access, caller } = await client();
    await mark(caller, wedding, items.dance);
    const preview = await ws.owner.accesses.preview({ workspace: ws.handle, accessId: access.id });
    const owner = server.caller(preview.token);
    const seen = await owner.client.gallery({ workspace: ws.handle, galleryId: wedding });
    expect(seen.mayMarkFavourites).toBe(false);
    expect(seen.items.filter((i) => i.favourite).map((i) => i.id)).toEqual([items.dance]);
    expect(await refusal(mark(owner, wedding, items.rings))).toMatchObject({ appCode: 'PREVIEW_CANNOT_MARK' });
    expect(await refusal(mark(owner, wedding, items.dance, false))).toMatchObject({ appCode: 'PREVIEW_CANNOT_MARK' });
    const after = await caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    expect(after.mayMarkFavourites).toBe(true);
    expect(after.items.filter((i) => i.favourite).map((i) => i.id)).toEqual([items.dance]);
  });

  it('sees the pictures they marked as favourites when they open the gallery again, and unmarks one', async () => {
    const { caller } = await client();
    await mark(caller, wedding, items.dance);
    await mark(caller, wedding, items.rings);
    await mark(caller, wedding, items.rings);
    const favourites = async () => (await caller.client.gallery({ workspace: ws.handle, galleryId: wedding })).items.filter((i) => i.favourite).map((i) => i.name);
    expect(await favourites()).toEqual(['dance.jpg', 'rings.jpg']);
    await mark(caller, wedding, items.dance, false);
    expect(await favourites()).toEqual(['rings.jpg']);
  });

  it("keeps each client's favourites to their own access", async () => {
    const anna = await client();
    const ben = await client();
    await mark(anna.caller, wedding, items.dance);
    const view = await ben.caller.client.gallery({ workspace: ws.handle, galleryId: wedding });
    expect(view.items.every((i) => !i.favourite)).toBe(true);
  });

  it('marks pictures of a sub-gallery reached by navigation, but none of a gallery the access does not reach', async () => {
    const { caller } = await client();
    await mark(caller, ceremony, items.vows);
    expect((await refusal(mark(caller, portfolio, items.portrait))).appCode).toBe('NOT_IN_ACCESS');
    // Naming a reached gallery with a picture of another one marks nothing either.
    expect((await refusal(mark(caller, wedding, items.portrait))).appCode).toBe('ITEM_NOT_FOUND');
    expect((await refusal(mark(caller, wedding, items.vows))).appCode).toBe('ITEM_NOT_FOUND');
  });

  it("shows the owner the access's selection gallery by gallery, with names, thumbnails and the count", async () => {
    const { access, caller } = await client();
    expect(await ws.owner.accesses.selection({ workspace: ws.handle, accessId: access.id })).toEqual({ count: 0, galleries: [] });
    await mark(caller, wedding, items.rings);
    await mark(caller, ceremony, items.vows);
    await mark(caller, wedding, items.dance);
    await ws.owner.galleries.updateItem({ workspace: ws.handle, itemId: items.rings, title: 'The rings' });
    const selection = await ws.owner.accesses.selection({ workspace: ws.handle, accessId: access.id });
    expect(selection.count).toBe(3);
    expect(selection.galleries.map((g) => [g.title, g.items.map((i) => [i.name, i.title])])).toEqual([
      ['Ceremony', [['vows.jpg', null]]],
      [
        'Wedding',
        [
          ['dance.jpg', null],
          ['rings.jpg', 'The rings'],
        ],
      ],
    ]);
    expect(selection.galleries[0]!.items[0]!.thumbnailUrl).toContain(items.vows);
  });

  it('lets a favourite go when its picture is deleted, and the whole selection when the access is', async () => {
    const doomed = await ws.item(wedding, 'doomed.jpg');
    const { access, caller } = await client();
    await mark(caller, wedding, doomed);
    await mark(caller, wedding, items.dance);
    await ws.owner.galleries.deleteItem({ workspace: ws.handle, itemId: doomed });
    expect((await ws.owner.accesses.selection({ workspace: ws.handle, accessId: access.id })).count).toBe(1);
    await ws.owner.accesses.delete({ workspace: ws.handle, accessId: access.id });
    expect(await server.deps.db('access_favourites').where({ access_id: access.id })).toEqual([]);
    expect((await refusal(ws.owner.accesses.selection({ workspace: ws.handle, accessId: access.id }))).appCode).toBe('ACCESS_NOT_FOUND');
  });

  it("lets only who may view accesses read a selection, and never another workspace's", async () => {
    const { access, caller } = await client();
    await mark(caller, wedding, items.dance);
    const other = await givenWorkspace(server);
    expect((await refusal(other.owner.accesses.selection({ workspace: other.handle, accessId: access.id }))).appCode).toBe('ACCESS_NOT_FOUND');
    expect((await refusal(other.owner.accesses.selection({ workspace: ws.handle, accessId: access.id }))).code).toBe('FORBIDDEN');
    // A client is no member: their session reads no selection.
    expect((await refusal(caller.accesses.selection({ workspace: ws.handle, accessId: access.id }))).appCode).toBe('NOT_SIGNED_IN');
  });
});
