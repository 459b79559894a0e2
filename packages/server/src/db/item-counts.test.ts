import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';

/** The item count kept on each gallery (migration 006) must equal counting the items, whatever wrote them. */
describe.each(databaseKinds)('gallery item counts on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  async function counts(...galleryIds: string[]) {
    const rows = await server.deps
      .db('galleries as g')
      .select('g.id', 'g.item_count')
      .select(server.deps.db.raw('(select count(*) from gallery_items i where i.workspace_id = g.workspace_id and i.gallery_id = g.id)::int as counted'))
      .where('g.workspace_id', ws.id)
      .whereIn('g.id', galleryIds);
    for (const row of rows) expect(row.item_count, `gallery ${row.id}`).toBe(row.counted);
    return galleryIds.map((id) => rows.find((r: { id: string }) => r.id === id)?.item_count);
  }

  it('follows uploads and deletions, and shows on the client cards', async () => {
    const a = await ws.gallery('A');
    const items = [await ws.item(a, '1.jpg'), await ws.item(a, '2.jpg'), await ws.item(a, '3.jpg')];
    expect(await counts(a)).toEqual([3]);
    await ws.owner.galleries.deleteItem({ workspace: ws.handle, itemId: items[0]! });
    expect(await counts(a)).toEqual([2]);
    const { code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Counted', galleryIds: [a] });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    expect((await server.caller(token).client.overview({ workspace: ws.handle })).galleries[0]?.itemCount).toBe(2);
  });

  it('follows many items written in one statement, items moved between galleries, and edits that move nothing', async () => {
    const a = await ws.gallery('Bulk A');
    const b = await ws.gallery('Bulk B');
    const now = new Date();
    const row = (galleryId: string, position: number) => ({
      workspace_id: ws.id,
      id: randomUUID(),
      gallery_id: galleryId,
      position,
      name: `${position}.jpg`,
      size: 1,
      media_type: 'image/jpeg',
      blob_key: `${ws.id}/x${position}`,
      created_at: now,
    });
    const rows = [row(a, 0), row(a, 1), row(a, 2), row(b, 0)];
    await server.deps.db('gallery_items').insert(rows);
    expect(await counts(a, b)).toEqual([3, 1]);
    await server.deps.db('gallery_items').whereIn('id', [rows[0]!.id, rows[1]!.id]).update({ gallery_id: b });
    expect(await counts(a, b)).toEqual([1, 3]);
    await server.deps.db('gallery_items').where({ workspace_id: ws.id }).whereIn('gallery_id', [a, b]).update({ name: 'renamed.jpg' });
    expect(await counts(a, b)).toEqual([1, 3]);
    await server.deps.db('gallery_items').where({ workspace_id: ws.id }).whereIn('gallery_id', [a, b]).delete();
    expect(await counts(a, b)).toEqual([0, 0]);
  });

  it('lets a gallery with items be deleted', async () => {
    const c = await ws.gallery('Deleted with items');
    await ws.item(c, 'a.jpg');
    await ws.owner.galleries.delete({ workspace: ws.handle, galleryId: c });
    expect(await server.deps.db('gallery_items').where({ workspace_id: ws.id, gallery_id: c }).first()).toBeUndefined();
  });
});
