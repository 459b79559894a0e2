import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from './clock.js';
import { pruneExpired } from './housekeeping.js';
import { recordCancelledUpload } from '../areas/galleries/queries.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, signedUpIdentity } from '../test-support/builders.js';

describe.each(databaseKinds)('housekeeping on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('removes dead sessions and old counters, and keeps live sessions working', async () => {
    const dead = await signedUpIdentity(server, { email: 'old@example.com', password: 'correct horse battery' });
    await server
      .caller(null, '198.51.100.3')
      .identity.signIn({ email: 'old@example.com', password: 'wrong password!' })
      .catch(() => {});
    server.clock.advance(2 * DAY);
    const live = await server.caller().identity.signIn({ email: 'old@example.com', password: 'correct horse battery' });
    // The counters last touched two days ago: the wrong password's, the sign-up request's and its link's.
    const twoDaysAgo = new Date(server.clock.now().getTime() - DAY);
    const stale = Number((await server.deps.db('guess_counters').whereNull('succeeded_at').andWhere('last_attempt_at', '<', twoDaysAgo).count({ n: '*' }).first())?.n);
    expect(stale).toBeGreaterThanOrEqual(2);
    const pruned = await pruneExpired(server.deps.db, server.clock.now());
    expect(pruned.sessions).toBe(1);
    expect(pruned.counters).toBe(stale);
    // The sign-up's link was followed: its row, and the password hash it held, are gone.
    expect(pruned.links).toBe(1);
    expect(await server.deps.db('account_links')).toEqual([]);
    expect((await server.caller(live.token).identity.me()).identity.email).toBe('old@example.com');
    expect(Number((await server.deps.db('sessions').count({ n: '*' }).first())?.n)).toBe(1);
    expect(
      await server
        .caller(dead.token)
        .identity.me()
        .catch((e: { code: string }) => e.code),
    ).toBe('UNAUTHORIZED');
  });

  it('forgets cancellations of uploads once a day has passed, and keeps newer ones', async () => {
    const ws = await givenWorkspace(server);
    const gallery = await ws.gallery('Wedding');
    const old = '6a1f1c8e-6c52-4b8e-9a57-0a8b1f2f3c01';
    const recent = '6a1f1c8e-6c52-4b8e-9a57-0a8b1f2f3c02';
    await ws.owner.galleries.cancelUpload({ workspace: ws.handle, galleryId: gallery, key: old });
    server.clock.advance(DAY + 60_000);
    // A day on, the owner's session has ended: the newer cancellation is kept as the call keeps it.
    await recordCancelledUpload(server.deps.db, ws.id, recent, server.clock.now());
    await pruneExpired(server.deps.db, server.clock.now());
    const kept = await server.deps.db('cancelled_uploads').where({ workspace_id: ws.id }).pluck('upload_key');
    expect(kept).toEqual([recent]);
  });
});
