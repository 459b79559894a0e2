import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { databaseKinds, startTestServer, type TestServer } from './test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from './test-support/builders.js';

/**
 * No id from another workspace reads or changes anything. For every procedure: the owner of
 * workspace A names A but passes B's ids, then names B outright; both are refused and B's
 * data is exactly as before.
 */
describe.each(databaseKinds)('workspace boundaries on %s', (kind) => {
  let server: TestServer;
  let a: GivenWorkspace;
  let b: GivenWorkspace;
  let bIds: { gallery: string; child: string; item: string; access: string; code: string };
  let aIds: { gallery: string; access: string };
  let aClientToken: string;

  const tenantTables = ['galleries', 'gallery_items', 'client_accesses', 'access_galleries', 'outbox', 'audit_log'];
  async function snapshotOf(workspaceId: string) {
    const snapshot: Record<string, unknown[]> = {};
    for (const table of tenantTables) {
      snapshot[table] = await server.deps.db(table).where({ workspace_id: workspaceId }).orderBy(table === 'access_galleries' ? 'gallery_id' : 'id');
    }
    snapshot.sessions = await server.deps.db('sessions').where({ workspace_id: workspaceId }).orderBy('id');
    return snapshot;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    a = await givenWorkspace(server);
    b = await givenWorkspace(server);
    const bGallery = await b.gallery('B gallery', { allowNavigation: true, password: 'b-password' });
    const bChild = await b.gallery('B child', { parentId: bGallery });
    const bItem = await b.item(bGallery, 'b.jpg');
    const bAccess = await b.owner.accesses.create({ workspace: b.handle, name: 'B access', code: 'b-access-code', email: 'b@example.com', galleryIds: [bGallery] });
    bIds = { gallery: bGallery, child: bChild, item: bItem, access: bAccess.access.id, code: bAccess.code };
    const aGallery = await a.gallery('A gallery');
    const aAccess = await a.owner.accesses.create({ workspace: a.handle, name: 'A access', code: 'a-access-code', galleryIds: [aGallery] });
    aIds = { gallery: aGallery, access: aAccess.access.id };
    aClientToken = (await server.caller().client.signIn({ workspace: a.handle, code: 'a-access-code' })).token;
  });
  afterAll(() => server.close());

  type Call = (handle: string) => Promise<unknown>;
  /** Each procedure, called by A's owner (or A's client) with B's ids and the given handle. */
  const calls = (): Record<string, Call> => {
    const owner = a.owner;
    const client = server.caller(aClientToken);
    return {
      'galleries.list': (w) => owner.galleries.list({ workspace: w }),
      'galleries.create': (w) => owner.galleries.create({ workspace: w, title: 'Sneaky', parentId: bIds.gallery }),
      'galleries.update': (w) => owner.galleries.update({ workspace: w, galleryId: bIds.gallery, title: 'Hijacked', password: null }),
      'galleries.move': (w) => owner.galleries.move({ workspace: w, galleryId: bIds.child, parentId: null, position: 0 }),
      'galleries.delete': (w) => owner.galleries.delete({ workspace: w, galleryId: bIds.child }),
      'galleries.items': (w) => owner.galleries.items({ workspace: w, galleryId: bIds.gallery }),
      'galleries.deleteItem': (w) => owner.galleries.deleteItem({ workspace: w, itemId: bIds.item }),
      'accesses.list': (w) => owner.accesses.list({ workspace: w }),
      'accesses.get': (w) => owner.accesses.get({ workspace: w, accessId: bIds.access }),
      'accesses.create': (w) => owner.accesses.create({ workspace: w, name: 'Sneaky', galleryIds: [bIds.gallery] }),
      'accesses.update': (w) => owner.accesses.update({ workspace: w, accessId: bIds.access, name: 'Hijacked' }),
      'accesses.setDisabled': (w) => owner.accesses.setDisabled({ workspace: w, accessId: bIds.access, disabled: true }),
      'accesses.rotateCode': (w) => owner.accesses.rotateCode({ workspace: w, accessId: bIds.access }),
      'accesses.delete': (w) => owner.accesses.delete({ workspace: w, accessId: bIds.access }),
      'accesses.addGalleries': (w) => owner.accesses.addGalleries({ workspace: w, accessId: bIds.access, galleryIds: [bIds.child] }),
      'accesses.removeGalleries': (w) => owner.accesses.removeGalleries({ workspace: w, accessId: bIds.access, galleryIds: [bIds.gallery] }),
      'accesses.invitation': (w) => owner.accesses.invitation({ workspace: w, accessId: bIds.access, code: bIds.code }),
      'accesses.send': (w) => owner.accesses.send({ workspace: w, accessId: bIds.access, code: bIds.code }),
      'accesses.preview': (w) => owner.accesses.preview({ workspace: w, accessId: bIds.access }),
      'outbox.list': (w) => owner.outbox.list({ workspace: w }),
      'workspaces.settings': (w) => owner.workspaces.settings({ workspace: w }),
      'workspaces.update': (w) => owner.workspaces.update({ workspace: w, name: 'Hijacked', entryUrl: 'https://evil.example/' }),
      'client.overview': (w) => client.client.overview({ workspace: w }),
      'client.gallery': (w) => client.client.gallery({ workspace: w, galleryId: bIds.gallery }),
      'client.signOut': (w) => client.client.signOut({ workspace: w }),
      'client.signIn': (w) => server.caller().client.signIn({ workspace: w, code: w === a.handle ? bIds.code : 'a-access-code' }),
      'publicGallery.info': (w) => server.caller().publicGallery.info({ workspace: w, galleryId: w === a.handle ? bIds.gallery : aIds.gallery }),
      'publicGallery.unlock': (w) => server.caller().publicGallery.unlock({ workspace: w, galleryId: w === a.handle ? bIds.gallery : aIds.gallery, password: 'b-password' }),
      'publicGallery.open': (w) => server.caller().publicGallery.open({ workspace: w, galleryId: w === a.handle ? bIds.child : aIds.gallery }),
    };
  };

  /** Procedures that name no workspace: they cannot cross one. */
  const workspaceless = ['health.ping', 'identity.signUp', 'identity.signIn', 'identity.signOut', 'identity.me', 'workspaces.create', 'workspaces.get'];

  it('covers every procedure of the router', () => {
    const all = Object.keys(appRouter._def.procedures).sort();
    expect([...Object.keys(calls()), ...workspaceless].sort()).toEqual(all);
  });

  it("refuses B's ids in A's workspace, and A's caller in B's workspace, changing nothing of B", async () => {
    const before = await snapshotOf(b.id);
    for (const [name, call] of Object.entries(calls())) {
      const inOwn = await call(a.handle).then(
        (result) => ({ ok: true as const, result }),
        (error: { code: string }) => ({ ok: false as const, code: error.code }),
      );
      // Listing A's own things is fine, but nothing of B may show up in the answer.
      if (inOwn.ok) {
        expect(JSON.stringify(inOwn.result), name).not.toMatch(new RegExp(`${bIds.gallery}|${bIds.access}|${bIds.item}|B gallery|B access`));
      } else {
        expect(['NOT_FOUND', 'BAD_REQUEST', 'FORBIDDEN', 'UNAUTHORIZED'], name).toContain(inOwn.code);
      }
      if (name.startsWith('publicGallery.') || name === 'client.signIn') continue;
      const inOther = await refusal(call(b.handle));
      expect(['FORBIDDEN', 'UNAUTHORIZED'], name).toContain(inOther.code);
    }
    expect(await snapshotOf(b.id)).toEqual(before);
  });

  it("still lets B's owner and B's client do everything with B's ids afterwards", async () => {
    const detail = await b.owner.accesses.get({ workspace: b.handle, accessId: bIds.access });
    expect(detail.access.status).toBe('active');
    const { token } = await server.caller().client.signIn({ workspace: b.handle, code: bIds.code });
    const view = await server.caller(token).client.gallery({ workspace: b.handle, galleryId: bIds.gallery });
    expect(view.items.map((i) => i.name)).toEqual(['b.jpg']);
  });
});
