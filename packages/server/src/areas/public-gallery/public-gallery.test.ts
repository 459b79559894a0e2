import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)("a gallery's direct link on %s", (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let guarded: string;
  let child: string;
  let open: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
    guarded = await ws.gallery('Guarded', { password: 'letmein-2026', allowNavigation: true });
    child = await ws.gallery('Child', { parentId: guarded });
    open = await ws.gallery('Open');
    await ws.item(guarded, 'secret.jpg');
  });
  afterAll(() => server.close());

  it('tells a visitor the title and that a password is needed, and nothing more', async () => {
    const info = await server.caller().publicGallery.info({ workspace: ws.handle, galleryId: guarded });
    expect(info).toEqual({ id: guarded, title: 'Guarded', workspaceName: `Studio ${ws.handle}`, passwordRequired: true });
    expect((await refusal(server.caller().publicGallery.open({ workspace: ws.handle, galleryId: guarded }))).appCode).toBe('GALLERY_PASSWORD_REQUIRED');
  });

  it('refuses a wrong password and opens with the right one', async () => {
    expect((await refusal(server.caller().publicGallery.unlock({ workspace: ws.handle, galleryId: guarded, password: 'wrong-one' }))).appCode).toBe('WRONG_GALLERY_PASSWORD');
    const { token } = await server.caller().publicGallery.unlock({ workspace: ws.handle, galleryId: guarded, password: 'letmein-2026' });
    const view = await server.caller(token).publicGallery.open({ workspace: ws.handle, galleryId: guarded });
    expect(view.items.map((i) => i.name)).toEqual(['secret.jpg']);
    expect(view.subGalleries.map((s) => s.title)).toEqual(['Child']);
    const childView = await server.caller(token).publicGallery.open({ workspace: ws.handle, galleryId: child });
    expect(childView.parent).toEqual({ id: guarded, title: 'Guarded' });
  });

  it('opens a gallery without a password for anyone with the link', async () => {
    const view = await server.caller().publicGallery.open({ workspace: ws.handle, galleryId: open });
    expect(view.gallery.title).toBe('Open');
  });

  it("does not let one gallery's unlocked session open another protected gallery", async () => {
    const other = await ws.gallery('Other guarded', { password: 'different-pw' });
    const { token } = await server.caller().publicGallery.unlock({ workspace: ws.handle, galleryId: guarded, password: 'letmein-2026' });
    expect((await refusal(server.caller(token).publicGallery.open({ workspace: ws.handle, galleryId: other }))).appCode).toBe('GALLERY_PASSWORD_REQUIRED');
  });

  it('throttles password guessing on a direct link', async () => {
    const rule = server.deps.config.guessing['gallery-password'].pair;
    for (let i = 0; i < rule.free; i++) {
      await refusal(server.caller(null, '198.51.100.77').publicGallery.unlock({ workspace: ws.handle, galleryId: guarded, password: `guess-${i}` }));
    }
    const throttled = await refusal(server.caller(null, '198.51.100.77').publicGallery.unlock({ workspace: ws.handle, galleryId: guarded, password: 'letmein-2026' }));
    expect(throttled.code).toBe('TOO_MANY_REQUESTS');
  });

  it('answers a gallery id of another workspace as if it did not exist', async () => {
    const other = await givenWorkspace(server);
    const foreign = await other.gallery('Foreign');
    expect((await refusal(server.caller().publicGallery.info({ workspace: ws.handle, galleryId: foreign }))).appCode).toBe('GALLERY_NOT_FOUND');
    expect((await refusal(server.caller().publicGallery.open({ workspace: ws.handle, galleryId: foreign }))).appCode).toBe('GALLERY_NOT_FOUND');
  });
});
