import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { seedDemo, type DemoSeed } from './demo.js';

const urls = { entryUrl: 'http://localhost:3000/', galleryUrl: 'http://localhost:3000/gallery.html' };

describe.each(databaseKinds)('the demo seed on %s', (kind) => {
  let server: TestServer;
  let seed: DemoSeed;
  const workspace = 'studio-lindqvist';

  beforeAll(async () => {
    server = await startTestServer(kind);
    seed = await seedDemo(server.deps, urls);
  });
  afterAll(() => server.close());

  async function signedInOwner() {
    const { token } = await server.caller().identity.signIn({ email: seed.owner.email, password: seed.owner.password });
    return server.caller(token);
  }

  async function stableState() {
    const owner = await signedInOwner();
    const galleries = await owner.galleries.list({ workspace });
    const accesses = await owner.accesses.list({ workspace });
    const outbox = await owner.outbox.list({ workspace });
    return {
      galleries: galleries.map(({ id, parentId, title, allowNavigation, hasPassword, coverItemId, itemCount }) => ({
        id,
        parentId,
        title,
        allowNavigation,
        hasPassword,
        coverItemId,
        itemCount,
      })),
      accesses: accesses.map(({ id, name, status, scope, galleryCount, codeHint }) => ({ id, name, status, scope, galleryCount, codeHint })),
      outbox: outbox.length,
    };
  }

  it('lets the documented owner sign in and manage the studio-lindqvist workspace', async () => {
    expect(seed.workspace.handle).toBe(workspace);
    expect(seed.owner.email).toBe('owner@studio-lindqvist.example');
    const owner = await signedInOwner();
    expect((await owner.identity.me()).memberships).toEqual([{ workspace, name: seed.workspace.name, role: 'owner' }]);
  });

  it('fills every gallery with several distinct SVG pictures', async () => {
    const owner = await signedInOwner();
    for (const gallery of seed.galleries) {
      const items = await owner.galleries.items({ workspace, galleryId: gallery.id });
      expect(items.length, gallery.title).toBeGreaterThanOrEqual(3);
      expect(items.every((i) => i.mediaType === 'image/svg+xml')).toBe(true);
      expect(new Set(items.map((i) => i.name)).size).toBe(items.length);
    }
    expect(new Set(seed.galleries.map((g) => g.title)).size).toBe(seed.galleries.length);
  });

  it('has parents with navigation on and parents with navigation off', () => {
    const parents = new Set(seed.galleries.map((g) => g.path.at(-2)).filter(Boolean));
    const navigation = seed.galleries.filter((g) => parents.has(g.title)).map((g) => g.allowNavigation);
    expect(navigation).toContain(true);
    expect(navigation).toContain(false);
  });

  it('signs a client in with each active code and shows exactly the promised galleries', async () => {
    const active = seed.accesses.filter((a) => a.status === 'active');
    expect(active.length).toBeGreaterThanOrEqual(5);
    expect(active.some((a) => a.scope === 'explicit')).toBe(true);
    const idOf = new Map(seed.galleries.map((g) => [g.title, g.id]));
    for (const access of active) {
      // Each code is typed as a client might: with capitals.
      const { token } = await server.caller().client.signIn({ workspace, code: access.code.toUpperCase() });
      const client = server.caller(token);
      const overview = await client.client.overview({ workspace });
      expect(overview.accessName).toBe(access.name);
      expect(overview.galleries.map((g) => g.title).sort(), access.code).toEqual([...access.overview].sort());
      for (const title of access.opens) {
        const view = await client.client.gallery({ workspace, galleryId: idOf.get(title)! });
        // Every way onward the client is shown leads to a gallery the demo promises.
        const shown = [...view.subGalleries.map((s) => s.title), ...(view.parent ? [view.parent.title] : [])];
        expect(access.opens, `${access.code}: ${title} links to ${shown.join(', ')}`).toEqual(expect.arrayContaining(shown));
      }
      for (const title of access.refused) {
        const refused = await refusal(client.client.gallery({ workspace, galleryId: idOf.get(title)! }));
        expect(refused.appCode, `${access.code} must not open ${title}`).toBe('NOT_IN_ACCESS');
      }
    }
  });

  it('refuses the disabled and the expired code like a wrong one', async () => {
    const closed = seed.accesses.filter((a) => a.status !== 'active');
    expect(closed.map((a) => a.status).sort()).toEqual(['disabled', 'expired']);
    for (const access of closed) {
      const refused = await refusal(server.caller(null, '198.51.100.9').client.signIn({ workspace, code: access.code }));
      expect(refused.appCode).toBe('INVALID_CODE');
    }
  });

  it('guards the documented galleries with the documented passwords on their direct links', async () => {
    expect(seed.protectedGalleries.length).toBeGreaterThanOrEqual(2);
    for (const gallery of seed.protectedGalleries) {
      expect(gallery.directLink).toBe(`${urls.galleryUrl}?gallery=${gallery.galleryId}`);
      const visitor = server.caller(null, '198.51.100.10');
      expect((await visitor.publicGallery.info({ workspace, galleryId: gallery.galleryId })).passwordRequired).toBe(true);
      const { token } = await visitor.publicGallery.unlock({ workspace, galleryId: gallery.galleryId, password: gallery.password! });
      const view = await server.caller(token).publicGallery.open({ workspace, galleryId: gallery.galleryId });
      expect(view.gallery.title).toBe(gallery.title);
    }
    for (const link of seed.directLinks.filter((l) => l.password === null)) {
      const view = await server.caller().publicGallery.open({ workspace, galleryId: link.galleryId });
      expect(view.items.length).toBeGreaterThan(0);
    }
  });

  it('leaves the wedding invitation in the outbox, sent to the couple', async () => {
    const owner = await signedInOwner();
    const outbox = await owner.outbox.list({ workspace });
    const wedding = seed.accesses.find((a) => a.code === 'mueller-wedding-2026')!;
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ to: wedding.email, transport: 'outbox' });
    expect(outbox[0]!.body).toContain(`${urls.entryUrl}#code=mueller-wedding-2026`);
  });

  it('changes nothing when run a second time, and tells the same facts', async () => {
    const before = await stableState();
    const again = await seedDemo(server.deps, urls);
    expect(again).toEqual(seed);
    expect(await stableState()).toEqual(before);
  });

  it('points share links and direct links at the address of a later start', async () => {
    const moved = { entryUrl: 'http://localhost:4111/', galleryUrl: 'http://localhost:4111/gallery.html' };
    const facts = await seedDemo(server.deps, moved);
    expect(facts.galleries[0]!.directLink).toMatch(/^http:\/\/localhost:4111\/gallery\.html\?gallery=/);
    expect(facts.accesses.map((a) => a.code)).toEqual(seed.accesses.map((a) => a.code));
    await seedDemo(server.deps, urls);
  });
});
