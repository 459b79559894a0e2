import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace, signedUpIdentity } from '../../test-support/builders.js';
import { tokenIn } from '../../test-support/contacts.js';
import { totpCode } from '../../security/totp.js';
import { outboxMessages } from '../../mail/outbox-messages.js';

describe.each(databaseKinds)('hosting sub-accounts and notifications on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'hosting' });
  });
  afterAll(() => server.close());

  const activationToken = async (workspace: GivenWorkspace, contactId: string) => {
    const request = await workspace.owner.contacts.activationRequest({ workspace: workspace.handle, contactIds: [contactId], send: 'mailto' });
    return tokenIn(request.results[0]!.mailto!);
  };
  /** Follows the link as a person without a login: choosing a password. */
  const activate = async (workspace: GivenWorkspace, contactId: string, password = 'sub password 123') =>
    server.caller().activation.complete({ workspace: workspace.handle, token: await activationToken(workspace, contactId), password, acceptTerms: true });
  /** Follows the link as a person who has a login: signed in with it. */
  const activateSignedIn = async (workspace: GivenWorkspace, contactId: string, sessionToken: string) =>
    server.caller(sessionToken).activation.complete({ workspace: workspace.handle, token: await activationToken(workspace, contactId), acceptTerms: true });

  it('adds notification-only contacts, which have no login and so no login actions', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Accountant', email: 'books@example.com', company: 'Books Kft', notifications: ['invoice'] });
    expect(row.actions).toEqual(['delete', 'backup']);
    const detail = await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id });
    expect(detail).toMatchObject({ kind: 'notification-only', notifications: ['invoice'], permissions: [] });
    const { results } = await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' });
    expect(results[0]!.refused?.code).toBe('NOTIFICATION_ONLY_CONTACT');
  });

  it('adds sub-accounts that sign in with exactly the permissions chosen from the thirteen', async () => {
    const row = await ws.owner.contacts.create({
      workspace: ws.handle,
      name: 'Web admin',
      email: 'web@example.com',
      kind: 'sub-account',
      permissions: ['domains.manage', 'tickets.open', 'sso.perform'],
      notifications: ['general', 'product', 'domain', 'support'],
    });
    const signedIn = await activate(ws, row.id);
    const membership = await server.deps.db('memberships').where({ workspace_id: ws.id, identity_id: signedIn.identity.id }).first();
    expect(membership).toMatchObject({ kind: 'contact', role_key: null, disabled_at: null });
    expect([...membership.permissions].sort()).toEqual(['domains.manage', 'sso.perform', 'tickets.open']);
    expect((await server.caller(signedIn.token).contacts.me({ workspace: ws.handle })).status).toBe('active');
    // Without "view and manage contacts" the sub-account does not see the others.
    expect((await refusal(server.caller(signedIn.token).contacts.list({ workspace: ws.handle }))).appCode).toBe('FORBIDDEN');

    await ws.owner.contacts.update({ workspace: ws.handle, contactId: row.id, permissions: ['contacts.manage'] });
    const page = await server.caller(signedIn.token).contacts.list({ workspace: ws.handle });
    expect(page.total).toBeGreaterThan(0);
    // The table offers the sub-account editing, not adding: the server would refuse it.
    expect(page.may).toEqual({ add: false, edit: true });
    expect((await ws.owner.contacts.list({ workspace: ws.handle })).may).toEqual({ add: true, edit: true });
    // The catalog keeps adding contacts to the primary user, whatever the sub-account holds.
    const refused = await refusal(server.caller(signedIn.token).contacts.create({ workspace: ws.handle, name: 'Mine', email: 'mine@example.com' }));
    expect(refused).toMatchObject({ appCode: 'CONTACTS_OWNER_ONLY', message: 'Only the account’s primary user can add contacts.' });
  });

  it('turns a notification-only contact into a sub-account that signs in, and back: its login goes, its notifications stay', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Turncoat', email: 'turn@example.com', notifications: ['domain'] });
    const promoted = await ws.owner.contacts.update({ workspace: ws.handle, contactId: row.id, kind: 'sub-account', permissions: ['domains.view'] });
    expect(promoted).toMatchObject({ status: 'unregistered', actions: ['delete', 'send-activation', 'backup'] });
    const signedIn = await activate(ws, row.id);
    const session = server.caller(signedIn.token);
    expect(await session.permissions.check({ workspace: ws.handle, permission: 'domains.view' })).toMatchObject({ allowed: true });

    const demoted = await ws.owner.contacts.update({ workspace: ws.handle, contactId: row.id, kind: 'notification-only' });
    expect(demoted).toMatchObject({ status: 'unregistered', termsAcceptedAt: null, actions: ['delete', 'backup'] });
    expect(await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).toMatchObject({ kind: 'notification-only', permissions: [], notifications: ['domain'] });
    // The login went with the kind: the session no longer reaches the account, and no identity is left behind.
    expect((await refusal(session.permissions.check({ workspace: ws.handle, permission: 'domains.view' }))).code).toBe('UNAUTHORIZED');
    expect(await server.deps.db('identities').where({ email: 'turn@example.com' })).toEqual([]);
    const sent = await ws.owner.notifications.notify({ workspace: ws.handle, category: 'domain', subject: 'Domain renewed', text: 'example.com was renewed.' });
    expect(sent.sentTo).toBeGreaterThanOrEqual(1);
    expect((await outboxMessages(server.deps, { to: 'turn@example.com' })).map((m) => m.subject)).toContain('Domain renewed');
  });

  it('leaves changing a contact’s kind to the primary user, and refuses kinds the template does not have, changing nothing', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Stays put', email: 'stays@example.com' });
    const helper = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Helper', email: 'helper-kind@example.com', kind: 'sub-account', permissions: ['contacts.manage'] });
    const helperSession = server.caller((await activate(ws, helper.id)).token);
    const byHelper = await refusal(helperSession.contacts.update({ workspace: ws.handle, contactId: row.id, kind: 'sub-account' }));
    expect(byHelper.appCode).toBe('CONTACTS_OWNER_ONLY');
    expect((await refusal(ws.owner.contacts.update({ workspace: ws.handle, contactId: row.id, kind: 'customer' }))).appCode).toBe('CONTACT_KIND_NOT_AVAILABLE');
    const withForeignPermission = await refusal(ws.owner.contacts.update({ workspace: ws.handle, contactId: row.id, kind: 'sub-account', permissions: ['members.manage'] }));
    expect(withForeignPermission.appCode).toBe('PERMISSION_NOT_IN_CATALOG');
    expect(await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).toMatchObject({ kind: 'notification-only', permissions: [] });
  });

  it('refuses permissions beyond the thirteen and kinds the template does not have, changing nothing', async () => {
    const before = Number((await server.deps.db('contacts').count({ n: '*' }).first())!.n);
    for (const permissions of [['members.manage'], ['notifications.send'], ['no.such']]) {
      const error = await refusal(ws.owner.contacts.create({ workspace: ws.handle, name: 'Too much', email: 'much@example.com', kind: 'sub-account', permissions }));
      expect(error.appCode).toBe('PERMISSION_NOT_IN_CATALOG');
    }
    expect((await refusal(ws.owner.contacts.create({ workspace: ws.handle, name: 'C', email: 'c@example.com', kind: 'customer' }))).appCode).toBe('CONTACT_KIND_NOT_AVAILABLE');
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    expect((await refusal(shop.owner.contacts.create({ workspace: shop.handle, name: 'S', email: 's@example.com', kind: 'sub-account' }))).appCode).toBe('CONTACT_KIND_NOT_AVAILABLE');
    expect(Number((await server.deps.db('contacts').count({ n: '*' }).first())!.n)).toBe(before);
  });

  it('makes one person a contact of several accounts with one email and one login', async () => {
    const second = await givenWorkspace(server, undefined, { template: 'hosting' });
    const here = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Freelancer', email: 'freelancer@example.com', kind: 'sub-account', permissions: ['products.view'] });
    const signedIn = await activate(ws, here.id, 'freelancer pw 1');
    const there = await second.owner.contacts.create({ workspace: second.handle, name: 'Freelancer', email: 'freelancer@example.com', kind: 'sub-account', permissions: ['domains.view'] });
    expect(there.status).toBe('not-active');
    // The link asks for the login the person already has, signed in; it takes no password.
    expect((await refusal(activate(second, there.id, 'another password'))).appCode).toBe('ACTIVATION_NEEDS_SIGN_IN');
    const session = await server.caller().identity.signIn({ email: 'freelancer@example.com', password: 'freelancer pw 1' });
    if (session.secondFactorRequired) throw new Error('expected no second factor');
    const again = await activateSignedIn(second, there.id, session.token);
    if (again.secondFactorRequired) throw new Error('expected a session');
    expect(again.identity.id).toBe(signedIn.identity.id);
    expect(await server.deps.db('identities').where({ email: 'freelancer@example.com' }).select('id')).toHaveLength(1);
    const me = await server.caller(again.token).identity.me();
    expect(me.memberships.map((m) => m.workspace).sort()).toEqual([second.handle, ws.handle].sort());
  });

  it('activates a login that has a second factor only after both steps of signing in', async () => {
    const email = 'guarded@example.com';
    const password = 'guarded password 1';
    const { token } = await signedUpIdentity(server, { email, password });
    const { secret } = await server.caller(token).identity.secondFactor.begin({ password });
    await server.caller(token).identity.secondFactor.confirm({ code: totpCode(secret, server.clock.now()) });
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Guarded', email, kind: 'sub-account', permissions: ['invoices.pay'] });
    expect(row.status).toBe('not-active');
    expect((await refusal(activate(ws, row.id, password))).appCode).toBe('ACTIVATION_NEEDS_SIGN_IN');
    // Half-way through signing in (the password, not the code) is not signed in.
    const first = await server.caller().identity.signIn({ email, password });
    if (!first.secondFactorRequired) throw new Error('expected a challenge');
    expect((await refusal(activateSignedIn(ws, row.id, first.challenge))).appCode).toBe('ACTIVATION_NEEDS_SIGN_IN');
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).status).toBe('not-active');
    server.clock.advance(30_000);
    const signedIn = await server.caller().identity.signInSecondFactor({ challenge: first.challenge, code: totpCode(secret, server.clock.now()) });
    await activateSignedIn(ws, row.id, signedIn.token);
    expect((await server.caller(signedIn.token).contacts.me({ workspace: ws.handle })).status).toBe('active');
  });

  it('notifies exactly the contacts subscribed to a category, telling of an invoice without carrying it', async () => {
    const host = await givenWorkspace(server, undefined, { template: 'hosting' });
    const add = (name: string, email: string, notifications: Array<'general' | 'invoice' | 'domain'>) => host.owner.contacts.create({ workspace: host.handle, name, email, notifications });
    await add('Finance', 'finance@example.com', ['invoice', 'general']);
    await add('Domains', 'domains@example.com', ['domain']);
    await add('Nothing', 'nothing@example.com', []);
    const gone = await host.owner.contacts.create({ workspace: host.handle, name: 'Gone', email: 'gone@example.com', kind: 'sub-account', notifications: ['invoice'] });
    await activate(host, gone.id);
    await host.owner.contacts.deactivate({ workspace: host.handle, contactIds: [gone.id] });
    await ws.owner.contacts.create({ workspace: ws.handle, name: 'Elsewhere', email: 'elsewhere@example.com', notifications: ['invoice'] });

    const result = await host.owner.notifications.notify({
      workspace: host.handle,
      category: 'invoice',
      subject: 'Invoice 2026-0042 issued',
      text: 'Invoice 2026-0042 was issued. Sign in to view and pay it.',
    });
    expect(result).toEqual({ sentTo: 1 });
    const sent = (await outboxMessages(server.deps, { workspaceId: host.id })).filter((m) => m.subject.startsWith('Invoice'));
    expect(sent.map((m) => m.to)).toEqual(['finance@example.com']);
    expect(sent[0]!.body).toContain('Invoice 2026-0042 was issued. Sign in to view and pay it.');
    expect(sent[0]!.body).toContain('billing notifications');

    const web = await host.member('web-admin');
    expect((await refusal(web.caller.notifications.notify({ workspace: host.handle, category: 'general', subject: 'S', text: 'T' }))).appCode).toBe('FORBIDDEN');
  });
});
