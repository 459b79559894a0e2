import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';

describe.each(databaseKinds)('health on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('answers a ping without a session', async () => {
    expect(await server.caller().health.ping()).toEqual({ ok: true });
  });
});
