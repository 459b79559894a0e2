import { hostingCatalog } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace } from '../../test-support/builders.js';

/** The contacts page tells the table what its form and columns follow, so the element guesses nothing. */
describe.each(databaseKinds)('the contacts page’s setup on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('gives a hosting account its two kinds and the thirteen sub-account permissions with the catalog’s labels and groups', async () => {
    const ws = await givenWorkspace(server, undefined, { template: 'hosting' });
    const { setup } = await ws.owner.contacts.list({ workspace: ws.handle });
    expect(setup.kinds).toEqual(['notification-only', 'sub-account']);
    expect(setup.subAccountPermissions.map((p) => p.name)).toEqual(hostingCatalog.contacts.subAccountPermissions);
    expect(setup.subAccountPermissions).toContainEqual({ name: 'invoices.pay', label: 'View and pay invoices', group: 'Billing' });
    expect(setup.hasTerms).toBe(false);
  });

  it('gives a print shop its customers, no sub-account permissions, and whether it has published terms', async () => {
    const ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
    expect((await ws.owner.contacts.list({ workspace: ws.handle })).setup).toEqual({
      kinds: ['customer'],
      subAccountPermissions: [],
      hasTerms: false,
      passwordRules: [{ kind: 'length', count: 10 }],
    });
    await ws.owner.terms.upload({ workspace: ws.handle, title: 'Terms', text: 'Pay on time.' });
    expect((await ws.owner.contacts.list({ workspace: ws.handle })).setup.hasTerms).toBe(true);
  });
});
