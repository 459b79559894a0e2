import { expect, fixture, html } from '@open-wc/testing';
import { printShopEmptyFixture, printShopFixture } from '../../test-support/fixtures.js';
import { deepActiveElement, press, retype, typeInto } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { signInPromptShown, signInThroughPrompt, watchConsoleErrors } from '../../test-support/sign-in-prompt.js';
import {
  wait,
  text,
  ownerApi,
  mount,
  mountGrid,
  grid,
  rowsOf,
  names,
  rowOf,
  cells,
  header,
  dialog,
  shownDialog,
  button,
  openActions,
  announced,
  pressWithControl,
} from '../../test-support/contacts-table.js';
import '../foyer-sign-in/define.js';

describe('contacts-table', () => {
  it('lists contacts by name in a grid that tells screen readers the total, each row’s index and the sort', async () => {
    const f = await printShopFixture();
    const { table, root } = await mountGrid(f);
    expect(names(root)).to.deep.equal(['Ada Lovelace', 'Brook Taylor', 'Charles Babbage', 'Dora Keen', 'Emmy Noether', 'Grace Hopper']);
    const g = grid(root);
    expect(g.getAttribute('aria-rowcount')).to.equal('7');
    expect(rowsOf(root).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6', '7']);
    expect(header(root, 'Name').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(root, 'Email').hasAttribute('aria-sort')).to.equal(false);

    const ada = cells(rowOf(root, 'Ada Lovelace'));
    expect(ada.slice(1, 6)).to.deep.equal(['Ada Lovelace', f.contacts.ada.email, 'Analytical Engines', 'Active', 'Sent']);
    expect(ada[6]).to.match(/\d{4}/);
    expect(cells(rowOf(root, 'Dora Keen')).slice(3, 7)).to.deep.equal(['none', 'Unregistered', 'Not sent', 'Not accepted']);
    expect(cells(rowOf(root, 'Charles Babbage'))[4]).to.equal('Not active');
    expect(cells(rowOf(root, 'Emmy Noether'))[4]).to.equal('Deactivated');
    expect(text(root.querySelector('[part~="count"]'))).to.equal('6 contacts, 6 loaded');
    await expect(table).to.be.accessible();
  });

  it('sorts by every column with a click, and again the other way', async function () {
    this.timeout(30000);
    const f = await printShopFixture();
    const { root } = await mountGrid(f);
    header(root, 'Name').click();
    await wait(() => names(root)[0] === 'Grace Hopper', 'sorted by name, descending');
    expect(header(root, 'Name').getAttribute('aria-sort')).to.equal('descending');

    const api = ownerApi(f);
    for (const [label, column] of [
      ['Email', 'email'],
      ['Company', 'company'],
      ['Status', 'status'],
      ['Invitation', 'invitationSent'],
      ['Terms accepted', 'termsAcceptedAt'],
    ] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        header(root, label).click();
        const expected = (await api.contacts.list.query({ workspace: f.workspace, sort: { column, direction } })).rows.map((r) => r.name);
        await wait(
          () => header(root, label).getAttribute('aria-sort') === (direction === 'asc' ? 'ascending' : 'descending') && names(root).join() === expected.join(),
          `sorted by ${label} ${direction}`,
        );
      }
    }
    // Statuses in their lifecycle order, ascending: unregistered first.
    header(root, 'Status').click();
    await wait(() => header(root, 'Status').getAttribute('aria-sort') === 'ascending', 'status ascending');
    await wait(() => cells(rowsOf(root)[0]!)[4] === 'Unregistered', 'unregistered first');
  });

  it('filters by several statuses and by the invitation flag, and searches name, email and company', async function () {
    this.timeout(30000);
    const f = await printShopFixture();
    const { table, root } = await mountGrid(f);
    const status = (label: string) => [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')].find((box) => text(box.parentElement) === label)!;

    status('Active').click();
    await wait(() => names(root).join() === 'Ada Lovelace,Brook Taylor', 'only active contacts');
    status('Deactivated').click();
    await wait(() => names(root).join() === 'Ada Lovelace,Brook Taylor,Emmy Noether', 'active and deactivated contacts');
    expect(grid(root).getAttribute('aria-rowcount')).to.equal('4');
    await wait(() => announced(root) === '3 contacts found.', 'the count is announced');

    status('Active').click();
    status('Deactivated').click();
    const invitation = root.querySelector<HTMLSelectElement>('#invitation')!;
    invitation.value = 'not-sent';
    invitation.dispatchEvent(new Event('change'));
    await wait(() => names(root).join() === 'Dora Keen', 'only the contact never invited');
    invitation.value = 'any';
    invitation.dispatchEvent(new Event('change'));
    await wait(() => names(root).length === 6, 'all contacts again');

    const search = root.querySelector<HTMLInputElement>('#search')!;
    await typeInto(search, 'engines');
    await wait(() => names(root).join() === 'Ada Lovelace', 'found by company');
    await retype(search, `grace-`);
    await wait(() => names(root).join() === 'Grace Hopper', 'found by email');
    // Typed quickly one after the other: only the last search's answer is shown.
    await retype(search, 'bab');
    await typeInto(search, 'b');
    await retype(search, 'noeth');
    await wait(() => names(root).join() === 'Emmy Noether', 'found by name');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(names(root)).to.deep.equal(['Emmy Noether']);

    await retype(search, 'nobody-by-this-name');
    await wait(() => root.querySelector('[part~="empty"]'), 'the empty state shows');
    expect(text(root.querySelector('[part~="empty"]'))).to.equal('No contacts match this search and these filters.');
    await expect(table).to.be.accessible();
    button(root, 'Clear search and filters').click();
    await wait(() => names(root).length === 6, 'every contact again');
    expect(deepActiveElement()?.id).to.equal('search');
  });

  it('is used with the keyboard: arrows, Home and End move, Space selects, Enter sorts or opens the actions', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const g = grid(m.root);
    g.focus();
    const activeCell = () => m.root.getElementById(g.getAttribute('aria-activedescendant') ?? '');
    expect(text(activeCell())).to.equal('Ada Lovelace');
    await press('ArrowDown');
    expect(text(activeCell())).to.equal('Brook Taylor');
    await press('ArrowRight');
    expect(text(activeCell())).to.equal(f.contacts.brook.email);
    await press('End');
    expect(activeCell()?.querySelector('button')?.getAttribute('aria-label')).to.equal('Actions for Brook Taylor');
    await press('Home');
    expect(activeCell()?.querySelector('input[type="checkbox"]')).to.exist;
    await press('Space');
    await wait(() => rowOf(m.root, 'Brook Taylor').getAttribute('aria-selected') === 'true', 'Space selects the row');
    await press('Space');
    await wait(() => rowOf(m.root, 'Brook Taylor').getAttribute('aria-selected') === 'false', 'Space again unselects it');
    await pressWithControl('End');
    expect(activeCell()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('7');
    await pressWithControl('Home');
    expect(activeCell()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('2');
    await expect(m.table).to.be.accessible();

    await press('Enter');
    const actions = await shownDialog(m.root, () => true, 'Enter opens the row’s actions');
    expect(text(actions.querySelector('h3'))).to.equal('Ada Lovelace');
    expect(actions.contains(deepActiveElement())).to.equal(true);
    await press('Escape');
    await wait(() => !dialog(m.root)!.open, 'Escape closes the dialog');
    expect(deepActiveElement()?.id).to.equal('grid');

    await press('ArrowUp');
    await press('ArrowRight');
    expect(activeCell()?.getAttribute('role')).to.equal('columnheader');
    expect(text(activeCell()?.querySelector('.label'))).to.equal('Name');
    await press('Enter');
    await wait(() => names(m.root)[0] === 'Grace Hopper', 'Enter on the header sorts');
    expect(header(m.root, 'Name').getAttribute('aria-sort')).to.equal('descending');
    await press('ArrowRight');
    await press('Space');
    await wait(() => header(m.root, 'Email').getAttribute('aria-sort') === 'ascending', 'Space on the header sorts');
    expect(deepActiveElement()?.id).to.equal('grid');
  });

  it('shows a name with markup as text, never as markup', async () => {
    const f = await printShopFixture();
    const name = '<img src=x onerror="window.__contactsPwned=1">Zed';
    await ownerApi(f).contacts.create.mutate({ workspace: f.workspace, name, email: `zed-${Date.now()}@example.com` });
    const m = await mountGrid(f);
    await typeInto(m.root.querySelector<HTMLInputElement>('#search')!, 'zed');
    await wait(() => names(m.root).join() === name, 'the contact is found');
    expect(m.root.querySelector('img')).to.equal(null);
    expect((window as { __contactsPwned?: number }).__contactsPwned).to.equal(undefined);
    await openActions(m, name);
    expect(m.root.querySelector('img')).to.equal(null);
  });

  it('asks for a sign-in, not an error, when nobody is signed in, and puts focus in the search once signed in there', async () => {
    const f = await printShopFixture();
    const watch = watchConsoleErrors();
    try {
      const provider = await fixture<FoyerProvider>(html`
        <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
          <contacts-table search-delay="50"><foyer-sign-in slot="sign-in"></foyer-sign-in></contacts-table>
        </foyer-provider>
      `);
      const table = provider.querySelector('contacts-table')!;
      const root = table.shadowRoot!;
      await signInPromptShown(table, 'Sign in as a member of the shop to see its contacts.');
      expect(root.querySelector('[role="grid"]')).to.equal(null);
      expect(root.querySelector('#add-contact'), 'no actions before a sign-in').to.equal(null);
      await expect(table).to.be.accessible();

      await signInThroughPrompt(table, f.owner);
      await wait(() => rowsOf(root).length > 0, 'the contacts load once signed in');
      await wait(() => deepActiveElement()?.id === 'search', 'focus moves to the search');
      expect(watch.errors, 'nothing logged as an error').to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('says so when the shop has no contacts yet', async () => {
    const f = await printShopEmptyFixture();
    const m = await mount(f);
    await wait(() => m.root.querySelector('[part~="empty"]'), 'the empty state shows');
    expect(text(m.root.querySelector('[part~="empty"]'))).to.equal('No contacts yet. A contact appears here as soon as it is added.');
    await expect(m.table).to.be.accessible();
  });
});
