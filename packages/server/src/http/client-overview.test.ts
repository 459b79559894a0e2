import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';

/**
 * `GET /trpc/client.overview`, on its own or as the elements' batch of one, is answered before
 * tRPC from the cached overview's bytes (client-overview.ts). Whatever it answers must be what
 * tRPC answers: the same data, the same refusals, and every change of the photographer's on the
 * very next call; a client holding the current copy is told so with 304.
 */
describe.each(databaseKinds)('the client overview over HTTP on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let galleries: { weddings: string; portfolio: string };

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server);
    const weddings = await ws.gallery('Weddings 2026', { allowNavigation: true });
    await ws.gallery('Ceremony', { parentId: weddings });
    const portfolio = await ws.gallery('Portfolio');
    await ws.item(weddings, 'first-dance.jpg');
    galleries = { weddings, portfolio };
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  async function client(galleryIds: string[]) {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna Müller', galleryIds });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    return { access, token };
  }

  const overviewUrl = (input: unknown) => `${http.base}/trpc/client.overview?input=${encodeURIComponent(JSON.stringify(input))}`;
  /** The same call as a tRPC batch of one: the request the elements send. */
  const batchUrl = (input: unknown) => `${http.base}/trpc/client.overview?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input }))}`;

  /** A batch tRPC itself answers: the overview beside another call. */
  const pairUrl = (input: unknown) => `${http.base}/trpc/client.overview,workspaces.get?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: input, 1: input }))}`;

  async function get(url: string, token?: string, ifNoneMatch?: string) {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
    const response = await fetch(url, { headers });
    // tRPC streams its answers (chunked); the route's kept bytes go out with their length.
    const fromKeptBytes = response.headers.get('content-length') !== null;
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), etag: response.headers.get('etag'), fromKeptBytes, body: text ? JSON.parse(text) : null };
  }

  it('answers both forms a client sends from its kept bytes, with the data tRPC gives for the same call', async () => {
    const { token } = await client([galleries.weddings, galleries.portfolio]);
    const single = await get(overviewUrl({ workspace: ws.handle }), token);
    const batch = await get(batchUrl({ workspace: ws.handle }), token);
    const viaTrpc = await get(pairUrl({ workspace: ws.handle }), token);
    expect(single.status).toBe(200);
    expect(single.type).toBe('application/json');
    expect([single.fromKeptBytes, batch.fromKeptBytes, viaTrpc.fromKeptBytes]).toEqual([true, true, false]);
    expect(batch.body).toEqual([single.body]);
    expect(viaTrpc.body[0]).toEqual(single.body);
    expect(single.body.result.data.galleries.map((g: { title: string }) => g.title).sort()).toEqual(['Portfolio', 'Weddings 2026']);
    expect(await get(overviewUrl({ workspace: ws.handle }), token)).toEqual(single);
  });

  it('answers 304 Not Modified to a client holding the current copy, and the new overview once anything it shows changed', async () => {
    const { access, token } = await client([galleries.portfolio]);
    const first = await get(batchUrl({ workspace: ws.handle }), token);
    expect(first.etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect((await get(overviewUrl({ workspace: ws.handle }), token)).etag).toBe(first.etag);
    const again = await get(batchUrl({ workspace: ws.handle }), token, first.etag);
    expect(again).toMatchObject({ status: 304, etag: first.etag, body: null });
    expect((await get(batchUrl({ workspace: ws.handle }), token, `W/"something-else", ${first.etag}`)).status).toBe(304);

    await ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [galleries.weddings] });
    const changed = await get(batchUrl({ workspace: ws.handle }), token, first.etag);
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.body[0].result.data.galleries).toHaveLength(2);

    // Holding a copy opens nothing: a disabled access is refused, not told its copy is current.
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: access.id, disabled: true });
    const refused = await get(batchUrl({ workspace: ws.handle }), token, changed.etag!);
    expect(refused.status).toBe(401);
    expect(refused.etag).toBeNull();
    expect((await get(batchUrl({ workspace: ws.handle }), undefined, changed.etag!)).status).toBe(401);
  });

  it('shows a gallery added, a title changed and the workspace renamed on the next call', async () => {
    const { access, token } = await client([galleries.portfolio]);
    const before = (await get(overviewUrl({ workspace: ws.handle }), token)).body.result.data;
    expect(before.galleries.map((g: { title: string }) => g.title)).toEqual(['Portfolio']);
    await ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [galleries.weddings] });
    await ws.owner.galleries.update({ workspace: ws.handle, galleryId: galleries.portfolio, title: 'Portfolio 2026' });
    await ws.owner.workspaces.update({ workspace: ws.handle, name: 'Studio Nordlicht' });
    const after = (await get(overviewUrl({ workspace: ws.handle }), token)).body.result.data;
    expect(after.galleries.map((g: { title: string }) => g.title).sort()).toEqual(['Portfolio 2026', 'Weddings 2026']);
    expect(after.workspaceName).toBe('Studio Nordlicht');
  });

  it('refuses exactly as tRPC does: no session, a disabled access, another workspace, bad input', async () => {
    const { access, token } = await client([galleries.portfolio]);
    const other = await givenWorkspace(server);
    const cases: Array<[string, unknown, string | undefined]> = [
      ['no session', { workspace: ws.handle }, undefined],
      ['another workspace', { workspace: other.handle }, token],
      ['an unknown workspace', { workspace: 'no-such-studio' }, token],
      ['no workspace named', {}, token],
      ['a workspace that is not a handle', { workspace: '<script>' }, token],
    ];
    for (const [what, input, bearer] of cases) {
      const fast = await get(overviewUrl(input), bearer);
      const batch = await get(batchUrl(input), bearer);
      const viaTrpc = await get(pairUrl(input), bearer);
      expect(fast.status, what).toBeGreaterThanOrEqual(400);
      expect(fast.status, what).toBeLessThan(500);
      expect(batch.body[0], what).toEqual(viaTrpc.body[0]);
      expect(fast.body, what).toEqual(viaTrpc.body[0]);
    }
    const notJson = await fetch(`${http.base}/trpc/client.overview?input=%7Bnot-json`, { headers: { authorization: `Bearer ${token}` } });
    expect(notJson.status).toBe(400);
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: access.id, disabled: true });
    const disabled = await get(overviewUrl({ workspace: ws.handle }), token);
    expect(disabled.status).toBe(401);
    expect(disabled.body.error.data.appCode).toMatch(/NOT_SIGNED_IN|SESSION_EXPIRED/);
  });
});
