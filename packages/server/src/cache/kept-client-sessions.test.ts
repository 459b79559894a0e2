import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startChangeFeed, type ChangeFeed } from '../db/change-feed.js';
import { KeptClientSessions } from './kept-client-sessions.js';
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

describe('the kept rows of client sessions', () => {
  const now = new Date('2026-06-01T10:00:00Z');
  const later = new Date('2026-06-02T10:00:00Z');
  const row = (id: string, workspace: string, access: string) => ({
    id,
    kind: 'access',
    workspace_id: workspace,
    expires_at: later,
    idle_expires_at: later,
    w_id: workspace,
    a_id: access,
  });
  const hash = (n: number) => Buffer.from([n]);

  it('drops exactly the rows an announcement is about, and keeps nothing it was not listening for', () => {
    const kept = new KeptClientSessions(10);
    kept.keep(hash(1), 'north', row('s1', 'w1', 'a1'), kept.mark());
    expect(kept.size).toBe(0);
    kept.listening();
    for (const [n, s, a] of [
      [1, 's1', 'a1'],
      [2, 's2', 'a1'],
      [3, 's3', 'a2'],
    ] as const)
      kept.keep(hash(n), 'north', row(s, 'w1', a), kept.mark());
    kept.keep(hash(4), 'south', row('s4', 'w2', 'a3'), kept.mark());
    expect(kept.size).toBe(4);
    kept.changed('sessions', 's3');
    expect(kept.get(hash(3), 'north', now)).toBeUndefined();
    kept.changed('client_accesses', 'a1');
    expect([kept.get(hash(1), 'north', now), kept.get(hash(2), 'north', now)]).toEqual([undefined, undefined]);
    expect(kept.get(hash(4), 'south', now)?.id).toBe('s4');
    kept.changed('workspaces', 'w2');
    expect(kept.size).toBe(0);
    // A read an announcement overtook is not kept.
    const mark = kept.mark();
    kept.changed('sessions', 'unrelated');
    kept.keep(hash(5), 'north', row('s5', 'w1', 'a1'), mark);
    expect(kept.size).toBe(0);
    kept.keep(hash(5), 'north', row('s5', 'w1', 'a1'), kept.mark());
    kept.lost();
    expect(kept.get(hash(5), 'north', now)).toBeUndefined();
  });

  it('forgets a session past its lifetime, and the least recently used row beyond its bound', () => {
    const kept = new KeptClientSessions(2);
    kept.listening();
    kept.keep(hash(1), 'north', row('s1', 'w1', 'a1'), kept.mark());
    kept.keep(hash(2), 'north', row('s2', 'w1', 'a2'), kept.mark());
    kept.get(hash(1), 'north', now);
    kept.keep(hash(3), 'north', row('s3', 'w1', 'a3'), kept.mark());
    expect(kept.get(hash(2), 'north', now)).toBeUndefined();
    expect(kept.get(hash(1), 'north', later)).toBeUndefined();
    expect(kept.get(hash(3), 'north', now)?.id).toBe('s3');
    expect(kept.size).toBe(1);
  });
});
