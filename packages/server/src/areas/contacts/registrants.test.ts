import type { CreateContactInput } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { tokenIn } from '../../test-support/contacts.js';
import { listen } from '../../test-support/http.js';
import { trpcHttp } from '../../test-support/trpc-http.js';

/** Everything a registry needs, as a person would type it. */
const complete = { phone: '+36 1 234 5678', addressLine1: 'Fő utca 1.', city: 'Budapest', postcode: '1011', country: 'hu' } as const;

describe.each(databaseKinds)('a hosting account’s registrants on %s', (kind) => {
  let server: TestServer;
  let host: GivenWorkspace;
  let other: GivenWorkspace;
  const ids: Record<string, string> = {};

  const add = async (ws: GivenWorkspace, input: Omit<CreateContactInput, 'workspace'>) => (await ws.owner.contacts.create({ workspace: ws.handle, ...input })).id;
  const apiKey = async (ws: GivenWorkspace, permissions: string[]) =>
    (
      await ws.owner.apiUsers.create({
        workspace: ws.handle,
        email: `backend-${Math.random().toString(36).slice(2)}@example.com`,
        firstName: 'Host',
        lastName: 'Backend',
        role: { permissions },
      })
    ).apiKey;

  beforeAll(async () => {
    server = await startTestServer(kind);
    host = await givenWorkspace(server, undefined, { template: 'hosting' });
    other = await givenWorkspace(server, undefined, { template: 'hosting' });
    ids.ready = await add(host, { name: 'Ready Registrant', email: 'ready@example.com', company: 'Ready Kft', addressLine2: '2. emelet', state: 'Pest', ...complete });
    ids.alsoReady = await add(host, { name: 'also ready', email: 'also@example.com', kind: 'sub-account', ...complete, country: 'AT' });
    ids.noPhone = await add(host, { name: 'No Phone', email: 'nophone@example.com', ...complete, phone: undefined, country: undefined });
    ids.bare = await add(host, { name: 'Bare', email: 'bare@example.com' });
    // A sub-account that signed in once and was then deactivated: complete, but no registrant.
    ids.gone = await add(host, { name: 'Gone', email: 'gone@example.com', kind: 'sub-account', ...complete });
    const request = await host.owner.contacts.activationRequest({ workspace: host.handle, contactIds: [ids.gone], send: 'mailto' });
    await server.caller().activation.complete({ workspace: host.handle, token: tokenIn(request.results[0]!.mailto!), password: 'gone password 1', acceptTerms: true });
    await host.owner.contacts.deactivate({ workspace: host.handle, contactIds: [ids.gone] });
    ids.theirs = await add(other, { name: 'Theirs', email: 'theirs@example.com', ...complete });
  });
  afterAll(() => server.close());

  it('lists the complete contacts that are not deactivated, by name, and the incomplete ones with what they miss', async () => {
    expect(await host.owner.contacts.registrants({ workspace: host.handle })).toEqual({
      registrants: [
        {
          id: ids.alsoReady,
          name: 'also ready',
          company: null,
          email: 'also@example.com',
          phone: '+3612345678',
          address: { line1: 'Fő utca 1.', line2: null, city: 'Budapest', state: null, postcode: '1011', country: 'AT' },
        },
        {
          id: ids.ready,
          name: 'Ready Registrant',
          company: 'Ready Kft',
          email: 'ready@example.com',
          phone: '+3612345678',
          address: { line1: 'Fő utca 1.', line2: '2. emelet', city: 'Budapest', state: 'Pest', postcode: '1011', country: 'HU' },
        },
      ],
      incomplete: [
        { id: ids.bare, name: 'Bare', email: 'bare@example.com', missing: ['addressLine1', 'city', 'postcode', 'country', 'phone'] },
        { id: ids.noPhone, name: 'No Phone', email: 'nophone@example.com', missing: ['country', 'phone'] },
      ],
      truncated: false,
    });
  });

  it('moves a contact to the registrants once what it missed is filled in, and back when a field is cleared', async () => {
    await host.owner.contacts.update({ workspace: host.handle, contactId: ids.noPhone, phone: '+43 1 234 5678', country: 'at' });
    const filled = await host.owner.contacts.registrants({ workspace: host.handle });
    expect(filled.registrants.map((r) => r.id)).toContain(ids.noPhone);
    expect(filled.incomplete.map((r) => r.id)).toEqual([ids.bare]);
    await host.owner.contacts.update({ workspace: host.handle, contactId: ids.noPhone, postcode: '' });
    const cleared = await host.owner.contacts.registrants({ workspace: host.handle });
    expect(cleared.registrants.map((r) => r.id)).not.toContain(ids.noPhone);
    expect(cleared.incomplete.find((r) => r.id === ids.noPhone)?.missing).toEqual(['postcode']);
  });

  it('answers an API key with the contacts permission, over HTTP as a host back-end asks', async () => {
    const key = await apiKey(host, ['contacts.manage']);
    const http = await listen(server);
    try {
      const answer = await trpcHttp(http.base, 'query', 'contacts.registrants', { workspace: host.handle }, { token: key });
      expect(answer.status).toBe(200);
      expect(answer.body.result.data).toEqual(await host.owner.contacts.registrants({ workspace: host.handle }));
    } finally {
      await http.close();
    }
  });

  it('never shows a contact of another account: not to its owner, nor to its API key naming this one', async () => {
    const theirs = await other.owner.contacts.registrants({ workspace: other.handle });
    expect(theirs).toEqual({ registrants: [expect.objectContaining({ id: ids.theirs })], incomplete: [], truncated: false });
    const ours = await host.owner.contacts.registrants({ workspace: host.handle });
    expect([...ours.registrants, ...ours.incomplete].map((r) => r.id)).not.toContain(ids.theirs);

    expect((await refusal(other.owner.contacts.registrants({ workspace: host.handle }))).appCode).toBe('NOT_A_MEMBER');
    const theirKey = server.caller(await apiKey(other, ['contacts.manage']));
    const refused = await refusal(theirKey.contacts.registrants({ workspace: host.handle }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toContain('Ready');
  });

  it('refuses a member, an API key and a sub-account without the contacts permission', async () => {
    const finance = await host.member('finance');
    expect((await refusal(finance.caller.contacts.registrants({ workspace: host.handle }))).appCode).toBe('FORBIDDEN');
    const key = server.caller(await apiKey(host, ['invoices.pay', 'domains.manage']));
    expect((await refusal(key.contacts.registrants({ workspace: host.handle }))).appCode).toBe('FORBIDDEN');

    const subId = await add(host, { name: 'Helper', email: 'helper@example.com', kind: 'sub-account', permissions: ['domains.view'] });
    const request = await host.owner.contacts.activationRequest({ workspace: host.handle, contactIds: [subId], send: 'mailto' });
    const signedIn = await server.caller().activation.complete({ workspace: host.handle, token: tokenIn(request.results[0]!.mailto!), password: 'helper password 1', acceptTerms: true });
    const sub = server.caller(signedIn.token);
    expect((await refusal(sub.contacts.registrants({ workspace: host.handle }))).appCode).toBe('FORBIDDEN');
    // Given "view and manage contacts", the sub-account sees them as the owner does.
    await host.owner.contacts.update({ workspace: host.handle, contactId: subId, permissions: ['contacts.manage'] });
    expect(await sub.contacts.registrants({ workspace: host.handle })).toEqual(await host.owner.contacts.registrants({ workspace: host.handle }));
  });

  it('answers a workspace that keeps no contacts with the refusal adding one gets there', async () => {
    const studio = await givenWorkspace(server);
    const adding = await refusal(studio.owner.contacts.create({ workspace: studio.handle, name: 'No', email: 'no@example.com' }));
    const asking = await refusal(studio.owner.contacts.registrants({ workspace: studio.handle }));
    expect(asking).toEqual(adding);
    expect(asking.appCode).toBe('FORBIDDEN');
  });

  it('gives a print shop’s back-end its customers the same way', async () => {
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const id = await add(shop, { name: 'Print Customer', email: 'print@example.com', ...complete });
    const operator = await shop.member('operator');
    expect((await operator.caller.contacts.registrants({ workspace: shop.handle })).registrants.map((r) => r.id)).toEqual([id]);
  });
});
