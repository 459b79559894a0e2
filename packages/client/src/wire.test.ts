import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootServer, createApp, createIdentity, type AppRouter } from '@foyer/server';
import { createFoyerApi, FoyerCallError, type FoyerApi } from './index.js';

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch that forwards to the real one and writes down what went over the wire. */
function recordingFetch(sent: SentRequest[]): typeof fetch {
  return async (url, init) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    sent.push({ url: String(url), method: init?.method ?? 'GET', headers, body: init?.body == null ? undefined : String(init.body) });
    return fetch(url, init);
  };
}

/**
 * The server's benchmarks and its request handling assume tRPC's httpBatchLink; the elements'
 * client must send byte for byte the same requests and read the same answers.
 */
describe('the client on the wire', () => {
  let http: Server;
  let server: Awaited<ReturnType<typeof bootServer>>;
  let base: string;
  let blobDir: string;
  let token: string;

  beforeAll(async () => {
    blobDir = await mkdtemp(join(tmpdir(), 'foyer-wire-'));
    server = await bootServer({ database: { kind: 'pglite' }, blobDir });
    http = await new Promise((resolve) => {
      const s = createApp(server, { allowedOrigins: '*', log: () => {} }).listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api`;
    await createIdentity(server.db, new Date(), { email: 'wire@example.com', password: 'correct horse battery' });
    const signedIn = await createFoyerApi({ server: base, getToken: () => null }).identity.signIn.mutate({ email: 'wire@example.com', password: 'correct horse battery' });
    if (signedIn.secondFactorRequired) throw new Error('expected a session');
    token = signedIn.token;
    await createFoyerApi({ server: base, getToken: () => token }).workspaces.create.mutate({ handle: 'wire-test', name: 'Wire test' });
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await server.close();
    await rm(blobDir, { recursive: true, force: true });
  });

  /** The same calls through Foyer's client and through tRPC's, with what each sent and got. */
  async function both(calls: (api: FoyerApi) => Array<Promise<unknown>>, signedIn = true) {
    const getToken = () => (signedIn ? token : null);
    const ours: SentRequest[] = [];
    const theirs: SentRequest[] = [];
    const foyer = createFoyerApi({ server: base, getToken, fetch: recordingFetch(ours) });
    const trpc = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: `${base}/trpc`,
          fetch: recordingFetch(theirs),
          headers: () => {
            const t = getToken();
            return t ? { authorization: `Bearer ${t}` } : {};
          },
        }),
      ],
    });
    const settle = (promises: Array<Promise<unknown>>) => Promise.allSettled(promises);
    const oursSettled = await settle(calls(foyer));
    const theirsSettled = await settle(calls(trpc));
    return { ours, theirs, oursSettled, theirsSettled };
  }

  it('batches the queries of one tick into the same GET request', async () => {
    const r = await both((api) => [api.galleries.list.query({ workspace: 'wire-test' }), api.health.ping.query(), api.workspaces.get.query({ workspace: 'wire-test' })]);
    expect(r.ours).toHaveLength(1);
    expect(r.ours).toEqual(r.theirs);
    expect(r.ours[0]!.url).toContain('?batch=1&input=');
    expect(r.oursSettled).toEqual(r.theirsSettled);
  });

  it('sends a mutation as the same POST with the same JSON body', async () => {
    const r = await both((api) => [api.galleries.create.mutate({ workspace: 'wire-test', title: 'Same request' })]);
    expect(r.ours).toEqual(r.theirs);
    expect(r.ours[0]).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' } });
    const [ours, theirs] = [r.oursSettled[0], r.theirsSettled[0]];
    expect(ours?.status).toBe('fulfilled');
    expect(theirs?.status).toBe('fulfilled');
  });

  it('keeps queries and mutations of one tick in two requests', async () => {
    const r = await both((api) => [
      api.health.ping.query(),
      api.galleries.create.mutate({ workspace: 'wire-test', title: 'Beside a query' }),
      api.galleries.list.query({ workspace: 'wire-test' }),
    ]);
    expect(r.ours).toHaveLength(2);
    expect(r.ours).toEqual(r.theirs);
  });

  it('reads a refusal as the same error shape, with the server sentence and data', async () => {
    const r = await both((api) => [api.galleries.list.query({ workspace: 'wire-test' }), api.identity.signUp.mutate({ email: 'not an email', password: 'short' })], false);
    expect(r.ours).toEqual(r.theirs);
    for (const index of [0, 1]) {
      const ours = r.oursSettled[index];
      const theirs = r.theirsSettled[index];
      if (ours?.status !== 'rejected' || theirs?.status !== 'rejected') throw new Error('expected refusals');
      expect(ours.reason).toBeInstanceOf(FoyerCallError);
      expect(theirs.reason).toBeInstanceOf(TRPCClientError);
      expect(ours.reason.message).toBe(theirs.reason.message);
      expect(ours.reason.data).toEqual(theirs.reason.data);
      expect(ours.reason.shape).toEqual(theirs.reason.shape);
    }
  });

  it('calls from the next tick go out in a request of their own', async () => {
    const sent: SentRequest[] = [];
    const api = createFoyerApi({ server: base, getToken: () => token, fetch: recordingFetch(sent) });
    await api.health.ping.query();
    await api.health.ping.query();
    expect(sent).toHaveLength(2);
  });

  it('asks whether the overview it holds is current, and uses its copy when the server answers 304', async () => {
    const owner = createFoyerApi({ server: base, getToken: () => token });
    const gallery = await owner.galleries.create.mutate({ workspace: 'wire-test', title: 'Shared' });
    const { access, code } = await owner.accesses.create.mutate({ workspace: 'wire-test', name: 'Anna', galleryIds: [gallery.id] });
    const session = await createFoyerApi({ server: base, getToken: () => null }).client.signIn.mutate({ workspace: 'wire-test', code });
    const sent: SentRequest[] = [];
    const statuses: number[] = [];
    const api = createFoyerApi({
      server: base,
      getToken: () => session.token,
      fetch: async (url, init) => {
        const response = await recordingFetch(sent)(url, init);
        statuses.push(response.status);
        return response;
      },
    });
    const first = await api.client.overview.query({ workspace: 'wire-test' });
    const second = await api.client.overview.query({ workspace: 'wire-test' });
    expect(statuses).toEqual([200, 304]);
    expect(sent[0]!.headers['if-none-match']).toBeUndefined();
    expect(sent[1]!.headers['if-none-match']).toMatch(/^W\//);
    expect(second).toEqual(first);
    expect(first.galleries.map((g) => g.title)).toEqual(['Shared']);

    const other = await owner.galleries.create.mutate({ workspace: 'wire-test', title: 'Added later' });
    await owner.accesses.addGalleries.mutate({ workspace: 'wire-test', accessId: access.id, galleryIds: [other.id] });
    const third = await api.client.overview.query({ workspace: 'wire-test' });
    expect(statuses).toEqual([200, 304, 200]);
    expect(third.galleries.map((g) => g.title).sort()).toEqual(['Added later', 'Shared']);
  });
});
