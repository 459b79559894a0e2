import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@foyer/schema';
import { isDatabaseUnreachable } from './unreachable.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';
import { startTcpProxy, type TcpProxy } from '../test-support/tcp-proxy.js';
import { appCodeOf, trpcHttp } from '../test-support/trpc-http.js';
import { jpegLike } from '../test-support/pictures.js';

describe.each(databaseKinds)('a failing query on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('is no outage when the database answers with an error of its own', async () => {
    const error = await server.deps.db.raw('select * from no_such_table').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});

/**
 * While the database cannot be reached, callers are told to come back (503 with Retry-After),
 * not that the server failed; once it is back, the same server answers again by itself.
 */
describe.each(databaseKinds.filter((k) => k === 'postgres'))('the database out of reach on %s', (kind) => {
  let proxy: TcpProxy;
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let gallery: string;

  beforeAll(async () => {
    const real = new URL(process.env.DATABASE_URL!);
    proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
    const through = new URL(real);
    through.host = `127.0.0.1:${proxy.port}`;
    server = await startTestServer(kind, { database: { url: through.href, acquireConnectionTimeoutMs: 1_000 } });
    http = await listen(server);
    ws = await givenWorkspace(server);
    gallery = await ws.gallery('Wedding');
  });
  afterAll(async () => {
    await proxy.open();
    await http.close();
    await server.close();
    await proxy.close();
  });

  const me = () => trpcHttp(http.base, 'query', 'identity.me', null, { token: ws.ownerToken });
  const upload = () =>
    fetch(`${http.base}/uploads/${ws.handle}/${gallery}?name=a.jpg`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ws.ownerToken}`, 'content-type': 'image/jpeg' },
      body: jpegLike(),
    });

  function expectComeBackLater(answer: { status: number; headers: Headers }) {
    expect(answer.status).toBe(503);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  }

  it('answers 503 with Retry-After while the database refuses connections, and recovers when it is back', async () => {
    expect((await me()).status).toBe(200);

    await proxy.close();
    const refused = await me();
    expectComeBackLater(refused);
    expect(appCodeOf(refused)).toBe('SERVICE_UNAVAILABLE');
    expect(refused.body.error.message).toBe(errorMessages.SERVICE_UNAVAILABLE);
    const refusedUpload = await upload();
    expectComeBackLater(refusedUpload);
    expect(await refusedUpload.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: errorMessages.SERVICE_UNAVAILABLE } });

    await proxy.open();
    expect((await me()).status).toBe(200);
    expect((await upload()).status).toBe(201);
  });

  it('answers 503 when connections hang until the wait for one ends, and recovers when they go through again', async () => {
    await proxy.hang();
    // A pooled connection the hang cut fails at once; a new one waits out the pool's timeout.
    const calls: Array<{ answer: Awaited<ReturnType<typeof me>>; ms: number }> = [];
    for (let i = 0; i < 6 && !((calls.at(-1)?.ms ?? 0) >= 900); i++) {
      const started = Date.now();
      calls.push({ answer: await me(), ms: Date.now() - started });
    }
    for (const { answer } of calls) {
      expectComeBackLater(answer);
      expect(appCodeOf(answer)).toBe('SERVICE_UNAVAILABLE');
    }
    const waited = calls.at(-1)!.ms;
    expect(waited).toBeGreaterThanOrEqual(900);
    // The wait is the pool's acquire timeout, not a request left hanging.
    expect(waited).toBeLessThan(10_000);
    expectComeBackLater(await upload());

    await proxy.open();
    // A connection attempt begun while connections hung may still fail the first call after.
    const statuses: number[] = [];
    while (statuses.at(-1) !== 200 && statuses.length < 5) statuses.push((await me()).status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 503)).toBe(true);
    for (let i = 0; i < 3; i++) expect((await me()).status).toBe(200);
  });
});
