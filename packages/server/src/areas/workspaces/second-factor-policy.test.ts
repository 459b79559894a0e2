import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { codeFor, enrolSecondFactor, signInWithCode, signInWithPassword } from '../../test-support/second-factor.js';
import { jpegLike } from '../../test-support/pictures.js';

const password = 'correct horse battery';

describe.each(databaseKinds)('a workspace that requires a second factor, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('is turned on only by its owner, and only once the owner has signed in with a second factor', async () => {
    const ws = await givenWorkspace(server);
    const noFactor = await refusal(ws.owner.workspaces.update({ workspace: ws.handle, requireSecondFactor: true, name: 'Renamed' }));
    expect(noFactor.appCode).toBe('SECOND_FACTOR_NEEDED_FIRST');
    const admin = await ws.member('administrator');
    const notOwner = await refusal(admin.caller.workspaces.update({ workspace: ws.handle, requireSecondFactor: false }));
    expect(notOwner.appCode).toBe('OWNER_ONLY');
    const unchanged = await ws.owner.workspaces.settings({ workspace: ws.handle });
    expect(unchanged).toMatchObject({ name: `Studio ${ws.handle}`, requireSecondFactor: false });
    // The rest of the settings stay the administrator's to change.
    expect((await admin.caller.workspaces.update({ workspace: ws.handle, name: 'By the administrator' })).name).toBe('By the administrator');

    await enrolSecondFactor(server, ws.ownerToken, password);
    const on = await ws.owner.workspaces.update({ workspace: ws.handle, requireSecondFactor: true });
    expect(on.requireSecondFactor).toBe(true);
  });

  it('refuses every member, and the owner, whose session did not pass a second factor — whatever their role', async () => {
    const ws = await givenWorkspace(server);
    const { secret: ownerSecret } = await enrolSecondFactor(server, ws.ownerToken, password);
    const viewerEmail = `viewer-${ws.handle}@example.com`;
    const viewer = await ws.member('viewer', viewerEmail);
    const adminEmail = `admin-${ws.handle}@example.com`;
    const admin = await ws.member('administrator', adminEmail);
    const { secret: adminSecret } = await enrolSecondFactor(server, (await signInWithPassword(server, adminEmail, password)).token, password);
    await ws.owner.workspaces.update({ workspace: ws.handle, requireSecondFactor: true });

    expect((await refusal(viewer.caller.accesses.list({ workspace: ws.handle }))).appCode).toBe('SECOND_FACTOR_NOT_SET_UP');
    // The administrator has a second factor, but this session signed in before it was on.
    expect((await refusal(admin.caller.accesses.list({ workspace: ws.handle }))).appCode).toBe('SECOND_FACTOR_REQUIRED');
    const adminWithCode = await signInWithCode(server, adminEmail, password, adminSecret);
    expect(await server.caller(adminWithCode.token).accesses.list({ workspace: ws.handle })).toEqual([]);

    const ownerWithCode = await signInWithCode(server, ws.ownerEmail, password, ownerSecret);
    expect((await server.caller(ownerWithCode.token).workspaces.settings({ workspace: ws.handle })).requireSecondFactor).toBe(true);

    const accounts = await viewer.caller.identity.accounts();
    expect(accounts).toEqual([
      expect.objectContaining({ workspace: ws.handle, kind: 'member', roleName: 'Viewer', secondFactorRequired: true, usable: false, reason: 'SECOND_FACTOR_NOT_SET_UP' }),
    ]);
  });

  it('binds the owner’s sessions that signed in with the password only', async () => {
    const ws = await givenWorkspace(server);
    const { secret } = await enrolSecondFactor(server, ws.ownerToken, password);
    await ws.owner.workspaces.update({ workspace: ws.handle, requireSecondFactor: true });
    // The session the owner had before the second factor was on, as a password-only sign-in leaves it.
    const ownerId = (await ws.owner.identity.me()).identity.id;
    await server.deps.db('sessions').where({ identity_id: ownerId }).update({ second_factor_at: null });
    expect((await refusal(ws.owner.workspaces.settings({ workspace: ws.handle }))).appCode).toBe('SECOND_FACTOR_REQUIRED');
    const withCode = await signInWithCode(server, ws.ownerEmail, password, secret);
    // Turning it off again is the owner's, from a session that passed.
    expect((await server.caller(withCode.token).workspaces.update({ workspace: ws.handle, requireSecondFactor: false })).requireSecondFactor).toBe(false);
    expect((await ws.owner.workspaces.settings({ workspace: ws.handle })).requireSecondFactor).toBe(false);
  });

  it('asks again of a member who turns the second factor off', async () => {
    const ws = await givenWorkspace(server);
    await enrolSecondFactor(server, ws.ownerToken, password);
    await ws.owner.workspaces.update({ workspace: ws.handle, requireSecondFactor: true });
    const email = `leaving-${ws.handle}@example.com`;
    await ws.member('assistant', email);
    const { secret } = await enrolSecondFactor(server, (await signInWithPassword(server, email, password)).token, password);
    const session = await signInWithCode(server, email, password, secret);
    const calls = server.caller(session.token);
    expect(await calls.accesses.list({ workspace: ws.handle })).toEqual([]);
    await calls.identity.secondFactor.disable({ password, code: codeFor(server, secret) });
    expect((await refusal(calls.accesses.list({ workspace: ws.handle }))).appCode).toBe('SECOND_FACTOR_NOT_SET_UP');
  });

  it('holds for uploads over plain HTTP too', async () => {
    const ws = await givenWorkspace(server);
    const gallery = await ws.gallery('Policy gallery');
    const { secret } = await enrolSecondFactor(server, ws.ownerToken, password);
    await ws.owner.workspaces.update({ workspace: ws.handle, requireSecondFactor: true });
    const admin = await ws.member('administrator', `admin-up-${ws.handle}@example.com`);
    const withCode = await signInWithCode(server, ws.ownerEmail, password, secret);
    const http = await listen(server);
    try {
      const put = (token: string) =>
        fetch(`${http.base}/uploads/${ws.handle}/${gallery}?name=a.jpg`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
          body: jpegLike(),
        });
      const refused = await put(admin.token);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('SECOND_FACTOR_NOT_SET_UP');
      expect((await put(withCode.token)).status).toBe(201);
      const items = await server.caller(withCode.token).galleries.items({ workspace: ws.handle, galleryId: gallery });
      expect(items.map((i) => i.name)).toEqual(['a.jpg']);
    } finally {
      await http.close();
    }
  });
});
