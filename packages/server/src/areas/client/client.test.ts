import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('a client with an access code on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let g: Record<'weddings' | 'mueller' | 'ceremony' | 'reception' | 'schmidt' | 'portfolio', string>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
    const weddings = await ws.gallery('Weddings 2026', { allowNavigation: false });
    const mueller = await ws.gallery('Müller wedding', { parentId: weddings, allowNavigation: true, password: 'guarded' });
    const ceremony = await ws.gallery('Ceremony', { parentId: mueller });
    const reception = await ws.gallery('Reception', { parentId: mueller, password: 'reception-pw' });
    const schmidt = await ws.gallery('Schmidt wedding', { parentId: weddings });
    const portfolio = await ws.gallery('Portfolio');
    g = { weddings, mueller, ceremony, reception, schmidt, portfolio };
    await ws.item(mueller, 'first-dance.jpg');
    await ws.item(mueller, 'rings.jpg');
    await ws.item(ceremony, 'vows.jpg');
  });
  afterAll(() => server.close());

  async function signedInClient(galleryIds: string[], options: { scope?: 'navigation' | 'explicit'; code?: string } = {}) {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna Müller', galleryIds, ...options });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    return { access, code, token, client: server.caller(token) };
  }

  it('sees every gallery shared with them, with cover and counts', async () => {
    const { client } = await signedInClient([g.mueller, g.portfolio]);
    const overview = await client.client.overview({ workspace: ws.handle });
    expect(overview.accessName).toBe('Anna Müller');
    const mueller = overview.galleries.find((c) => c.title === 'Müller wedding')!;
    expect(mueller).toMatchObject({ itemCount: 2, subGalleryCount: 2 });
    expect(mueller.coverUrl).toMatch(/^\/files\//);
    expect(overview.galleries.find((c) => c.title === 'Portfolio')).toMatchObject({ itemCount: 0, subGalleryCount: 0, coverUrl: null });
  });

  it('sees a gallery added later on the next call, without a new code', async () => {
    const { access, client } = await signedInClient([g.portfolio]);
    expect((await client.client.overview({ workspace: ws.handle })).galleries.map((c) => c.title)).toEqual(['Portfolio']);
    await ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [g.schmidt] });
    expect((await client.client.overview({ workspace: ws.handle })).galleries.map((c) => c.title).sort()).toEqual(['Portfolio', 'Schmidt wedding']);
  });

  it('sees every change the photographer makes on the next call: titles, pictures, covers, navigation, names', async () => {
    const fresh = await ws.gallery('Fresh shoot', { allowNavigation: false });
    const sub = await ws.gallery('Fresh details', { parentId: fresh });
    const { access, client } = await signedInClient([fresh]);
    const card = async () => (await client.client.overview({ workspace: ws.handle })).galleries.find((c) => c.id === fresh)!;
    expect(await card()).toMatchObject({ title: 'Fresh shoot', itemCount: 0, subGalleryCount: 0, coverUrl: null });
    await ws.owner.galleries.update({ workspace: ws.handle, galleryId: fresh, title: 'Fresh shoot, edited' });
    expect((await card()).title).toBe('Fresh shoot, edited');
    const first = await ws.item(fresh, 'one.jpg');
    const second = await ws.item(fresh, 'two.jpg');
    expect(await card()).toMatchObject({ itemCount: 2, coverUrl: expect.stringContaining(first) });
    await ws.owner.galleries.update({ workspace: ws.handle, galleryId: fresh, coverItemId: second, allowNavigation: true });
    expect(await card()).toMatchObject({ subGalleryCount: 1, coverUrl: expect.stringContaining(second) });
    await ws.owner.galleries.deleteItem({ workspace: ws.handle, itemId: second });
    expect(await card()).toMatchObject({ itemCount: 1, coverUrl: expect.stringContaining(first) });
    await ws.owner.galleries.move({ workspace: ws.handle, galleryId: sub, parentId: null, position: 0 });
    expect((await card()).subGalleryCount).toBe(0);
    await ws.owner.accesses.update({ workspace: ws.handle, accessId: access.id, name: 'Anna & Ben' });
    expect((await client.client.overview({ workspace: ws.handle })).accessName).toBe('Anna & Ben');
    await ws.owner.accesses.removeGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [fresh] });
    expect((await client.client.overview({ workspace: ws.handle })).galleries).toEqual([]);
  });

  it('does not count a sign-in as a change of what the overview shows', async () => {
    const { code } = await signedInClient([g.portfolio]);
    const version = async () => (await server.deps.db('workspaces').select('content_version').where({ id: ws.id }).first()).content_version;
    const before = await version();
    await server.caller().client.signIn({ workspace: ws.handle, code });
    expect(await version()).toEqual(before);
  });

  it('opens a password-protected gallery through the access code without asking for its password', async () => {
    const { client } = await signedInClient([g.mueller]);
    const view = await client.client.gallery({ workspace: ws.handle, galleryId: g.mueller });
    expect(view.items.map((i) => i.name)).toEqual(['first-dance.jpg', 'rings.jpg']);
    const reception = await client.client.gallery({ workspace: ws.handle, galleryId: g.reception });
    expect(reception.gallery.title).toBe('Reception');
  });

  it('goes into sub-galleries and back up where the parent allows navigation, and no further', async () => {
    const { client } = await signedInClient([g.ceremony]);
    const ceremony = await client.client.gallery({ workspace: ws.handle, galleryId: g.ceremony });
    expect(ceremony.parent).toEqual({ id: g.mueller, title: 'Müller wedding' });
    const mueller = await client.client.gallery({ workspace: ws.handle, galleryId: g.mueller });
    expect(mueller.subGalleries.map((s) => s.title)).toEqual(['Ceremony', 'Reception']);
    // "Weddings 2026" has navigation off: no way up, and no way in.
    expect(mueller.parent).toBeNull();
    expect((await refusal(client.client.gallery({ workspace: ws.handle, galleryId: g.weddings }))).appCode).toBe('NOT_IN_ACCESS');
    expect((await refusal(client.client.gallery({ workspace: ws.handle, galleryId: g.schmidt }))).appCode).toBe('NOT_IN_ACCESS');
  });

  it('sees no sub-galleries of a gallery whose navigation is off', async () => {
    const { client } = await signedInClient([g.weddings]);
    const view = await client.client.gallery({ workspace: ws.handle, galleryId: g.weddings });
    expect(view.subGalleries).toEqual([]);
    expect((await refusal(client.client.gallery({ workspace: ws.handle, galleryId: g.mueller }))).appCode).toBe('NOT_IN_ACCESS');
  });

  it('with an explicit-only access, opens just the galleries added by hand', async () => {
    const { client } = await signedInClient([g.mueller, g.ceremony], { scope: 'explicit' });
    const mueller = await client.client.gallery({ workspace: ws.handle, galleryId: g.mueller });
    expect(mueller.subGalleries.map((s) => s.title)).toEqual(['Ceremony']);
    const overview = await client.client.overview({ workspace: ws.handle });
    expect(overview.galleries.find((c) => c.title === 'Müller wedding')?.subGalleryCount).toBe(1);
    expect((await refusal(client.client.gallery({ workspace: ws.handle, galleryId: g.reception }))).appCode).toBe('NOT_IN_ACCESS');
  });

  it('gives unknown, disabled and expired codes the same answer', async () => {
    const disabled = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Disabled', code: 'disabled-code' });
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: disabled.access.id, disabled: true });
    const expiresAt = new Date(server.clock.now().getTime() - 1000).toISOString();
    await ws.owner.accesses.create({ workspace: ws.handle, name: 'Expired', code: 'expired-code', expiresAt });
    const answers = await Promise.all(
      ['unknown-code', 'disabled-code', 'expired-code'].map((code, i) => refusal(server.caller(null, `198.51.100.${10 + i}`).client.signIn({ workspace: ws.handle, code }))),
    );
    expect(answers[0]).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'INVALID_CODE' });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('slows wrong codes from one source, counting in the database, and lets the source try again after the wait', async () => {
    const rule = server.deps.config.guessing['access-code'].pair;
    const { code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Real', code: 'real-code-1', galleryIds: [g.portfolio] });
    for (let i = 0; i < rule.free; i++) {
      await refusal(server.caller(null, '203.0.113.50').client.signIn({ workspace: ws.handle, code: `guess-${i}-abc` }));
    }
    // Even the right code waits while the source is slowed; another source does not.
    const slowed = (await server
      .caller(null, '203.0.113.50')
      .client.signIn({ workspace: ws.handle, code })
      .catch((e: unknown) => e)) as { appCode?: string; details?: { retryAfterSeconds: number } };
    expect(slowed.appCode).toBe('CODE_THROTTLED');
    expect(slowed.details?.retryAfterSeconds).toBe(rule.firstDelayMs / 1000);
    expect((await server.caller(null, '203.0.113.51').client.signIn({ workspace: ws.handle, code })).accessName).toBe('Real');
    // The counters name neither the workspace nor the address: their keys are keyed digests.
    const keys = (await server.deps.db('guess_counters').select('key')).map((r: { key: string }) => r.key).join(' ');
    expect(keys).not.toContain('203.0.113.50');
    expect(keys).not.toContain(ws.id);
    server.clock.advance(rule.firstDelayMs);
    expect((await server.caller(null, '203.0.113.50').client.signIn({ workspace: ws.handle, code })).accessName).toBe('Real');
  });

  it('holds back failing sources once a workspace is past its ceiling, without touching other workspaces', async () => {
    const guessing = server.deps.config.guessing;
    const strict = await startTestServer(kind, {
      config: { guessing: { ...guessing, 'access-code': { ...guessing['access-code'], ceiling: { failures: 3, windowMs: 15 * 60_000, paceMs: null } } } },
    });
    try {
      const a = await givenWorkspace(strict);
      const b = await givenWorkspace(strict);
      const codeB = (await b.owner.accesses.create({ workspace: b.handle, name: 'B', code: 'code-of-b' })).code;
      const codeA = (await a.owner.accesses.create({ workspace: a.handle, name: 'A', code: 'code-of-a' })).code;
      for (let i = 0; i < 3; i++) await refusal(strict.caller(null, `192.0.2.${i}`).client.signIn({ workspace: a.handle, code: `wrong-${i}-x` }));
      expect((await refusal(strict.caller(null, '192.0.2.1').client.signIn({ workspace: a.handle, code: codeA }))).appCode).toBe('CODE_THROTTLED');
      expect((await strict.caller(null, '192.0.2.99').client.signIn({ workspace: a.handle, code: codeA })).accessName).toBe('A');
      expect((await strict.caller(null, '192.0.2.1').client.signIn({ workspace: b.handle, code: codeB })).accessName).toBe('B');
    } finally {
      await strict.close();
    }
  });

  it('keeps a client session to its own workspace, whatever workspace the call names', async () => {
    const other = await givenWorkspace(server);
    const foreign = await other.gallery('Foreign');
    await other.owner.accesses.create({ workspace: other.handle, name: 'Other', code: 'other-code-1', galleryIds: [foreign] });
    const { client } = await signedInClient([g.portfolio]);
    expect((await refusal(client.client.overview({ workspace: other.handle }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(client.client.gallery({ workspace: other.handle, galleryId: foreign }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(client.client.gallery({ workspace: ws.handle, galleryId: foreign }))).appCode).toBe('NOT_IN_ACCESS');
    // Nor can a client session act as an owner.
    expect((await refusal(client.galleries.list({ workspace: ws.handle }))).appCode).toBe('NOT_SIGNED_IN');
  });

  it('ends a client session at sign-out, and after its lifetime', async () => {
    const { client, token } = await signedInClient([g.portfolio]);
    await client.client.signOut({ workspace: ws.handle });
    expect((await refusal(server.caller(token).client.overview({ workspace: ws.handle }))).code).toBe('UNAUTHORIZED');
    const second = await signedInClient([g.portfolio]);
    server.clock.advance(server.deps.config.sessions.access.idleMs + DAY);
    await ws.signInAgain();
    expect((await refusal(second.client.client.overview({ workspace: ws.handle }))).code).toBe('UNAUTHORIZED');
  });
});
