import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { tokenIn } from '../../test-support/contacts.js';
import { listen } from '../../test-support/http.js';
import { appCodeOf, trpcHttp } from '../../test-support/trpc-http.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Accepting terms is asked on activation only where the workspace has terms to accept. */
describe.each(databaseKinds)('terms on activation on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const linkFor = async (ws: GivenWorkspace, input: Record<string, unknown> = {}) => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Newcomer', email: `newcomer-${unique()}@example.com`, ...input });
    const request = await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' });
    return { row, token: tokenIn(request.results[0]!.mailto!) };
  };

  it('activates without accepting terms where the workspace has none, in a print shop and a hosting account', async () => {
    for (const [template, input] of [
      ['print-shop', {}],
      ['hosting', { kind: 'sub-account' }],
    ] as const) {
      const ws = await givenWorkspace(server, undefined, { template });
      const { row, token } = await linkFor(ws, input);
      const signedIn = await server.caller().activation.complete({ workspace: ws.handle, token, password: 'newcomer pw 1' });
      expect(signedIn.secondFactorRequired).toBe(false);
      expect(await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).toMatchObject({ status: 'active', termsAcceptedAt: null });
    }
  });

  it('refuses an activation without accepting the terms where there are some, at the acceptTerms field, and the link still works', async () => {
    const ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
    await ws.owner.terms.upload({ workspace: ws.handle, title: 'Terms', text: 'Pay on time.' });
    const { row, token } = await linkFor(ws);
    const answer = await trpcHttp(http.base, 'mutation', 'activation.complete', { workspace: ws.handle, token, password: 'newcomer pw 1' }, { headers: { 'accept-language': 'nb' } });
    expect(answer.status).toBe(400);
    expect(appCodeOf(answer)).toBe('INVALID_INPUT');
    expect(answer.body.error.data.fieldErrors.acceptTerms).toEqual(['bruksvilkårene må godtas']);
    expect(await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).toMatchObject({ status: 'unregistered' });
    expect((await server.caller().activation.describe({ workspace: ws.handle, token })).state).toBe('valid');
    expect(await server.deps.db('identities').where({ email: row.email })).toEqual([]);

    await server.caller().activation.complete({ workspace: ws.handle, token, password: 'newcomer pw 1', acceptTerms: true });
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).termsAcceptedAt).toBe(server.clock.now().toISOString());
  });
});
