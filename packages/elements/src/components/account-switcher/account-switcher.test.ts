import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { FoyerWorkspaceChangeEvent } from '../../events/foyer-workspace-change-event.js';
import { agencyFixture, twoStudiosFixture, type TwoStudiosFixture } from '../../test-support/fixtures.js';
import { webHelperFixture, type WebHelperFixture } from '../../test-support/hosting-fixtures.js';
import { createFoyerApi } from '@foyer/client';
import { allWithin, deepActiveElement, press, shown, textOf, within } from '../../test-support/interaction.js';
import type { AccountSwitcher } from './account-switcher.js';
import '../foyer-provider/define.js';
import '../client-access-manager/define.js';
import './define.js';
import { signInPromptShown } from '../../test-support/sign-in-prompt.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: TwoStudiosFixture, workspace = '') {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${workspace} persist="none">
      <account-switcher></account-switcher>
      <client-access-manager></client-access-manager>
    </foyer-provider>
  `);
  provider.token = f.owner.token;
  const switcher = provider.querySelector('account-switcher')!;
  const manager = provider.querySelector('client-access-manager')!;
  await shown(switcher, '[role="listbox"]');
  return { provider, switcher, manager };
}

/** Signs a person in with their email and password, as the sign-in page would, and mounts a switcher with that session. */
async function signedInSwitcher(server: string, email: string, password: string) {
  const api = createFoyerApi({ server, getToken: () => null });
  const signedIn = await api.identity.signIn.mutate({ email, password });
  if (signedIn.secondFactorRequired) throw new Error(`${email} has no second factor`);
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${server} persist="none"><account-switcher></account-switcher></foyer-provider>
  `);
  provider.token = signedIn.token;
  const switcher = provider.querySelector('account-switcher')!;
  await shown(switcher, '[role="listbox"]');
  return { provider, switcher, token: signedIn.token };
}

function option(switcher: AccountSwitcher, name: string): HTMLElement {
  const found = allWithin(switcher, '[role="option"]').find((o) => text(o.querySelector('[part~="name"]')) === name);
  if (!found) throw new Error(`no account "${name}"`);
  return found;
}

