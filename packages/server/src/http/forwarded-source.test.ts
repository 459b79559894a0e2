import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';
import { appCodeOf, trpcHttp } from '../test-support/trpc-http.js';

/**
 * Behind a proxy, the source a guess is counted against is the address the trusted proxy saw,
 * never one the client wrote into X-Forwarded-For itself: otherwise every guess could claim a
 * new source and no per-source limit would ever hold.
 */
describe.each(databaseKinds)('the source of a request behind a proxy on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  const realClient = '203.0.113.50';

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  /** Wrong sign-ins, each claiming another left-most address, as the trusted proxy appends the real one. */
  async function forgedWrongSignIns(base: string, email: string, count: number) {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < count; i++) {
      const answer = await trpcHttp(
        base,
        'mutation',
        'identity.signIn',
        { email, password: `wrong guess ${i}` },
        {
          headers: { 'x-forwarded-for': `198.51.100.${i + 1}, ${realClient}` },
        },
      );
      codes.push(appCodeOf(answer));
    }
    return codes;
  }

  it.each([
    ['one trusted hop', 1],
    ['the proxy named by its address', ['127.0.0.1']],
    ['the proxy named as loopback', ['loopback']],
  ] as const)('counts forged left-most addresses as the one real client, with %s', async (_name, trustProxy) => {
    const http = await listen(server, { trustProxy: trustProxy as number | string[] });
    try {
      const { ownerEmail } = await givenWorkspace(server);
      const free = server.deps.config.guessing.password.pair.free;
      const codes = await forgedWrongSignIns(http.base, ownerEmail, free + 1);
      expect(codes.slice(0, free)).toEqual(Array(free).fill('WRONG_CREDENTIALS'));
      // The pair (email, real client) has used its free tries, whatever the forged addresses said.
      expect(codes[free]).toBe('SIGN_IN_THROTTLED');
      // The right password from another real client still gets in: the limit is per source.
      const elsewhere = await trpcHttp(
        http.base,
        'mutation',
        'identity.signIn',
        { email: ownerEmail, password: 'correct horse battery' },
        {
          headers: { 'x-forwarded-for': '192.0.2.9' },
        },
      );
      expect(elsewhere.status).toBe(200);
    } finally {
      await http.close();
    }
  });

  it('ignores X-Forwarded-For entirely when no proxy is trusted', async () => {
    const http = await listen(server);
    try {
      const free = server.deps.config.guessing.password.pair.free;
      const codes = await forgedWrongSignIns(http.base, ws.ownerEmail, free + 1);
      expect(codes[free]).toBe('SIGN_IN_THROTTLED');
      // The limit was on the connection's own address, not on the claimed real client.
      const claimed = await trpcHttp(
        http.base,
        'mutation',
        'identity.signIn',
        { email: ws.ownerEmail, password: 'correct horse battery' },
        {
          headers: { 'x-forwarded-for': realClient },
        },
      );
      expect(appCodeOf(claimed)).toBe('SIGN_IN_THROTTLED');
    } finally {
      await http.close();
    }
  });
});
