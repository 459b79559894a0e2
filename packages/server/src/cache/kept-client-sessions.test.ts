import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startChangeFeed, type ChangeFeed } from '../db/change-feed.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';

/**
 * A client asking again is answered from what this instance keeps of the session, without a
 * round trip, and only while the database's changes are heard: every change to the session,
 * the access or the workspace, made here, by another instance or by SQL, is refused or shown
 * on the calls that follow it; with the feed lost, every call reads the database again.
 */
describe.each(databaseKinds)('client sessions kept by an instance on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let gallery: string;
  let feed: ChangeFeed;
  let queries = 0;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server);
    gallery = await ws.gallery('Weddings 2026');
    await ws.item(gallery, 'first-dance.jpg');
    server.deps.db.on('query', () => {
      queries += 1;
    });
    feed = await startChangeFeed(server.deps.db, server.deps.kept.clientSessions, { retryMs: 50 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await feed.close();
    await http.close();
    await server.close();
  });

  async function client() {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna Müller', galleryIds: [gallery] });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    return { access, token };
  }

  /** The overview as the elements ask for it: a batch of one, with the copy they hold. */
  async function overview(token: string, etag?: string) {
    const input = encodeURIComponent(JSON.stringify({ 0: { workspace: ws.handle } }));
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (etag) headers['if-none-match'] = etag;
    const before = queries;
    const response = await fetch(`${http.base}/trpc/client.overview?batch=1&input=${input}`, { headers });
    await response.arrayBuffer();
    return { status: response.status, etag: response.headers.get('etag'), queries: queries - before };
  }

  /** Until a change is heard, a call may still see what was kept: it is answered as soon as the announcement arrives. */
  const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 5_000, interval: 20 });

  it('answers a client asking again without a query, 304 when the copy it holds is current', async () => {
    const { token } = await client();
    const first = await overview(token);
    expect(first.status).toBe(200);
    expect(first.queries).toBeGreaterThan(0);
    const again = await overview(token, first.etag!);
    expect(again).toMatchObject({ status: 304, etag: first.etag, queries: 0 });
    // A token that was never issued is refused, and never kept.
    const made = await overview('x'.repeat(43));
    expect(made.status).toBe(401);
    expect((await overview('x'.repeat(43))).queries).toBeGreaterThan(0);
  });

  it('refuses a session that was signed out, an access disabled, and shows new content, as soon as each is heard', async () => {
    const signedOut = await client();
    expect((await overview(signedOut.token)).status).toBe(200);
    await server.caller(signedOut.token).client.signOut({ workspace: ws.handle });
    await eventually(async () => expect((await overview(signedOut.token)).status).toBe(401));

    const disabled = await client();
    const held = await overview(disabled.token);
    expect((await overview(disabled.token, held.etag!)).status).toBe(304);
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: disabled.access.id, disabled: true });
    await eventually(async () => expect((await overview(disabled.token, held.etag!)).status).toBe(401));

    const shown = await client();
    const copy = await overview(shown.token);
    await ws.item(gallery, 'cake.jpg');
    await eventually(async () => {
      const next = await overview(shown.token, copy.etag!);
      expect(next.status).toBe(200);
      expect(next.etag).not.toBe(copy.etag);
    });
  });

  it('hears a change made outside this instance: another instance, or SQL', async () => {
    const { token } = await client();
    const held = await overview(token);
    expect((await overview(token, held.etag!)).queries).toBe(0);
    const other = server.anotherInstance();
    await other
      .db('sessions')
      .where({ kind: 'access' })
      .update({ expires_at: new Date(server.clock.now().getTime() - 1000) });
    await eventually(async () => expect((await overview(token, held.etag!)).status).toBe(401));
  });

  it('keeps nothing while the feed is lost, and keeps again once it listens again', async () => {
    const { token } = await client();
    const held = await overview(token);
    expect((await overview(token, held.etag!)).queries).toBe(0);
    if (kind === 'postgres') {
      // The listening connection is cut, as a database restart or a network failure would cut it.
      await server.deps.db.raw(`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen foyer_changes' and datname = current_database()`);
      await eventually(async () => expect((await overview(token, held.etag!)).queries).toBeGreaterThan(0));
      // Reconnected after its pause: asking twice is answered from what is kept again.
      await eventually(async () => {
        await overview(token, held.etag!);
        expect((await overview(token, held.etag!)).queries).toBe(0);
      });
    } else {
      await feed.close();
      expect((await overview(token, held.etag!)).queries).toBeGreaterThan(0);
      expect((await overview(token, held.etag!)).queries).toBeGreaterThan(0);
      feed = await startChangeFeed(server.deps.db, server.deps.kept.clientSessions);
      await overview(token, held.etag!);
      expect((await overview(token, held.etag!)).queries).toBe(0);
    }
  });
});
