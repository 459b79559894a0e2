import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { databaseKinds, startTestServer, type TestServer } from './test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from './test-support/builders.js';
import { listen } from './test-support/http.js';
import { jpegLike } from './test-support/pictures.js';

describe.each(databaseKinds)('over HTTP on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let gallery: string;

  beforeAll(async () => {
    server = await startTestServer(kind, { config: { maxUploadBytes: 64 * 1024 } });
    http = await listen(server, { allowedOrigins: ['https://studio.example'], log: () => {} });
    ws = await givenWorkspace(server);
    gallery = await ws.gallery('Wedding');
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  async function call(path: string, input: unknown, headers: Record<string, string> = {}, kindOf: 'query' | 'mutation' = 'mutation') {
    const url = `${http.base}/trpc/${path}`;
    const response =
      kindOf === 'query'
        ? await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
        : await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof input === 'string' ? input : JSON.stringify(input) });
    const text = await response.text();
    const body = (text ? JSON.parse(text) : {}) as { error?: { message: string; data: { appCode?: string; fieldErrors?: Record<string, string[]> } } };
    return { status: response.status, body };
  }

  it('answers bad input with a 400 that names the field', async () => {
    const { status, body } = await call('accesses.create', { workspace: ws.handle, name: '', code: 'x' }, auth(ws.ownerToken));
    expect(status).toBe(400);
    expect(body.error?.data.appCode).toBe('INVALID_INPUT');
    expect(body.error?.data.fieldErrors?.name?.[0]).toBe('must not be empty');
    expect(body.error?.data.fieldErrors?.code?.[0]).toBe('must be at least 6 characters');
    expect(body.error?.message).toContain('name must not be empty');
  });

  it('never answers hostile input with a 500, whatever the procedure', async () => {
    const hostile: unknown[] = [
      null,
      42,
      'a string',
      [],
      { workspace: 'x'.repeat(100_000) },
      { workspace: ws.handle, galleryId: 'not-a-uuid', accessId: "1' or '1'='1", title: '<script>alert(1)</script>'.repeat(50) },
      { workspace: ws.handle, galleryIds: Array.from({ length: 2000 }, () => '00000000-0000-4000-8000-000000000000') },
      { workspace: ws.handle, name: 'x'.repeat(300_000), email: 'not an email', expiresAt: 'yesterday', scope: 'everything' },
      { workspace: ws.handle, galleryId: '00000000-0000-4000-8000-000000000000', position: -1, parentId: 12 },
      { workspace: ws.handle, code: '\u0000\u0001', password: { $gt: '' } },
      { __proto__: { admin: true }, workspace: ws.handle, constructor: { prototype: {} } },
    ];
    // A session of its own: identity.signOut is among the procedures and ends it (so it comes last).
    const { token } = await server.caller().identity.signIn({ email: ws.ownerEmail, password: 'correct horse battery' });
    const all = Object.entries(appRouter._def.procedures as Record<string, { _def: { type: string } }>);
    // Signing out ends the session, and ending the others ends the owner's: they come last.
    const endsSession = (path: string) => path.endsWith('.signOut') || path.endsWith('.endOthers');
    const paths = [...all.filter(([path]) => !endsSession(path)), ...all.filter(([path]) => endsSession(path))];
    for (const [path, procedure] of paths) {
      // One procedure's hostile inputs at once: they are independent, and the list of procedures is long.
      const answers = await Promise.all(hostile.map((input) => call(path, input, auth(token), procedure._def.type === 'query' ? 'query' : 'mutation')));
      answers.forEach(({ status }, i) => {
        expect(status, `${path} with ${JSON.stringify(hostile[i])?.slice(0, 80)}`).toBeGreaterThanOrEqual(200);
        expect(status, `${path} with ${JSON.stringify(hostile[i])?.slice(0, 80)}`).toBeLessThan(500);
      });
    }
    const malformed = await call('identity.signIn', '{"email": ', {});
    expect(malformed.status).toBe(400);
    const notAnObject = await call('identity.signIn', 42, {});
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body.error?.message).toMatch(/^input: /);
    // Every procedure times every hostile input: the time grows with the router, not with a fault.
  }, 180_000);

  it('stores markup in a name as plain text and returns it unchanged', async () => {
    const title = '<img src=x onerror=alert(1)> & "quotes"';
    const { status } = await call('galleries.create', { workspace: ws.handle, title }, auth(ws.ownerToken));
    expect(status).toBe(200);
    const list = await ws.owner.galleries.list({ workspace: ws.handle });
    expect(list.some((g) => g.title === title)).toBe(true);
  });

  it('uploads an item as a stream, then serves it from a signed address that expires', async () => {
    const bytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const put = await fetch(`${http.base}/uploads/${ws.handle}/${gallery}?name=${encodeURIComponent('first dance.svg')}`, {
      method: 'PUT',
      headers: { ...auth(ws.ownerToken), 'content-type': 'image/svg+xml' },
      body: bytes,
    });
    expect(put.status).toBe(201);
    const item = (await put.json()) as { id: string; url: string; size: number };
    expect(item.size).toBe(bytes.length);

    const got = await fetch(`${http.base}${item.url}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/svg+xml');
    // A member's upload opened on its own must not run script on the site's origin.
    expect(got.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect(got.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(bytes);

    const tampered = item.url.replace(/sig=./, (m) => (m.endsWith('A') ? 'sig=B' : 'sig=A'));
    expect((await fetch(`${http.base}${tampered}`)).status).toBe(403);
    server.clock.advance(3 * server.deps.config.itemLinkTtlMs);
    expect((await fetch(`${http.base}${item.url}`)).status).toBe(403);
    await ws.signInAgain();
  });

  it('refuses uploads without a session, from non-members, over the limit, or with a bad media type', async () => {
    const url = `${http.base}/uploads/${ws.handle}/${gallery}?name=a.jpg`;
    const body = Buffer.alloc(10);
    expect((await fetch(url, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body })).status).toBe(401);
    const stranger = await givenWorkspace(server);
    expect((await fetch(url, { method: 'PUT', headers: { ...auth(stranger.ownerToken), 'content-type': 'image/jpeg' }, body })).status).toBe(403);
    const tooBig = await fetch(url, { method: 'PUT', headers: { ...auth(ws.ownerToken), 'content-type': 'image/jpeg' }, body: jpegLike(Buffer.alloc(65 * 1024)) });
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe('UPLOAD_TOO_LARGE');
    const page = await fetch(`${http.base}/uploads/${ws.handle}/${gallery}?name=page.html`, {
      method: 'PUT',
      headers: { ...auth(ws.ownerToken), 'content-type': 'text/html' },
      body: '<script>alert(1)</script>',
    });
    const served = await fetch(`${http.base}${((await page.json()) as { url: string }).url}`);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment; /);
    await ws.owner.galleries.deleteItem({
      workspace: ws.handle,
      itemId: (await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery })).find((i) => i.name === 'page.html')!.id,
    });
    const badType = await fetch(url, { method: 'PUT', headers: { ...auth(ws.ownerToken), 'content-type': 'not a type' }, body });
    expect(badType.status).toBe(400);
    expect((await ws.owner.galleries.items({ workspace: ws.handle, galleryId: gallery })).map((i) => i.name)).toEqual(['first dance.svg']);
  });

  it('answers only the origins it allows, and never with credentials', async () => {
    const allowed = await fetch(`${http.base}/trpc/health.ping`, { headers: { origin: 'https://studio.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://studio.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(allowed.headers.get('access-control-expose-headers')).toBe('Content-Disposition, Content-Length, ETag');
    // A shared cache must not hand one site's answer to another: the answer varies by origin.
    expect(allowed.headers.get('vary')?.split(/,\s*/)).toContain('Origin');
    const preflight = await fetch(`${http.base}/trpc/client.signIn`, { method: 'OPTIONS', headers: { origin: 'https://studio.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    const other = await fetch(`${http.base}/trpc/health.ping`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