describe('account-switcher', () => {
  it('lists the person’s accounts in groups and switches the provider’s workspace in place, keeping the session', async () => {
    const f = await twoStudiosFixture();
    const [north, south] = f.studios as [TwoStudiosFixture['studios'][0], TwoStudiosFixture['studios'][0]];
    const { provider, switcher, manager } = await mount(f, north.workspace);
    expect(textOf(switcher, '[part~="group-label"]')).to.equal('Your workspaces');
    expect(allWithin(switcher, '[role="option"] [part~="name"]').map(text)).to.deep.equal(['North Studio', 'South Studio']);
    expect(option(switcher, 'North Studio').getAttribute('aria-selected')).to.equal('true');
    expect(option(switcher, 'South Studio').getAttribute('aria-selected')).to.equal('false');
    await shown(manager, 'table', north.client);
    await expect(switcher).to.be.accessible();

    const changed = oneEvent<FoyerWorkspaceChangeEvent>(switcher, 'foyer-workspace-change');
    option(switcher, 'South Studio').click();
    const event = await changed;
    expect(event.workspace).to.equal(south.workspace);
    expect(event.previous).to.equal(north.workspace);
    expect(provider.workspace).to.equal(south.workspace);
    // The same session, not a new sign-in: the elements under the provider follow at once.
    expect(provider.token).to.equal(f.owner.token);
    await shown(manager, 'table', south.client);
    expect(textOf(manager, 'table')).to.not.include(north.client);
    await waitUntil(() => option(switcher, 'South Studio').getAttribute('aria-selected') === 'true');
    expect(textOf(switcher, '[role="status"]')).to.equal('Now working in South Studio.');
    await expect(switcher).to.be.accessible();
  });

  it('is worked with the keyboard: arrow keys move, Enter switches', async () => {
    const f = await twoStudiosFixture();
    const { provider, switcher } = await mount(f);
    const listbox = within(switcher, '[role="listbox"]');
    listbox.focus();
    expect(deepActiveElement()).to.equal(listbox);
    expect(listbox.getAttribute('aria-activedescendant')).to.equal(option(switcher, 'North Studio').id);
    await press('ArrowDown');
    await switcher.updateComplete;
    expect(listbox.getAttribute('aria-activedescendant')).to.equal(option(switcher, 'South Studio').id);
    expect(provider.workspace).to.equal('');
    const changed = oneEvent<FoyerWorkspaceChangeEvent>(switcher, 'foyer-workspace-change');
    await press('Enter');
    expect((await changed).workspace).to.equal(f.studios[1]!.workspace);
    await press('Home');
    await switcher.updateComplete;
    expect(listbox.getAttribute('aria-activedescendant')).to.equal(option(switcher, 'North Studio').id);
    await press(' ');
    await waitUntil(() => provider.workspace === f.studios[0]!.workspace);
    await expect(switcher).to.be.accessible();
  });

  it('asks to sign in when the provider holds no session', async () => {
    const f = await twoStudiosFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><account-switcher></account-switcher></foyer-provider>
    `);
    const switcher = provider.querySelector('account-switcher')!;
    await signInPromptShown(switcher, 'Sign in to see your accounts.');
    await expect(switcher).to.be.accessible();
  });

  it('lists an agency’s client accounts, and shows a grant it cannot use yet with the reason, without switching to it', async function () {
    // A real server seeds several accounts (each password hashed with argon2) before the test starts.
    this.timeout(30_000);
    const f = await agencyFixture();
    const { provider, switcher } = await signedInSwitcher(f.api, f.newcomer.email, f.newcomer.password);
    expect(textOf(switcher, '[part~="group-label"]')).to.equal('Client accounts');
    const north = option(switcher, f.workspaces.north.name);
    expect(north.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(switcher, `#${north.getAttribute('aria-describedby')}`)).to.include('Turn on a second factor (an authenticator app) for your account to use this one.');
    await expect(switcher).to.be.accessible();

    let switched = false;
    switcher.addEventListener('foyer-workspace-change', () => (switched = true));
    north.click();
    await switcher.updateComplete;
    expect(switched).to.equal(false);
    expect(provider.workspace).to.equal('');
    expect(textOf(switcher, '[role="status"]')).to.include(`${f.workspaces.north.name} cannot be used now.`);
  });

  it('shows a web helper who is a contact of three hosting customers the three, with one login and one email, and switches between them', async function () {
    this.timeout(30_000);
    const f = await webHelperFixture();
    expect(f.helper.email).to.not.include('+');
    // One login: the helper's one email and password sign in, whichever customer added them.
    const { provider, switcher, token } = await signedInSwitcher(f.api, f.helper.email, f.helper.password);
    expect(textOf(switcher, '[part~="group-label"]')).to.equal('Accounts you are a contact of');
    expect(allWithin(switcher, '[role="option"] [part~="name"]').map(text)).to.deep.equal(['Alder Bakery', 'Birch Books', 'Cedar Cycles']);
    await expect(switcher).to.be.accessible();

    const [, birch] = f.customers as [WebHelperFixture['customers'][0], WebHelperFixture['customers'][0]];
    const changed = oneEvent<FoyerWorkspaceChangeEvent>(switcher, 'foyer-workspace-change');
    option(switcher, 'Birch Books').click();
    expect((await changed).workspace).to.equal(birch.workspace);
    expect(provider.token).to.equal(token);
    // In Birch Books the helper holds what its primary user gave: services, domains, tickets, orders.
    const inBirch = createFoyerApi({ server: f.api, getToken: () => token });
    const mine = await inBirch.permissions.mine.query({ workspace: birch.workspace });
    expect(mine.permissions).to.include.members(['products.view', 'domains.manage', 'tickets.open', 'orders.place']);
    expect(mine.permissions).to.not.include('invoices.pay');
  });
});
