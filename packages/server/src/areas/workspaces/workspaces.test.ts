import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, refusal } from '../../test-support/builders.js';

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
      passwordPolicy: 'standard',
      accountEmail: null,
      language: null,
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

  it('lets the owner select a password policy that every password set for the workspace must then meet', async () => {
    const ws = await givenWorkspace(server);
    const manager = await ws.member('administrator');
    expect(await refusal(manager.caller.workspaces.update({ workspace: ws.handle, passwordPolicy: 'two-of-each' }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'OWNER_ONLY' });
    expect((await ws.owner.workspaces.update({ workspace: ws.handle, passwordPolicy: 'two-of-each' })).passwordPolicy).toBe('two-of-each');
    const email = `strict-${Date.now()}@example.com`;
    await ws.owner.members.invite({ workspace: ws.handle, email, role: { template: 'assistant' } });
    const token = await mailedLinkToken(server, email, 'invitation');
    const described = await server.caller().invitations.describe({ token });
    expect(described.passwordRules).toEqual([
      { kind: 'length', count: 10 },
      { kind: 'upper-case', count: 2 },
      { kind: 'lower-case', count: 2 },
      { kind: 'digit', count: 2 },
      { kind: 'special', count: 2 },
    ]);
    expect(await refusal(server.caller().invitations.accept({ token, password: 'a long lowercase password' }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'PASSWORD_POLICY' });
    expect((await server.caller().invitations.accept({ token, password: 'AB-cd-12-!!-xyz' })).identity.email).toBe(email);
    // The person's later passwords meet it too: one password for every workspace they belong to.
    const signedIn = await server.caller().identity.signIn({ email, password: 'AB-cd-12-!!-xyz' });
    if (signedIn.secondFactorRequired) throw new Error('unexpected second factor');
    const own = server.caller(signedIn.token);
    expect(await refusal(own.identity.changePassword({ currentPassword: 'AB-cd-12-!!-xyz', newPassword: 'another long lowercase one' }))).toMatchObject({ appCode: 'PASSWORD_POLICY' });
  });
});
