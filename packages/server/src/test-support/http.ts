import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type MiddlewareOptions } from '../app.js';
import type { TrustProxy } from '../http/trust-proxy.js';
import type { TestServer } from './databases.js';

/** The test server's app listening on a free loopback port, for tests that go through real HTTP. */
export async function listen(server: Pick<TestServer, 'deps'>, options?: MiddlewareOptions & { trustProxy?: TrustProxy }): Promise<{ base: string; close(): Promise<void> }> {
  const app = createApp(server.deps, { allowedOrigins: '*', log: () => {}, ...options });
  const http: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = http.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/api`,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}
