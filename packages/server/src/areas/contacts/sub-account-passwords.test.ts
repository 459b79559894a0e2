import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../mail/outbox-messages.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, signedUpIdentity, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { appCodeOf, trpcHttp } from '../../test-support/trpc-http.js';
import { translatedSentence } from '../../localization/field-errors.js';
import { passwordRefusals } from './contact-login.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const loginTaken = passwordRefusals.loginTaken;
const onlySubAccounts = passwordRefusals.notSubAccount;

/**
 * The primary user of a hosting account sets a sub-account's password directly: the contact
 * signs in at once with exactly the permissions given. A password never replaces one a person
 * already has, whoever asks.
 */
describe('sub-account password refusals', () => {
  it.each(['de', 'nb', 'hu'] as const)('are written in %s', (language) => {
    for (const sentence of Object.values(passwordRefusals)) expect(translatedSentence(sentence, language), sentence).not.toBeNull();
  });
});

describe.each(databaseKinds)('sub-account passwords set by the primary user on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server, undefined, { template: 'hosting' });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const count = async (table: string) => Number((await server.deps.db(table).count({ n: '*' }).first())!.n);
  const signIn = (email: string, password: string) => server.caller().identity.signIn({ email, password });
  const create = (workspace: GivenWorkspace, input: Record<string, unknown>, language = 'en') =>
    trpcHttp(http.base, 'mutation', 'contacts.create', { workspace: workspace.handle, ...input }, { token: workspace.ownerToken, headers: { 'accept-language': language } });

  it('makes an accountant Active at once, with no mail, signing in with the password and exactly the permissions given', async () => {
    const email = `books-${unique()}@example.com`;
    const row = await ws.owner.contacts.create({
      workspace: ws.handle,
      name: 'Books',
      email,
      kind: 'sub-account',
      permissions: ['invoices.pay', 'sso.perform'],
      notifications: ['invoice'],
      password: 'ledger password 1',
    });
    expect(row).toMatchObject({ status: 'active', invitationSent: false, actions: ['delete-identities', 'delete', 'deactivate', 'backup'] });
    expect(await outboxMessages(server.deps, { to: email })).toEqual([]);

    const session = await signIn(email, 'ledger password 1');
    if (session.secondFactorRequired) throw new Error('expected a session');
    const mine = await server.caller(session.token).permissions.mine({ workspace: ws.handle });
    expect(mine).toMatchObject({ kind: 'contact', permissions: ['invoices.pay', 'sso.perform'] });
    expect(await server.caller(session.token).contacts.me({ workspace: ws.handle })).toMatchObject({ status: 'active', termsAcceptanceDue: false });

    // Only the hash is kept, and the change log names no password.
    const stored = await server.deps.db('identities').where({ email }).first('password_hash');
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(await server.deps.db('audit_log').where({ workspace_id: ws.id }))).not.toContain('ledger password 1');
  });

  it('refuses a password for an email that already has a login, at the password field, and leaves that person’s password alone', async () => {
    const email = `helper-${unique()}@example.com`;
    await signedUpIdentity(server, { email, password: 'the helper’s own 1' });
    const before = await count('contacts');
    const answer = await create(ws, { name: 'Web helper', email, kind: 'sub-account', permissions: ['domains.view'], password: 'taken over 123' });
    expect(answer.status).toBe(400);
    expect(appCodeOf(answer)).toBe('INVALID_INPUT');
    expect(answer.body.error.data.fieldErrors.password).toEqual([loginTaken]);
    expect(await count('contacts')).toBe(before);
    expect((await refusal(signIn(email, 'taken over 123'))).appCode).toBe('WRONG_CREDENTIALS');
    expect((await signIn(email, 'the helper’s own 1')).secondFactorRequired).toBe(false);

    const german = await create(ws, { name: 'Web helper', email, kind: 'sub-account', password: 'taken over 123' }, 'de');
    expect(german.body.error.data.fieldErrors.password).toEqual([
      'kann nicht gesetzt werden: Diese E-Mail-Adresse hat bereits eine Anmeldung, und ihr Inhaber meldet sich mit dem eigenen Passwort an',
    ]);
  });

  it('refuses a password for a notification-only contact and in a print shop, naming the field, and adds no one', async () => {
    const before = await count('contacts');
    const notifying = await create(ws, { name: 'Notified', email: `notified-${unique()}@example.com`, notifications: ['general'], password: 'no login here 1' });
    expect(notifying.body.error.data.fieldErrors.password).toEqual([onlySubAccounts]);
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const customer = await create(shop, { name: 'Customer', email: `customer-${unique()}@example.com`, password: 'no login here 1' }, 'hu');
    expect(customer.body.error.data.fieldErrors.password).toEqual(['csak alfióknak adható meg, amely bejelentkezik']);
    expect(await count('contacts')).toBe(before);
  });

  it('holds the password to the workspace’s password rules, as activation does', async () => {
    const strict = await givenWorkspace(server, undefined, { template: 'hosting' });
    await strict.owner.workspaces.update({ workspace: strict.handle, passwordPolicy: 'two-of-each' });
    const email = `weak-${unique()}@example.com`;
    const weak = await refusal(strict.owner.contacts.create({ workspace: strict.handle, name: 'Weak', email, kind: 'sub-account', password: 'only lower case' }));
    expect(weak.appCode).toBe('PASSWORD_POLICY');
    expect(await server.deps.db('contacts').where({ email })).toEqual([]);
    expect(await server.deps.db('identities').where({ email })).toEqual([]);
  });

  it('turns a notification-only contact into a signed-in sub-account with a password, then refuses another password for it', async () => {
    const email = `promoted-${unique()}@example.com`;
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Promoted', email, notifications: ['domain'] });
    await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' }).catch(() => null);
    const promoted = await ws.owner.contacts.update({ workspace: ws.handle, contactId: row.id, kind: 'sub-account', permissions: ['domains.view'], password: 'promoted pw 123' });
    expect(promoted.status).toBe('active');
    const session = await signIn(email, 'promoted pw 123');
    if (session.secondFactorRequired) throw new Error('expected a session');
    expect(await server.caller(session.token).permissions.check({ workspace: ws.handle, permission: 'domains.view' })).toMatchObject({ allowed: true });

    const again = await trpcHttp(http.base, 'mutation', 'contacts.update', { workspace: ws.handle, contactId: row.id, password: 'replaced pw 123' }, { token: ws.ownerToken });
    expect(again.body.error.data.fieldErrors.password).toEqual([loginTaken]);
    expect((await refusal(signIn(email, 'replaced pw 123'))).appCode).toBe('WRONG_CREDENTIALS');
  });

  it('refuses a password for a deactivated contact, which stays deactivated', async () => {
    const email = `gone-${unique()}@example.com`;
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Gone', email, kind: 'sub-account', password: 'gone password 1' });
    await ws.owner.contacts.deactivate({ workspace: ws.handle, contactIds: [row.id] });
    const answer = await trpcHttp(http.base, 'mutation', 'contacts.update', { workspace: ws.handle, contactId: row.id, password: 'back again 123' }, { token: ws.ownerToken });
    expect(answer.body.error.data.fieldErrors.password).toEqual([passwordRefusals.deactivated]);
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).status).toBe('deactivated');
  });

  it('leaves setting a password to the primary user, even to a sub-account that manages contacts', async () => {
    const managerEmail = `manager-${unique()}@example.com`;
    await ws.owner.contacts.create({ workspace: ws.handle, name: 'Manager', email: managerEmail, kind: 'sub-account', permissions: ['contacts.manage'], password: 'manager pw 123' });
    const manager = await signIn(managerEmail, 'manager pw 123');
    if (manager.secondFactorRequired) throw new Error('expected a session');
    const other = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Other', email: `other-${unique()}@example.com`, kind: 'sub-account' });
    const byManager = await refusal(server.caller(manager.token).contacts.update({ workspace: ws.handle, contactId: other.id, password: 'by manager 123' }));
    expect(byManager.appCode).toBe('CONTACTS_OWNER_ONLY');
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: other.id })).status).toBe('unregistered');
  });
});
