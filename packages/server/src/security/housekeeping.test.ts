import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from './clock.js';
import { pruneExpired } from './housekeeping.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';

describe.each(databaseKinds)('housekeeping on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('removes dead sessions and old counters, and keeps live sessions working', async () => {
    const dead = await server.caller().identity.signUp({ email: 'old@example.com', password: 'correct horse battery' });
    await server.caller(null, '198.51.100.3').identity.signIn({ email: 'old@example.com', password: 'wrong password!' }).catch(() => {});
    server.clock.advance(2 * DAY);
    const live = await server.caller().identity.signIn({ email: 'old@example.com', password: 'correct horse battery' });
    const pruned = await pruneExpired(server.deps.db, server.clock.now());
    expect(pruned.sessions).toBe(1);
    expect(pruned.counters).toBe(2);
    expect((await server.caller(live.token).identity.me()).identity.email).toBe('old@example.com');
    expect(Number((await server.deps.db('sessions').count({ n: '*' }).first())?.n)).toBe(1);
    expect((await server.caller(dead.token).identity.me().catch((e: { code: string }) => e.code))).toBe('UNAUTHORIZED');
  });
});
