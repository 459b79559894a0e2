import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError } from '@foyer/client';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import { masterShellFixture, type MasterShellFixture } from '../../test-support/master-shell-fixtures.js';
import { allWithin, deepActiveElement, shown, typeInto, within } from '../../test-support/interaction.js';
import type { MasterUsers } from './master-users.js';
import '../foyer-provider/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: MasterShellFixture, token: string) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none"><master-users workspace=${f.master.handle}></master-users></foyer-provider>
  `);
  provider.token = token;
  const users = provider.querySelector<MasterUsers>('master-users')!;
  await shown(users, 'table');
  return users;
}

const row = (users: Element, email: string) => within(users, `tbody tr[data-email="${email}"]`);
const cell = (r: Element, part: string) => text(r.querySelector(`[part~="${part}"]`));
const buttonsOf = (r: Element) => [...r.querySelectorAll('button')].map(text);
const buttonIn = (root: ParentNode, label: string) => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
  if (!found) throw new Error(`no button “${label}”`);
  return found;
};
const dialog = (users: Element) => within<HTMLDialogElement>(users, '#user-dialog');
const dialogOpen = (users: Element) => users.shadowRoot?.querySelector<HTMLDialogElement>('#user-dialog')?.open === true;
const picker = (users: Element) => within<RolePicker>(users, '#user-dialog role-picker');
const permissionBox = (users: Element, permission: string) => picker(users).shadowRoot!.querySelector<HTMLInputElement>(`[data-permission="${permission}"] input`)!;
const accountBoxes = (users: Element) => allWithin<HTMLInputElement>(users, '#user-dialog input[name="accounts"]');
/** The server, asked with a user's own session or key, as their browser or program would. */
const apiAs = (f: MasterShellFixture, token: string) => createFoyerApi({ server: f.api, getToken: () => token });

async function refusalOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return describeError(error).code;
  }
  throw new Error('the server did not refuse');
}

async function fillNewUser(users: MasterUsers, person: { email: string; firstName: string; lastName: string; description: string }) {
  await typeInto(within(users, '#user-email'), person.email);
  await typeInto(within(users, '#user-description'), person.description);
  await typeInto(within(users, '#user-firstName'), person.firstName);
  await typeInto(within(users, '#user-lastName'), person.lastName);
}

describe('master-users', () => {
  let clipboard: string[];
  let originalWriteText: Clipboard['writeText'];

  beforeEach(() => {
    // A headless browser has no clipboard to read back: what is written is kept here.
    clipboard = [];
    originalWriteText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => {
      clipboard.push(value);
    };
  });

  afterEach(() => {
    navigator.clipboard.writeText = originalWriteText;
  });

  it('lists the users with their description, permissions, access, status, accounts and key', async function () {
    // A real server builds the master account through its own procedures (argon2 on purpose).
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.owner.token);
    const full = row(users, f.users.full.email);
    expect(text(full.querySelector('th'))).to.equal('Fran Full');
    expect(text(full)).to.include('Runs customer service');
    expect(cell(full, 'permissions')).to.equal('Orders/Tickets, Search orders, API read, API read/write, Manage users, Reports');
    expect(text(full)).to.include('Interface and API');
    expect(cell(full, 'status')).to.equal('Enabled');
    expect(cell(full, 'user-accounts')).to.equal('North Shop, South Shop');
    expect(cell(full, 'api-key')).to.match(/^…\S{4} Last used: Never$/);
    expect(cell(row(users, f.users.orders.email), 'user-accounts')).to.equal('North Shop');
    expect(buttonsOf(full)).to.deep.equal(['Manage permissions', 'Reset password', 'Rotate API key', 'Delete']);
    await expect(users).to.be.accessible();
  });

  it('creates a user who confirms by mail, and an API-only user, each key shown once with a copy button', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.owner.token);
    buttonIn(users.shadowRoot!, 'Create new user').click();
    await waitUntil(() => dialogOpen(users), 'the form opens');
    // The API-only box comes first, and takes focus.
    expect(deepActiveElement()?.id).to.equal('user-api-only');
    expect(accountBoxes(users).map((b) => b.value)).to.deep.equal(f.accounts.map((a) => a.handle));
    await expect(users).to.be.accessible();

    await fillNewUser(users, { email: 'hana@example.com', description: 'Evenings', firstName: 'Hana', lastName: 'Helper' });
    permissionBox(users, 'tickets.manage').click();
    accountBoxes(users)[0]!.click();
    buttonIn(dialog(users), 'Create user').click();
    await shown(users, '#dialog-heading', 'User Hana Helper created');
    expect(text(within(users, '#dialog-body'))).to.include('A confirmation link was sent to hana@example.com');
    const key = within<HTMLInputElement>(users, '#api-key').value;
    expect(key).to.match(/^fy_/);
    expect(text(within(users, '[part~="key-note"]'))).to.include('it will not be shown again');
    await expect(users).to.be.accessible();
    buttonIn(dialog(users), 'Copy key').click();
    await shown(users, '#user-dialog [role="status"]', 'Key copied.');
    expect(clipboard).to.deep.equal([key]);
    // The key is the user's own, and without an API permission the server lets it read nothing.
    expect(await refusalOf(apiAs(f, key).permissions.mine.query({ workspace: f.master.handle }))).to.equal('API_READ_REQUIRED');

    buttonIn(dialog(users), 'Done').click();
    await waitUntil(() => !dialogOpen(users), 'the dialog closes');
    // Gone from the page with its dialog: only its last four characters stay.
    expect(users.shadowRoot!.innerHTML).to.not.include(key);
    const hana = row(users, 'hana@example.com');
    expect(cell(hana, 'api-key')).to.include(`…${key.slice(-4)}`);
    expect(cell(hana, 'status')).to.equal('Enabled Has not set a password yet');
    expect(cell(hana, 'user-accounts')).to.equal('North Shop');
    expect(buttonsOf(hana)).to.include('Reset password');
    expect(deepActiveElement()?.id).to.equal('create-user');

    buttonIn(users.shadowRoot!, 'Create new user').click();
    await waitUntil(() => dialogOpen(users), 'the form opens again, empty');
    expect(within<HTMLInputElement>(users, '#user-email').value).to.equal('');
    within<HTMLInputElement>(users, '#user-api-only').click();
    await fillNewUser(users, { email: 'robot@example.com', description: 'Order sync', firstName: 'Rob', lastName: 'Otic' });
    permissionBox(users, 'api.write').click();
    accountBoxes(users)[1]!.click();
    buttonIn(dialog(users), 'Create user').click();
    await shown(users, '#dialog-body', 'Rob Otic works only through the API, with this key.');
    const robotKey = within<HTMLInputElement>(users, '#api-key').value;
    expect(robotKey).to.match(/^fy_/).and.not.equal(key);
    buttonIn(dialog(users), 'Copy key').click();
    await waitUntil(() => clipboard.length === 2, 'the second key is copied');
    expect(clipboard[1]).to.equal(robotKey);
    // The copied key works, with exactly what was given.
    const mine = await apiAs(f, robotKey).permissions.mine.query({ workspace: f.master.handle });
    expect(mine).to.include({ viaApiKey: true, kind: 'api' });
    expect(mine.permissions).to.deep.equal(['api.read', 'api.write']);
    buttonIn(dialog(users), 'Done').click();
    await waitUntil(() => !dialogOpen(users));
    const robot = row(users, 'robot@example.com');
    expect(text(robot)).to.include('API only');
    expect(cell(robot, 'status')).to.equal('Enabled');
    expect(cell(robot, 'permissions')).to.equal('API read, API read/write');
    expect(cell(robot, 'user-accounts')).to.equal('South Shop');
    // An API-only user has no password to reset.
    expect(buttonsOf(robot)).to.deep.equal(['Manage permissions', 'Rotate API key', 'Delete']);
  });

  it('names what is missing before asking the server, and shows the server’s refusal, creating nothing', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.owner.token);
    buttonIn(users.shadowRoot!, 'Create new user').click();
    await waitUntil(() => dialogOpen(users));
    buttonIn(dialog(users), 'Create user').click();
    await shown(users, '#user-email-error', 'Enter the email address of the new user.');
    expect(text(within(users, '#user-role-error'))).to.equal('Choose a role, or permissions one by one.');
    expect(deepActiveElement()?.id).to.equal('user-email');

    // Someone already on the master account.
    await fillNewUser(users, { email: f.users.orders.email, description: '', firstName: 'Otto', lastName: 'Again' });
    permissionBox(users, 'tickets.manage').click();
    buttonIn(dialog(users), 'Create user').click();
    await shown(users, '#user-dialog [role="alert"]', 'This person is already a member of this workspace.');
    expect(dialogOpen(users)).to.equal(true);
    await expect(users).to.be.accessible();
    buttonIn(dialog(users), 'Cancel').click();
    await waitUntil(() => !dialogOpen(users));
    expect(allWithin(users, 'tbody tr')).to.have.length(3);
  });

  it('manages permissions, accounts and “User enabled” together: a disabled user is refused at once', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.owner.token);
    const otto = row(users, f.users.orders.email);
    buttonIn(otto, 'Manage permissions').click();
    await waitUntil(() => dialogOpen(users));
    await shown(picker(users), 'fieldset');
    expect(text(within(users, '#dialog-heading'))).to.equal('Manage the permissions of Otto Orders');
    expect(permissionBox(users, 'tickets.manage').checked).to.equal(true);
    expect(permissionBox(users, 'orders.search').checked).to.equal(false);
    expect(accountBoxes(users).map((b) => b.checked)).to.deep.equal([true, false]);
    expect(within<HTMLInputElement>(users, '#user-enabled').checked).to.equal(true);
    await expect(users).to.be.accessible();

    permissionBox(users, 'orders.search').click();
    accountBoxes(users)[1]!.click();
    within<HTMLInputElement>(users, '#user-enabled').click();
    buttonIn(dialog(users), 'Save').click();
    await waitUntil(() => !dialogOpen(users), 'the dialog closes once saved');
    await shown(users, '[part~="message"]', 'Saved the permissions of Otto Orders.');
    expect(cell(otto, 'permissions')).to.equal('Orders/Tickets, Search orders');
    expect(cell(otto, 'user-accounts')).to.equal('North Shop, South Shop');
    expect(cell(otto, 'status')).to.equal('Disabled');
    expect(await refusalOf(apiAs(f, f.users.orders.token).master.view.query({ workspace: f.master.handle }))).to.equal('MEMBERSHIP_DISABLED');

    buttonIn(otto, 'Manage permissions').click();
    await waitUntil(() => dialogOpen(users));
    within<HTMLInputElement>(users, '#user-enabled').click();
    buttonIn(dialog(users), 'Save').click();
    await waitUntil(() => cell(otto, 'status') === 'Enabled', 'enabled again');
    const view = await apiAs(f, f.users.orders.token).master.view.query({ workspace: f.master.handle });
    expect(view.accounts.map((a) => a.handle)).to.deep.equal(f.accounts.map((a) => a.handle));
  });

  it('deletes a user only after a confirmation that says what follows', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.owner.token);
    const otto = row(users, f.users.orders.email);
    const remove = buttonIn(otto, 'Delete');
    remove.click();
    await waitUntil(() => dialogOpen(users));
    expect(text(within(users, '#dialog-heading'))).to.equal('Delete the user Otto Orders?');
    expect(text(within(users, '#dialog-body')))
      .to.include('can no longer work in any account of this master account')
      .and.include('This cannot be undone.');
    // The way out has focus, so Enter never deletes by accident.
    expect(text(deepActiveElement())).to.equal('Cancel');
    await expect(users).to.be.accessible();
    buttonIn(dialog(users), 'Cancel').click();
    await waitUntil(() => !dialogOpen(users));
    expect(deepActiveElement()).to.equal(remove);
    expect(allWithin(users, 'tbody tr')).to.have.length(3);

    remove.click();
    await waitUntil(() => dialogOpen(users));
    buttonIn(dialog(users), 'Delete user').click();
    await shown(users, '[part~="message"]', 'Otto Orders was deleted.');
    expect(users.shadowRoot!.querySelector(`tbody tr[data-email="${f.users.orders.email}"]`)).to.equal(null);
    expect(await refusalOf(apiAs(f, f.users.orders.token).master.view.query({ workspace: f.master.handle }))).to.equal('NOT_A_MEMBER');
  });

  it('rotates a user’s key, showing the new one once, and sends a password link', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.owner.token);
    const fran = row(users, f.users.full.email);
    const before = cell(fran, 'api-key');
    buttonIn(fran, 'Rotate API key').click();
    await waitUntil(() => dialogOpen(users));
    expect(text(within(users, '#dialog-body'))).to.include('The current key stops working at once');
    buttonIn(dialog(users), 'Rotate key').click();
    await shown(users, '#dialog-heading', 'New API key of Fran Full');
    const key = within<HTMLInputElement>(users, '#api-key').value;
    expect(text(within(users, '[part~="key-note"]'))).to.include('it will not be shown again');
    expect((await apiAs(f, key).permissions.mine.query({ workspace: f.master.handle })).viaApiKey).to.equal(true);
    buttonIn(dialog(users), 'Done').click();
    await waitUntil(() => !dialogOpen(users));
    await waitUntil(() => cell(fran, 'api-key').includes(`…${key.slice(-4)}`), 'the list shows the new key’s last characters');
    expect(cell(fran, 'api-key')).to.not.equal(before);

    buttonIn(row(users, f.users.manager.email), 'Reset password').click();
    await shown(users, '[part~="message"]', `A link to choose a new password was sent to ${f.users.manager.email}.`);
  });

  it('offers a manager only the permissions and accounts it holds, and nothing to change users who hold more', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const users = await mount(f, f.users.manager.token);
    // Fran holds API permissions and works in South: out of the manager's reach.
    const fran = row(users, f.users.full.email);
    expect(buttonsOf(fran)).to.deep.equal([]);
    expect(text(fran)).to.include('Holds permissions or accounts you do not hold');
    expect(buttonsOf(row(users, f.users.manager.email))).to.deep.equal(['Rotate API key']);
    expect(text(row(users, f.users.manager.email))).to.include('This is you.');
    expect(buttonsOf(row(users, f.users.orders.email))).to.deep.equal(['Manage permissions', 'Reset password', 'Rotate API key', 'Delete']);
    await expect(users).to.be.accessible();

    buttonIn(users.shadowRoot!, 'Create new user').click();
    await waitUntil(() => dialogOpen(users));
    await shown(picker(users), 'fieldset');
    // Only North, where the manager works; South is not offered at all.
    expect(accountBoxes(users).map((b) => b.value)).to.deep.equal([f.accounts[0]!.handle]);
    expect(text(within(users, '.account-choice'))).to.not.include('South Shop');
    for (const permission of ['api.read', 'api.write']) {
      expect(permissionBox(users, permission).disabled, permission).to.equal(true);
    }
    for (const permission of ['tickets.manage', 'orders.search', 'members.manage']) {
      expect(permissionBox(users, permission).disabled, permission).to.equal(false);
    }
    await expect(users).to.be.accessible();

    await fillNewUser(users, { email: 'nils@example.com', description: 'Weekend tickets', firstName: 'Nils', lastName: 'North' });
    permissionBox(users, 'tickets.manage').click();
    accountBoxes(users)[0]!.click();
    buttonIn(dialog(users), 'Create user').click();
    await shown(users, '#dialog-heading', 'User Nils North created');
    buttonIn(dialog(users), 'Done').click();
    await waitUntil(() => !dialogOpen(users));
    expect(cell(row(users, 'nils@example.com'), 'user-accounts')).to.equal('North Shop');
  });

  it('is refused to a user who may not manage users, with a sentence', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><master-users workspace=${f.master.handle}></master-users></foyer-provider>
    `);
    provider.token = f.users.orders.token;
    const users = provider.querySelector<MasterUsers>('master-users')!;
    await shown(users, '[role="alert"]', 'Your role in this workspace does not allow this.');
    expect(users.shadowRoot!.querySelector('table')).to.equal(null);
    await expect(users).to.be.accessible();
  });
});
