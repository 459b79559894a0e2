import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { migrations } from '../../db/migrate.js';
import { startSession } from '../../security/sessions.js';

const HOUR = 60 * 60 * 1000;

describe.each(databaseKinds)('one gallery session for every gallery its visitor unlocked, on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let parent: string;
  let child: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
    parent = await ws.gallery('Wedding', { password: 'parent-pw-2026', allowNavigation: true });
    child = await ws.gallery('Reception', { parentId: parent, password: 'child-pw-2026' });
  });
  afterAll(() => server.close());

  const unlock = (token: string | null, galleryId: string, password: string, workspace = ws.handle) => server.caller(token).publicGallery.unlock({ workspace, galleryId, password });
  const opens = async (token: string | null, galleryId: string, workspace = ws.handle) => {
    try {
      await server.caller(token).publicGallery.open({ workspace, galleryId });
      return true;
    } catch (error) {
      const refused = await refusal(Promise.reject(error));
      if (refused.appCode !== 'GALLERY_PASSWORD_REQUIRED') throw error;
      return false;
    }
  };

  it('unlocking a child, then its parent, with one token opens both, and the token stays the same', async () => {
    const first = await unlock(null, child, 'child-pw-2026');
    expect(await opens(first.token, parent)).toBe(false);

    const second = await unlock(first.token, parent, 'parent-pw-2026');
    expect(second.token).toBe(first.token);
    expect(second.expiresAt).toBe(first.expiresAt);
    expect(second.accessName).toBe('Wedding');
    expect(await opens(first.token, parent)).toBe(true);
    expect(await opens(first.token, child)).toBe(true);
  });

  it('a wrong password with a live session is refused and adds nothing to it', async () => {
    const { token } = await unlock(null, child, 'child-pw-2026');
    expect((await refusal(unlock(token, parent, 'not-the-password'))).appCode).toBe('WRONG_GALLERY_PASSWORD');
    expect(await opens(token, parent)).toBe(false);
    expect(await opens(token, child)).toBe(true);
  });

  it("a session of another workspace is not extended: unlocking starts a new one, and neither opens the other's galleries", async () => {
    const other = await givenWorkspace(server);
    const foreign = await other.gallery('Foreign', { password: 'foreign-pw-2026' });
    const theirs = await unlock(null, foreign, 'foreign-pw-2026', other.handle);

    const ours = await unlock(theirs.token, parent, 'parent-pw-2026');
    expect(ours.token).not.toBe(theirs.token);
    expect(await opens(ours.token, parent)).toBe(true);
    expect(await opens(theirs.token, parent)).toBe(false);
    expect(await opens(theirs.token, foreign, other.handle)).toBe(true);
    expect(await opens(ours.token, foreign, other.handle)).toBe(false);
  });

  it("a client's or a member's session is not extended: unlocking starts a gallery session of its own", async () => {
    const { code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Familie Berg', galleryIds: [parent] });
    const client = await server.caller().client.signIn({ workspace: ws.handle, code });

    const fromClient = await unlock(client.token, child, 'child-pw-2026');
    expect(fromClient.token).not.toBe(client.token);
    expect(await opens(client.token, child)).toBe(false);
    expect(await opens(fromClient.token, child)).toBe(true);
    // The client's own session is untouched.
    expect((await server.caller(client.token).client.overview({ workspace: ws.handle })).galleries.map((g) => g.title)).toContain('Wedding');

    const fromOwner = await unlock(ws.ownerToken, child, 'child-pw-2026');
    expect(fromOwner.token).not.toBe(ws.ownerToken);
    expect(await opens(ws.ownerToken, child)).toBe(false);
    expect(await opens(fromOwner.token, child)).toBe(true);
  });

  it('a changed password takes the gallery out of every session that holds it, and only that gallery', async () => {
    const guarded = await ws.gallery('Speeches', { parentId: parent, password: 'speeches-pw-1' });
    const one = await unlock(null, parent, 'parent-pw-2026');
    await unlock(one.token, guarded, 'speeches-pw-1');
    const two = await unlock(null, guarded, 'speeches-pw-1');

    // A change that leaves the password alone keeps what was unlocked.
    await ws.owner.galleries.update({ workspace: ws.handle, galleryId: guarded, title: 'Speeches and toasts' });
    expect(await opens(one.token, guarded)).toBe(true);

    await ws.owner.galleries.update({ workspace: ws.handle, galleryId: guarded, password: 'speeches-pw-2' });
    expect(await opens(one.token, guarded)).toBe(false);
    expect(await opens(two.token, guarded)).toBe(false);
    expect(await opens(one.token, parent)).toBe(true);

    expect((await refusal(unlock(one.token, guarded, 'speeches-pw-1'))).appCode).toBe('WRONG_GALLERY_PASSWORD');
    const again = await unlock(one.token, guarded, 'speeches-pw-2');
    expect(again.token).toBe(one.token);
    expect(await opens(one.token, guarded)).toBe(true);
  });

  it("the session's expiry ends every gallery it unlocked, however often it was extended", async () => {
    const first = await unlock(null, child, 'child-pw-2026');
    server.clock.advance(HOUR);
    const second = await unlock(first.token, parent, 'parent-pw-2026');
    expect(second.expiresAt).toBe(first.expiresAt);

    // Used every few hours, the session stays open until its absolute end.
    const end = new Date(first.expiresAt).getTime();
    const { idleMs } = server.deps.config.sessions.gallery;
    while (server.clock.now().getTime() + idleMs / 2 < end) {
      server.clock.advance(idleMs / 2);
      expect(await opens(first.token, child)).toBe(true);
    }
    server.clock.set(new Date(end + 1000));
    expect(await opens(first.token, child)).toBe(false);
    expect(await opens(first.token, parent)).toBe(false);

    const fresh = await unlock(first.token, parent, 'parent-pw-2026');
    expect(fresh.token).not.toBe(first.token);
    expect(await opens(fresh.token, parent)).toBe(true);
    expect(await opens(fresh.token, child)).toBe(false);
  });
});

describe.each(databaseKinds)('gallery sessions opened before they could hold several galleries, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('still open the gallery they were started for after the upgrade, and no other', async () => {
    const ws = await givenWorkspace(server);
    const guarded = await ws.gallery('Guarded', { password: 'guarded-pw-2026' });
    const other = await ws.gallery('Other', { password: 'other-pw-2026' });
    const upgrade = new Map(migrations).get('043_session_galleries')!;
    const { db, clock, config } = server.deps;
    await upgrade.down(db);
    // A session as the version before started it: its one gallery is its subject.
    const { token } = await startSession(db, clock, config.sessions.gallery, { kind: 'gallery', workspaceId: ws.id, subjectId: guarded });
    await upgrade.up(db);

    expect((await server.caller(token).publicGallery.open({ workspace: ws.handle, galleryId: guarded })).gallery.title).toBe('Guarded');
    expect((await refusal(server.caller(token).publicGallery.open({ workspace: ws.handle, galleryId: other }))).appCode).toBe('GALLERY_PASSWORD_REQUIRED');
    const added = await server.caller(token).publicGallery.unlock({ workspace: ws.handle, galleryId: other, password: 'other-pw-2026' });
    expect(added.token).toBe(token);
  });
});
