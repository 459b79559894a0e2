import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace, signedUpIdentity } from '../../test-support/builders.js';

describe.each(databaseKinds)('galleries on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  const list = async () => ws.owner.galleries.list({ workspace: ws.handle });

  it('builds a tree in order, each gallery with its settings and a direct link', async () => {
    const parent = await ws.owner.galleries.create({ workspace: ws.handle, title: 'Weddings', allowNavigation: true });
    const first = await ws.owner.galleries.create({ workspace: ws.handle, title: 'Anna & Ben', parentId: parent.id, password: 'secret-1' });
    const second = await ws.owner.galleries.create({ workspace: ws.handle, title: 'Clara & Dan', parentId: parent.id });
    expect(parent).toMatchObject({ parentId: null, allowNavigation: true, hasPassword: false, itemCount: 0 });
    expect(first).toMatchObject({ parentId: parent.id, position: 0, hasPassword: true, allowNavigation: false });
    expect(second.position).toBe(1);
    expect(first.directLink).toBe(`?gallery=${first.id}`);
    const row = await server.deps.db('galleries').select('password_hash').where({ id: first.id }).first();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('changes title, navigation and password, and removes the password', async () => {
    const gallery = await ws.gallery('Draft', { password: 'first-pw' });
    const updated = await ws.owner.galleries.update({ workspace: ws.handle, galleryId: gallery, title: 'Final', allowNavigation: true, password: null });
    expect(updated).toMatchObject({ title: 'Final', allowNavigation: true, hasPassword: false });
  });

  it('takes a cover only from the gallery’s own items, and forgets it when the item goes', async () => {
    const gallery = await ws.gallery('Covered');
    const other = await ws.gallery('Elsewhere');
    const mine = await ws.item(gallery, 'cover.jpg');
    const foreign = await ws.item(other, 'not-mine.jpg');
    expect((await refusal(ws.owner.galleries.update({ workspace: ws.handle, galleryId: gallery, coverItemId: foreign }))).appCode).toBe('COVER_NOT_IN_GALLERY');
    expect((await ws.owner.galleries.update({ workspace: ws.handle, galleryId: gallery, coverItemId: mine })).coverItemId).toBe(mine);
    await ws.owner.galleries.deleteItem({ workspace: ws.handle, itemId: mine });
    expect((await list()).find((g) => g.id === gallery)).toMatchObject({ coverItemId: null, itemCount: 0 });
  });

  it('moves a gallery to another parent and place, but never into its own sub-tree', async () => {
    const a = await ws.gallery('A');
    const b = await ws.gallery('B', { parentId: a });
    const c = await ws.gallery('C', { parentId: b });
    expect((await refusal(ws.owner.galleries.move({ workspace: ws.handle, galleryId: a, parentId: c, position: 0 }))).appCode).toBe('MOVE_INTO_OWN_SUBTREE');
    expect((await refusal(ws.owner.galleries.move({ workspace: ws.handle, galleryId: a, parentId: a, position: 0 }))).appCode).toBe('MOVE_INTO_OWN_SUBTREE');
    const d = await ws.gallery('D', { parentId: a });
    const moved = await ws.owner.galleries.move({ workspace: ws.handle, galleryId: c, parentId: a, position: 0 });
    expect(moved).toMatchObject({ parentId: a, position: 0 });
    const children = (await list()).filter((g) => g.parentId === a).sort((x, y) => x.position - y.position);
    expect(children.map((g) => g.title)).toEqual(['C', 'B', 'D']);
    expect(d).toBeTruthy();
  });

  it('refuses to delete a gallery that still has sub-galleries, and deletes it with its items once empty', async () => {
    const parent = await ws.gallery('Parent');
    const child = await ws.gallery('Child', { parentId: parent });
    await ws.item(child, 'x.jpg');
    expect((await refusal(ws.owner.galleries.delete({ workspace: ws.handle, galleryId: parent }))).appCode).toBe('HAS_SUBGALLERIES');
    await ws.owner.galleries.delete({ workspace: ws.handle, galleryId: child });
    await ws.owner.galleries.delete({ workspace: ws.handle, galleryId: parent });
    expect((await list()).some((g) => g.id === parent || g.id === child)).toBe(false);
    expect(await server.deps.db('gallery_items').where({ gallery_id: child })).toEqual([]);
  });

  it('lets a viewer see galleries but not change them; a stranger sees nothing', async () => {
    const { caller: viewer } = await ws.member('viewer');
    expect((await viewer.galleries.list({ workspace: ws.handle })).length).toBeGreaterThan(0);
    expect((await refusal(viewer.galleries.create({ workspace: ws.handle, title: 'Nope' }))).appCode).toBe('FORBIDDEN');
    expect((await refusal(viewer.accesses.send({ workspace: ws.handle, accessId: '00000000-0000-4000-8000-000000000000', code: 'whatever' }))).appCode).toBe('FORBIDDEN');
    const stranger = await signedUpIdentity(server, { email: 'stranger@example.com', password: 'correct horse battery' });
    expect((await refusal(server.caller(stranger.token).galleries.list({ workspace: ws.handle }))).appCode).toBe('NOT_A_MEMBER');
    expect((await refusal(server.caller(stranger.token).galleries.list({ workspace: 'no-such-workspace' }))).appCode).toBe('NOT_A_MEMBER');
  });
});
