import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from './clock.js';
import { pruneExpired } from './housekeeping.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { signedUpIdentity } from '../test-support/builders.js';

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
});
