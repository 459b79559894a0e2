import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, type FoyerApi } from '@foyer/client';
import { hostingPortalFixture, type HostingPortalFixture } from '../../test-support/hosting-fixtures.js';
import { deepActiveElement, press, retype, typeInto } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { ContactDetail } from '@foyer/schema';
import type { ContactsTable } from './contacts-table.js';
import { hostingChanges, hostingFormOf } from './hosting-contact-fields.js';
import './define.js';

const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const ownerApi = (f: HostingPortalFixture): FoyerApi => createFoyerApi({ server: f.api, getToken: () => f.owner.token });

async function mount(f: HostingPortalFixture): Promise<{ table: ContactsTable; root: ShadowRoot }> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
      <contacts-table search-delay="50"></contacts-table>
    </foyer-provider>
  `);
  provider.token = f.owner.token;
  const table = provider.querySelector('contacts-table')!;
  await wait(() => table.shadowRoot!.querySelector('#add-contact') && table.rows.length > 0, 'the table shows its contacts and the Add contact button');
  return { table, root: table.shadowRoot! };
}

const dialogOf = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('#dialog') as HTMLDialogElement;
const byId = <T extends HTMLElement = HTMLInputElement>(d: ParentNode, id: string) => d.querySelector<T>(`[id="${id}"]`)!;
const checkedIn = (d: ParentNode, prefix: string) =>
  [...d.querySelectorAll<HTMLInputElement>(`input[id^="${prefix}"]`)].filter((input) => input.checked && input.id !== 'permission-all').map((input) => input.id.slice(prefix.length));
const submit = (d: HTMLDialogElement) => d.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
const announced = (root: ShadowRoot) => text(root.querySelector('[part~="message"]'));

async function openAddForm(root: ShadowRoot, name: string, email: string): Promise<HTMLDialogElement> {
  root.querySelector<HTMLButtonElement>('#add-contact')!.click();
  await wait(() => dialogOf(root)?.open && byId(dialogOf(root), 'sub-account'), 'the form opens with the hosting choices');
  const d = dialogOf(root);
  await typeInto(byId(d, 'contact-name'), name);
  await typeInto(byId(d, 'contact-email'), email);
  return d;
}

async function typePassword(d: HTMLDialogElement, password: string): Promise<void> {
  const field = d.querySelector<PasswordField>('password-field')!;
  await typeInto(field.shadowRoot!.querySelector<HTMLInputElement>('#password')!, password);
  await typeInto(field.shadowRoot!.querySelector<HTMLInputElement>('#repeat')!, password);
  await wait(() => field.valid, 'the password meets every rule');
}

describe('contacts-table in a hosting account', () => {
  it('shows no terms column where the account has no terms, and End still reaches a row’s actions', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { table, root } = await mount(f);
    const headers = [...root.querySelectorAll('[role="columnheader"]')].map(text);
    expect(headers.length).to.equal(7);
    expect(headers.some((h) => h.startsWith('Invitation'))).to.equal(true);
    expect(headers.some((h) => h.includes('Terms accepted'))).to.equal(false);
    const g = root.querySelector<HTMLElement>('[role="grid"]')!;
    g.focus();
    await press('End');
    const active = () => root.getElementById(g.getAttribute('aria-activedescendant') ?? '');
    expect(active()?.querySelector('button')?.getAttribute('aria-label')).to.match(/^Actions for /);
    await press('Enter');
    await wait(() => dialogOf(root)?.open && root.querySelector('[data-action="edit"]'), 'Enter opens the row’s actions');
    await expect(table).to.be.accessible();
  });

  it('adds an accountant with the preset and a password; the accountant signs in with it and holds exactly those permissions', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { table, root } = await mount(f);
    const email = `ari-${unique()}@example.com`;
    const d = await openAddForm(root, 'Ari Accountant', email);
    expect(d.querySelector('[part~="permissions"]'), 'permissions show only for a sub-account').to.equal(null);
    byId(d, 'sub-account').click();
    await wait(() => d.querySelector('[part~="permissions"]'), 'the permissions show');
    expect([...d.querySelectorAll('[part~="permission-group"] > legend')].map(text)).to.deep.equal(['Account', 'Services', 'Domains', 'Billing', 'Support']);
    expect(checkedIn(d, 'permission-').length).to.equal(0);
    expect(d.querySelectorAll('[part~="permission-group"] input[type="checkbox"]').length).to.equal(13);
    expect(text(byId(d, 'permission-invoices.pay').closest('label'))).to.equal('View and pay invoices');

    byId<HTMLButtonElement>(d, 'preset-accountant').click();
    await wait(() => checkedIn(d, 'permission-').length === 2, 'the preset picks the permissions');
    expect(checkedIn(d, 'permission-').sort()).to.deep.equal(['invoices.pay', 'sso.perform']);
    expect(checkedIn(d, 'notification-')).to.deep.equal(['invoice']);
    expect(byId(d, 'permission-all').indeterminate).to.equal(true);
    expect(byId(d, 'permission-all').checked).to.equal(false);
    await expect(table).to.be.accessible();

    await typePassword(d, 'ari ledger password 1');
    submit(d);
    await wait(() => !d.open, 'the form closes');
    await wait(() => announced(root) === 'Ari Accountant was added and can sign in with the password you set.', 'the live region says what happened');

    const session = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email, password: 'ari ledger password 1' });
    if (session.secondFactorRequired) throw new Error('expected a session');
    const accountant = createFoyerApi({ server: f.api, getToken: () => session.token });
    const mine = await accountant.permissions.mine.query({ workspace: f.workspace });
    expect([...mine.permissions].sort()).to.deep.equal(['invoices.pay', 'sso.perform']);
    const added = (await ownerApi(f).contacts.list.query({ workspace: f.workspace, search: email })).rows[0]!;
    expect(await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId: added.id })).to.deep.include({
      kind: 'sub-account',
      status: 'active',
      notifications: ['invoice'],
    });
  });

  it('shows the server’s refusal at the password for a web helper whose email already has a login, then adds them with an activation link', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { root } = await mount(f);
    const d = await openAddForm(root, 'Hal Helper', f.helper.email);
    byId(d, 'sub-account').click();
    await wait(() => d.querySelector('[part~="permissions"]'), 'the permissions show');
    byId<HTMLButtonElement>(d, 'preset-web-helper').click();
    await wait(() => checkedIn(d, 'permission-').length === 6, 'the preset picks the permissions');
    expect(checkedIn(d, 'permission-').sort()).to.deep.equal(['domains.manage', 'domains.view', 'orders.place', 'products.view', 'sso.perform', 'tickets.open']);
    expect(checkedIn(d, 'notification-')).to.deep.equal(['general', 'product', 'domain', 'support']);
    await typePassword(d, 'not the helper’s own 1');
    submit(d);
    const field = d.querySelector<PasswordField>('password-field')!;
    await wait(() => field.error !== '', 'the password field shows the refusal');
    expect(field.error).to.include('this email already has a login');
    await wait(() => deepActiveElement()?.id === 'password', 'the password field takes focus');
    expect(text(field.shadowRoot!.querySelector('[part~="error"]'))).to.include('signs in with their own password');
    expect(d.open).to.equal(true);
    expect((await ownerApi(f).contacts.list.query({ workspace: f.workspace, search: f.helper.email })).total).to.equal(0);
    const own = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.helper.email, password: f.helper.password });
    expect(own.secondFactorRequired).to.equal(false);

    d.querySelector<HTMLInputElement>('input[name="access"][value="link"]')!.click();
    await wait(() => !d.querySelector('password-field'), 'the password field goes');
    submit(d);
    await wait(() => !d.open, 'the form closes');
    await wait(() => announced(root) === 'Hal Helper was added, and an activation link was sent.', 'the live region says what happened');
    const [row] = (await ownerApi(f).contacts.list.query({ workspace: f.workspace, search: f.helper.email })).rows;
    expect(row).to.include({ status: 'not-active', invitationSent: true });
  });

  it('“All permissions” checks every permission, shows a partial choice as mixed, and clears them all, by pointer and by keyboard', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { table, root } = await mount(f);
    const d = await openAddForm(root, 'Toggle Tester', `toggle-${unique()}@example.com`);
    byId(d, 'sub-account').click();
    await wait(() => byId(d, 'permission-all'), 'the permissions show');
    const all = () => byId(d, 'permission-all');
    all().click();
    await wait(() => checkedIn(d, 'permission-').length === 13, 'every permission is checked');
    expect([all().checked, all().indeterminate]).to.deep.equal([true, false]);
    byId(d, 'permission-quotes.accept').click();
    await wait(() => all().indeterminate, 'a partial choice shows as mixed');
    expect(checkedIn(d, 'permission-').length).to.equal(12);
    all().focus();
    await press(' ');
    await wait(() => checkedIn(d, 'permission-').length === 13, 'Space checks them all');
    expect(deepActiveElement()?.id).to.equal('permission-all');
    await press(' ');
    await wait(() => checkedIn(d, 'permission-').length === 0, 'Space again clears them all');
    expect([all().checked, all().indeterminate]).to.deep.equal([false, false]);
    await expect(table).to.be.accessible();
  });

  it('adds a notification-only contact with the categories chosen and a phone and country, and asks no password of it', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { root } = await mount(f);
    const email = `notified-${unique()}@example.com`;
    const d = await openAddForm(root, 'Noel Notified', email);
    expect(d.querySelector('password-field'), 'no password for a contact who does not sign in').to.equal(null);
    byId(d, 'notification-general').click();
    byId(d, 'notification-domain').click();
    await typeInto(byId(d, 'contact-phone'), '06 1 234 5678');
    await typeInto(byId(d, 'contact-country'), 'hu');
    submit(d);
    await wait(() => byId(d, 'contact-phone').getAttribute('aria-invalid') === 'true', 'the phone is marked');
    expect(text(byId(d, 'contact-phone-error'))).to.equal('Must be a phone number in international form such as +36 1 234 5678.');
    await retype(byId(d, 'contact-phone'), '+36 1 234 5678');
    submit(d);
    await wait(() => !d.open, 'the form closes');
    await wait(() => announced(root) === 'Noel Notified was added and receives the notifications chosen.', 'the live region says what happened');
    const [row] = (await ownerApi(f).contacts.list.query({ workspace: f.workspace, search: email })).rows;
    const detail = await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId: row!.id });
    expect(detail.kind).to.equal('notification-only');
    expect(detail.phone).to.equal('+3612345678');
    expect(detail.address.country).to.equal('HU');
    expect([...detail.notifications].sort()).to.deep.equal(['domain', 'general']);
  });

  it('edits a contact with its own choices shown, and turns it into a sub-account with a password', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { table, root } = await mount(f);
    root.querySelector<HTMLButtonElement>(`[aria-label="Actions for ${f.contacts.nora.name}"]`)!.click();
    await wait(() => dialogOf(root)?.open && root.querySelector('[data-action="edit"]'), 'the actions open');
    root.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    const d = dialogOf(root);
    await wait(() => byId(d, 'sub-account'), 'the form opens with the contact’s choices');
    expect(byId(d, 'sub-account').checked).to.equal(false);
    expect(checkedIn(d, 'notification-')).to.deep.equal(['general']);
    byId(d, 'sub-account').click();
    await wait(() => d.querySelector('[part~="permissions"]'), 'the permissions show');
    byId(d, 'permission-tickets.open').click();
    await typePassword(d, 'nora new password 1');
    await expect(table).to.be.accessible();
    submit(d);
    await wait(() => !d.open, 'the form closes');
    const detail = await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId: f.contacts.nora.id });
    expect(detail).to.deep.include({ kind: 'sub-account', status: 'active', permissions: ['tickets.open'], notifications: ['general'] });
    const session = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.contacts.nora.email, password: 'nora new password 1' });
    expect(session.secondFactorRequired).to.equal(false);
  });

  it('sends only what changed of a contact’s kind, permissions and notifications', () => {
    const detail = {
      kind: 'sub-account',
      status: 'active',
      permissions: ['domains.view', 'tickets.open'],
      notifications: ['domain'],
    } as unknown as ContactDetail;
    const form = hostingFormOf(detail);
    expect(hostingChanges(detail, form, '')).to.deep.equal({});
    expect(hostingChanges(detail, { ...form, permissions: new Set(['tickets.open', 'domains.view']) }, '')).to.deep.equal({});
    expect(hostingChanges(detail, { ...form, notifications: new Set(['domain', 'support']) }, '')).to.deep.equal({ notifications: ['domain', 'support'] });
    // A sub-account that already signs in is given no password: it has its own.
    expect(hostingChanges(detail, { ...form, permissions: new Set(['tickets.open']) }, 'ignored pw 123')).to.deep.equal({ permissions: ['tickets.open'] });
    expect(hostingChanges(detail, { ...form, subAccount: false }, '')).to.deep.equal({ kind: 'notification-only' });
  });
});
