import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { FoyerAccountOpenEvent } from '../../events/foyer-account-open-event.js';
import { masterShellFixture, type MasterShellFixture } from '../../test-support/master-shell-fixtures.js';
import { allWithin, deepActiveElement, shown, textOf, within } from '../../test-support/interaction.js';
import type { MasterAccount } from './master-account.js';
import '../foyer-provider/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: MasterShellFixture, token: string, tab = '') {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none"><master-account workspace=${f.master.handle} tab=${tab}></master-account></foyer-provider>
  `);
  provider.token = token;
  const shell = provider.querySelector<MasterAccount>('master-account')!;
  await shown(shell, '[role="tablist"]');
  return shell;
}

const tabs = (shell: Element) => allWithin(shell, '[role="tab"]').map(text);
const tab = (shell: Element, label: string) => allWithin<HTMLButtonElement>(shell, '[role="tab"]').find((t) => text(t) === label)!;
const selected = (shell: Element) => allWithin(shell, '[role="tab"][aria-selected="true"]').map(text);
const visiblePanels = (shell: Element) => allWithin(shell, '[role="tabpanel"]:not([hidden])').map((p) => p.id);

describe('master-account', () => {
  it('shows the owner all six tabs, the master account’s name and its linked accounts, each opening with foyer-account-open', async function () {
    // A real server builds the master account through its own procedures (argon2 on purpose).
    this.timeout(60_000);
    const f = await masterShellFixture();
    const shell = await mount(f, f.owner.token, 'tickets');
    expect(tabs(shell)).to.deep.equal(['Dashboard', 'Accounts', 'Tickets', 'Transactions', 'Reports', 'Users']);
    expect(textOf(shell, '[part~="title"]')).to.equal(f.master.name);
    const accounts = allWithin(shell, '[part~="account"]');
    expect(accounts.map((a) => a.dataset.account)).to.deep.equal(f.accounts.map((a) => a.handle));
    expect(text(accounts[1])).to.include('South Shop');
    await expect(shell).to.be.accessible();

    const south = accounts[1]!.querySelector('button')!;
    expect(text(south)).to.equal('Open South Shop');
    setTimeout(() => south.click());
    const event = (await oneEvent(shell, 'foyer-account-open')) as FoyerAccountOpenEvent;
    expect([event.account, event.name, event.master]).to.deep.equal([f.accounts[1]!.handle, 'South Shop', f.master.handle]);
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('shows a user with every permission Tickets, Transactions, Reports and Users, and never Dashboard nor Accounts', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const shell = await mount(f, f.users.full.token);
    expect(tabs(shell)).to.deep.equal(['Tickets', 'Transactions', 'Reports', 'Users']);
    expect(selected(shell)).to.deep.equal(['Tickets']);
    expect(shell.tab).to.equal('tickets');
    const tickets = await shown(shell, '#panel-tickets ticket-table');
    expect(tickets.getAttribute('workspace')).to.equal(f.master.handle);
    await expect(shell).to.be.accessible();
  });

  it('shows an Orders/Tickets user Tickets and Transactions, and only the account it was given', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const shell = await mount(f, f.users.orders.token);
    expect(tabs(shell)).to.deep.equal(['Tickets', 'Transactions']);
    expect(allWithin(shell, '[part~="account"]').map((a) => a.dataset.account)).to.deep.equal([f.accounts[0]!.handle]);
    expect(textOf(shell, '.accounts h3')).to.equal('Accounts you work in');
    await expect(shell).to.be.accessible();
  });

  it('moves between tabs with the arrow keys, Home and End, opening each, and Tab moves on into the open panel', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const shell = await mount(f, f.users.full.token);
    const changes: string[] = [];
    shell.addEventListener('change', () => changes.push(shell.tab));
    tab(shell, 'Tickets').focus();

    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => selected(shell)[0] === 'Transactions', 'ArrowRight opens Transactions');
    expect(deepActiveElement()).to.equal(tab(shell, 'Transactions'));
    expect(shell.getAttribute('tab')).to.equal('transactions');
    expect(visiblePanels(shell)).to.deep.equal(['panel-transactions']);
    // Roving tabindex: only the open tab is in the page's tab order.
    expect(allWithin(shell, '[role="tab"]').map((t) => t.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']);

    await sendKeys({ press: 'End' });
    await waitUntil(() => selected(shell)[0] === 'Users', 'End opens the last tab');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => selected(shell)[0] === 'Tickets', 'ArrowRight on the last tab wraps to the first');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => selected(shell)[0] === 'Users', 'ArrowLeft on the first tab wraps to the last');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => selected(shell)[0] === 'Tickets', 'Home opens the first tab');
    expect(deepActiveElement()).to.equal(tab(shell, 'Tickets'));
    expect(changes).to.deep.equal(['transactions', 'users', 'tickets', 'users', 'tickets']);

    const panel = within(shell, '#panel-tickets');
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-tickets');
    expect(tab(shell, 'Tickets').getAttribute('aria-controls')).to.equal('panel-tickets');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(panel);
    await expect(shell).to.be.accessible();
  });

  it('opens the tab a page names in its attribute, and gives way to the person’s first tab when they may not open it', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const owner = await mount(f, f.owner.token, 'reports');
    expect(selected(owner)).to.deep.equal(['Reports']);
    expect(visiblePanels(owner)).to.deep.equal(['panel-reports']);
    owner.tab = 'transactions';
    await waitUntil(() => selected(owner)[0] === 'Transactions', 'setting tab opens Transactions');

    const user = await mount(f, f.users.orders.token, 'users');
    expect(selected(user)).to.deep.equal(['Tickets']);
    expect(user.getAttribute('tab')).to.equal('tickets');
  });

  it('shows two master accounts on one page, each with its own name, accounts and users', async function () {
    this.timeout(90_000);
    const [a, b] = await Promise.all([masterShellFixture(), masterShellFixture()]);
    // fixtureSync: a page behind another in the run gets no animation frames, which fixture() awaits for a plain root.
    const page = fixtureSync<HTMLElement>(html`
      <div>
        <foyer-provider id="a" server=${a.api} persist="none"><master-account workspace=${a.master.handle} tab="users"></master-account></foyer-provider>
        <foyer-provider id="b" server=${b.api} persist="none"><master-account workspace=${b.master.handle} tab="users"></master-account></foyer-provider>
      </div>
    `);
    page.querySelector<FoyerProvider>('#a')!.token = a.owner.token;
    page.querySelector<FoyerProvider>('#b')!.token = b.owner.token;
    const [first, second] = [...page.querySelectorAll<MasterAccount>('master-account')] as [MasterAccount, MasterAccount];
    for (const [shell, f] of [
      [first, a],
      [second, b],
    ] as const) {
      await shown(shell, '[part~="title"]', f.master.name);
      expect(allWithin(shell, '[part~="account"]').map((el) => el.dataset.account)).to.deep.equal(f.accounts.map((acc) => acc.handle));
      const users = await shown(shell, 'master-users');
      await waitUntil(() => users.shadowRoot?.querySelector('tbody tr'), 'the users are listed', { timeout: 8000 });
      const emails = [...users.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].map((r) => r.dataset.email);
      expect(emails.sort()).to.deep.equal(
        Object.values(f.users)
          .map((u) => u.email)
          .sort(),
      );
    }
    // Each shell keeps its own tab.
    tab(first, 'Reports').click();
    await waitUntil(() => selected(first)[0] === 'Reports');
    expect(selected(second)).to.deep.equal(['Users']);
    await expect(page).to.be.accessible();
  });

  it('says so in a sentence when the workspace is not a master account', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><master-account workspace=${f.accounts[0]!.handle}></master-account></foyer-provider>
    `);
    provider.token = f.owner.token;
    const shell = provider.querySelector<MasterAccount>('master-account')!;
    await shown(shell, '[role="alert"]', 'This workspace is not a master account.');
    expect(allWithin(shell, '[role="tab"]')).to.have.length(0);
    await expect(shell).to.be.accessible();
  });
});
