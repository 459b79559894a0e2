import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal } from '../../test-support/builders.js';

describe.each(databaseKinds)('workspace settings on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('lets the owner move the pages that share links and direct links point to', async () => {
    const ws = await givenWorkspace(server);
    const gallery = await ws.gallery('Wedding');
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', code: 'anna-links-1' });
    const settings = await ws.owner.workspaces.update({
      workspace: ws.handle,
      name: 'Studio Anew',
      entryUrl: 'https://studio.example/clients',
      galleryUrl: 'https://studio.example/gallery',
    });
    expect(settings).toEqual({
      handle: ws.handle,
      name: 'Studio Anew',
      template: 'photography',
      entryUrl: 'https://studio.example/clients',
      galleryUrl: 'https://studio.example/gallery',
      activationUrl: null,
      requireSecondFactor: false,
    });
    const invitation = await ws.owner.accesses.invitation({ workspace: ws.handle, accessId: access.id, code });
    expect(invitation.link).toBe('https://studio.example/clients#code=anna-links-1');
    const [listed] = await ws.owner.galleries.list({ workspace: ws.handle });
    expect(listed!.directLink).toBe(`https://studio.example/gallery?gallery=${gallery}`);
    expect((await server.caller().workspaces.get({ workspace: ws.handle })).name).toBe('Studio Anew');
  });

  it('refuses a page address that is not http or https', async () => {
    const ws = await givenWorkspace(server);
    const error = await refusal(ws.owner.workspaces.update({ workspace: ws.handle, entryUrl: 'javascript:alert(1)' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect((await ws.owner.workspaces.settings({ workspace: ws.handle })).entryUrl).toBeNull();
  });
});
