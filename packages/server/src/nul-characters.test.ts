import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { databaseKinds, startTestServer, type TestServer } from './test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from './test-support/builders.js';
import { listen } from './test-support/http.js';
import { appCodeOf, trpcHttp } from './test-support/trpc-http.js';

/**
 * PostgreSQL's text cannot hold U+0000: a NUL character that reached a query would fail it
 * with a 500. Every procedure refuses one wherever it is in the input, naming the field.
 */
describe.each(databaseKinds)('NUL characters in input on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('is refused by every procedure with a field error naming each field that holds one, never a 500', async () => {
    const procedures = Object.entries(appRouter._def.procedures as Record<string, { _def: { type: string } }>);
    expect(procedures.length).toBeGreaterThan(50);
    // Signing out would end the owner's session for the procedures after it.
    const ordered = [...procedures.filter(([path]) => !path.endsWith('.signOut')), ...procedures.filter(([path]) => path.endsWith('.signOut'))];
    const input = { workspace: ws.handle, search: 'an\u0000y', text: 'terms\u0000', name: '\u0000', sort: { column: 'name\u0000' }, ids: ['ok', 'x\u0000'] };
    for (const [path, procedure] of ordered) {
      const answer = await trpcHttp(http.base, procedure._def.type === 'query' ? 'query' : 'mutation', path, input, { token: ws.ownerToken });
      expect(answer.status, path).toBe(400);
      expect(appCodeOf(answer), path).toBe('INVALID_INPUT');
      expect(Object.keys(answer.body.error.data.fieldErrors ?? {}).sort(), path).toEqual(['ids', 'name', 'search', 'sort', 'text']);
    }
  }, 120_000);

  it('refuses terms with a NUL character in their text, naming the text, and publishes nothing', async () => {
    await ws.owner.terms.upload({ workspace: ws.handle, title: 'Terms 2026', text: 'Pay within 14 days.' });
    const answer = await trpcHttp(http.base, 'mutation', 'terms.upload', { workspace: ws.handle, title: 'Terms 2027', text: 'Pay within\u0000 10 days.' }, { token: ws.ownerToken });
    expect(answer.status).toBe(400);
    expect(appCodeOf(answer)).toBe('INVALID_INPUT');
    expect(answer.body.error.data.fieldErrors).toEqual({ text: ['must not contain the NUL character (U+0000)'] });
    expect(answer.body.error.message).toBe('text must not contain the NUL character (U+0000)');
    expect(await ws.owner.terms.current({ workspace: ws.handle })).toMatchObject({ version: 1, title: 'Terms 2026' });
  });

  it('refuses a contacts search with a NUL character, naming the search, and changes nothing', async () => {
    await ws.owner.contacts.create({ workspace: ws.handle, name: 'Nora Null', email: 'nora@example.com' });
    const before = await ws.owner.contacts.list({ workspace: ws.handle });
    const answer = await trpcHttp(http.base, 'query', 'contacts.list', { workspace: ws.handle, search: 'No\u0000ra' }, { token: ws.ownerToken });
    expect(answer.status).toBe(400);
    expect(answer.body.error.data.fieldErrors).toEqual({ search: ['must not contain the NUL character (U+0000)'] });
    expect(await ws.owner.contacts.list({ workspace: ws.handle })).toEqual(before);
    // The same search without the NUL character finds the contact.
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: 'Nora' })).rows.map((r) => r.name)).toEqual(['Nora Null']);
  });
});
