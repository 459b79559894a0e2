import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../mail/outbox-messages.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { seedHosting, type HostingSeed } from './hosting.js';

describe.each(databaseKinds)('the demo hosting customers on %s', (kind) => {
  let server: TestServer;
  let seed: HostingSeed;
  const options = { activationUrl: (workspace: string) => `http://localhost:3000/hosting.html?workspace=${workspace}` };

  beforeAll(async () => {
    server = await startTestServer(kind);
    seed = await seedHosting(server.deps, options);
  });
  afterAll(() => server.close());

  const contact = (role: string) => seed.contacts.find((c) => c.role === role)!;
  const session = async (email: string, password: string) => {
    const signedIn = await server.caller().identity.signIn({ email, password });
    if (signedIn.secondFactorRequired) throw new Error('expected no second factor');
    return server.caller(signedIn.token);
  };

  it('gives the primary user the portal’s contacts: two sub-accounts who sign in, and the CEO who only receives mail', async () => {
    const owner = await session(seed.primaryUser.email, seed.primaryUser.password);
    const workspace = seed.workspace.handle;
    const { rows } = await owner.contacts.list({ workspace });
    expect(rows.map((r) => [r.email, r.status]).sort()).toEqual(
      [
        [contact('accountant').email, 'active'],
        [contact('ceo').email, 'unregistered'],
        [contact('web-helper').email, 'active'],
      ].sort(),
    );
    for (const c of seed.contacts) {
      const detail = await owner.contacts.get({ workspace, contactId: rows.find((r) => r.email === c.email)!.id });
      expect(detail, c.role).toMatchObject({ kind: c.kind, permissions: [...c.permissions].sort(), notifications: c.notifications });
    }
  });

  it('lets the accountant sign in with the password the primary user set, holding only invoices and single sign-on', async () => {
    const accountant = contact('accountant');
    const mine = await (await session(accountant.email, accountant.password!)).permissions.mine({ workspace: seed.workspace.handle });
    expect([...mine.permissions].sort()).toEqual(['invoices.pay', 'sso.perform']);
  });

  it('makes the web helper one login that is a contact of both customers', async () => {
    const helper = contact('web-helper');
    expect(helper.email).not.toContain('+');
    expect(helper.workspaces).toEqual([seed.workspace.handle, seed.secondWorkspace.handle]);
    const signedIn = await session(helper.email, helper.password!);
    const me = await signedIn.identity.me();
    expect(me.memberships.map((m) => m.workspace).sort()).toEqual([seed.workspace.handle, seed.secondWorkspace.handle].sort());
    expect(await server.deps.db('identities').whereRaw('lower(email) = lower(?)', [helper.email])).toHaveLength(1);
    const there = await signedIn.permissions.mine({ workspace: seed.secondWorkspace.handle });
    expect(there.permissions).toContain('domains.view');
    expect(there.permissions).not.toContain('orders.place');
  });

  it('gives the host’s back-end a key that notifies the invoice subscribers only and reads registrants', async () => {
    const backEnd = server.caller(seed.apiKey.key);
    const workspace = seed.workspace.handle;
    const result = await backEnd.notifications.notify({ workspace, category: 'invoice', subject: 'Invoice 2026-0107 issued', text: 'Invoice 2026-0107 was issued.' });
    expect(result).toEqual({ sentTo: 2 });
    const ws = await server.deps.db('workspaces').where({ handle: workspace }).first('id');
    const sent = (await outboxMessages(server.deps, { workspaceId: ws.id })).filter((m) => m.subject === 'Invoice 2026-0107 issued');
    expect(sent.map((m) => m.to).sort()).toEqual([contact('accountant').email, contact('ceo').email].sort());
    const registrants = await backEnd.contacts.registrants({ workspace });
    expect(registrants.incomplete.length + registrants.registrants.length).toBe(3);
  });

  it('seeds once: a second start finds the customers, issues a new key and returns the same facts', async () => {
    const again = await seedHosting(server.deps, { activationUrl: (workspace: string) => `http://localhost:4111/hosting.html?workspace=${workspace}` });
    expect(again.contacts).toEqual(seed.contacts);
    expect(again.apiKey.key).not.toBe(seed.apiKey.key);
    await expect(server.caller(seed.apiKey.key).contacts.registrants({ workspace: seed.workspace.handle })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const row = await server.deps.db('workspaces').where({ handle: seed.secondWorkspace.handle }).first('activation_url');
    expect(row.activation_url).toBe('http://localhost:4111/hosting.html?workspace=nordkapp-bakeri');
    seed = again;
  });
});
