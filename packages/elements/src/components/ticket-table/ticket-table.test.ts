import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ticketDeskFixture, type TicketDeskFixture } from '../../test-support/ticket-fixtures.js';
import { deepActiveElement, press, typeInto } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { TicketDetailPanel } from '../ticket-detail/ticket-detail.js';
import type { TicketTable } from './ticket-table.js';
import { wait, text, apiOf, mount, numbers, rowOf, cells, grid, header, button, count, announced, dialog, choose, inDetail, factsOf } from '../../test-support/ticket-table.js';

describe('ticket-table', () => {
  let f: TicketDeskFixture;
  before(async function () {
    this.timeout(60_000);
    f = await ticketDeskFixture();
  });

  it('lists the tickets of every linked account, newest first, with counts per status and a grid that tells screen readers its size', async () => {
    const { table, root } = await mount(f);
    const t = f.tickets;
    // The grid holds only the rows in view; the table has them all.
    expect(table.rows.map((r) => r.number)).to.deep.equal([t.dan, t.cleo, t.bea, t.ada, t.fay, t.eve, ...[...f.fillers].reverse()]);
    expect(numbers(root).slice(0, 6)).to.deep.equal([t.dan, t.cleo, t.bea, t.ada, t.fay, t.eve]);
    expect(count(root)).to.equal('22 tickets, 22 loaded');
    expect(grid(root).getAttribute('aria-rowcount')).to.equal('23');
    expect(header(root, 'Opened').getAttribute('aria-sort')).to.equal('descending');

    const ada = cells(rowOf(root, t.ada));
    expect(ada.slice(1, 10)).to.deep.equal([`#${t.ada}`, 'North Shop', 'Technical support', 'Open', 'ada@example.com', 'N-1001', 'Standard', ada[8], ada[9]]);
    expect(cells(rowOf(root, t.dan)).slice(3, 8)).to.deep.equal(['Technical support', 'Reopened', 'dan@example.com', 'none', 'No sale']);
    expect(cells(rowOf(root, t.cleo)).slice(2, 5)).to.deep.equal(['North Shop', 'Cancellation', 'Closed']);
    expect(cells(rowOf(root, t.eve)).slice(2, 5)).to.deep.equal(['South Shop', 'Refund', 'Open']);
    const statusFilter = text(root.querySelector('fieldset[part~="filter"]'));
    expect(statusFilter).to.equal('Status Open (19) Reopened (1) Closed (2)');
    await expect(table).to.be.accessible();
  });

  it('filters by type, product type, status and account, and searches by customer email, ticket number and receipt number', async function () {
    this.timeout(30000);
    const { table, root } = await mount(f);
    const t = f.tickets;
    const shown = () => table.rows.map((r) => r.number).sort((a, b) => a - b);
    const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

    await choose(root, 'filter-type', 'refund');
    await wait(() => count(root) === '2 tickets, 2 loaded', 'refund tickets');
    expect(shown()).to.deep.equal(sorted([t.bea, t.eve]));
    expect(announced(root)).to.equal('2 tickets found.');
    await choose(root, 'filter-product', 'recurring');
    await wait(() => count(root) === '1 ticket, 1 loaded', 'refunds of recurring sales');
    expect(shown()).to.deep.equal([t.bea]);
    await choose(root, 'filter-type', '');
    await wait(() => count(root) === '3 tickets, 3 loaded', 'tickets of recurring sales');
    expect(shown()).to.deep.equal(sorted([t.bea, t.cleo, t.fay]));
    await choose(root, 'filter-product', 'both');

    const status = (value: string) => root.querySelector<HTMLInputElement>(`input[name="status"][value="${value}"]`)!;
    status('closed').click();
    await wait(() => count(root) === '2 tickets, 2 loaded', 'closed tickets');
    expect(shown()).to.deep.equal(sorted([t.cleo, t.fay]));
    status('reopened').click();
    await wait(() => count(root) === '3 tickets, 3 loaded', 'closed and reopened tickets');
    expect(shown()).to.deep.equal(sorted([t.cleo, t.dan, t.fay]));

    await choose(root, 'filter-account', f.accounts[1]!.handle);
    await wait(() => count(root) === '1 ticket, 1 loaded', 'closed and reopened tickets of South');
    expect(shown()).to.deep.equal([t.fay]);
    // The counts per status follow the other filters.
    expect(text(root.querySelector('fieldset[part~="filter"]'))).to.equal('Status Open (1) Reopened (0) Closed (1)');

    button(root, 'Clear search and filters').click();
    await wait(() => count(root) === '22 tickets, 22 loaded', 'everything again');
    expect(deepActiveElement()?.id).to.equal('search-customerEmail');

    await typeInto(root.querySelector<HTMLInputElement>('#search-customerEmail')!, 'filler0');
    await wait(() => count(root) === '9 tickets, 9 loaded', 'the email search');
    expect(table.rows.every((r) => r.customerEmail.startsWith('filler0'))).to.equal(true);
    // While searching the server counts no statuses.
    expect(text(root.querySelector('fieldset[part~="filter"]'))).to.equal('Status Open Reopened Closed');
    await typeInto(root.querySelector<HTMLInputElement>('#search-ticketNumber')!, String(f.fillers[3]));
    await wait(() => count(root) === '1 ticket, 1 loaded', 'the email and the number narrow together');
    expect(shown()).to.deep.equal([f.fillers[3]]);
    button(root, 'Clear search and filters').click();
    await wait(() => count(root) === '22 tickets, 22 loaded', 'everything again');

    await typeInto(root.querySelector<HTMLInputElement>('#search-receiptNumber')!, 'n-1002');
    await wait(() => count(root) === '1 ticket, 1 loaded', 'the receipt search, in any case');
    expect(shown()).to.deep.equal([t.bea]);
    await expect(table).to.be.accessible();
  });

  it('shows the server’s refusal of a search at its field, in the page’s language, and lists again once it is corrected', async () => {
    const { root } = await mount(f);
    const email = root.querySelector<HTMLInputElement>('#search-customerEmail')!;
    await typeInto(email, 'ad');
    await wait(() => email.getAttribute('aria-invalid') === 'true', 'the field is marked');
    expect(text(root.querySelector('#search-customerEmail-error'))).to.equal('Type more of the address: a few characters at least, and no spaces.');
    expect(email.getAttribute('aria-describedby')).to.include('search-customerEmail-error');
    expect(text(root.querySelector('[role="alert"]'))).to.equal('Correct the search to see tickets.');
    await typeInto(email, 'a');
    await wait(() => count(root) === '1 ticket, 1 loaded', 'ada');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);

    const receipt = root.querySelector<HTMLInputElement>('#search-receiptNumber')!;
    await typeInto(receipt, 'N 1');
    await wait(() => receipt.getAttribute('aria-invalid') === 'true', 'a receipt number with a space is refused');
    expect(text(root.querySelector('#search-receiptNumber-error'))).to.include('letters, digits and hyphens');
  });

  it('sorts by when tickets were opened, either way, and by the latest change', async () => {
    const { table, root } = await mount(f);
    header(root, 'Opened').click();
    await wait(() => header(root, 'Opened').getAttribute('aria-sort') === 'ascending' && table.rows[0]?.number === f.fillers[0], 'oldest first');
    header(root, 'Opened').click();
    await wait(() => header(root, 'Opened').getAttribute('aria-sort') === 'descending' && table.rows[0]?.number === f.tickets.dan, 'newest first');
    header(root, 'Changed').click();
    await wait(() => header(root, 'Changed').getAttribute('aria-sort') === 'descending', 'latest change first');
    // Dan's ticket was reopened after the others were closed: it changed last.
    await wait(() => table.rows[0]?.number === f.tickets.dan, 'dan first');
    expect(header(root, 'Opened').hasAttribute('aria-sort')).to.equal(false);
  });

  it('loads the next page as the grid nears its end, and the keyboard reaches every row', async function () {
    this.timeout(30000);
    const { table, root } = await mount(f, f.owner.token, { pageSize: 10 });
    // Pages of ten; a grid whose window already reaches the first page's end may have asked for the second.
    expect(count(root)).to.match(/^22 tickets, (10|20) loaded$/);
    grid(root).focus();
    // Ctrl+End goes to the last loaded row; the pages after it follow as it nears their end.
    for (let i = 0; i < 3 && table.rows.length < 22; i++) {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      const loaded = table.rows.length;
      await wait(() => table.rows.length > loaded || loaded === 22, 'another page');
    }
    await wait(() => count(root) === '22 tickets, 22 loaded', 'every page');
    const expected = [f.tickets.dan, f.tickets.cleo, f.tickets.bea, f.tickets.ada, f.tickets.fay, f.tickets.eve, ...[...f.fillers].reverse()];
    expect(table.rows.map((r) => r.number)).to.deep.equal(expected);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await wait(() => grid(root).getAttribute('aria-activedescendant') === 'c-21-1', 'the last row is active');
    expect(text(root.querySelector('#c-21-1'))).to.equal(`#${f.fillers[0]}`);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    expect(grid(root).getAttribute('aria-activedescendant')).to.equal('c-20-2');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await wait(() => grid(root).getAttribute('aria-activedescendant') === 'c-0-2', 'back at the first row');
    await expect(table).to.be.accessible();
  });

  it('opens a ticket with Enter: its facts, its order and its history oldest first; Escape closes it and gives focus back to the grid', async () => {
    const { table, root } = await mount(f);
    grid(root).focus();
    // dan, cleo, bea, ada: the fourth row.
    for (let i = 0; i < 3; i++) await press('ArrowDown');
    await press('Enter');
    await wait(() => dialog(root).open, 'the dialog opens');
    const detail = root.querySelector<TicketDetailPanel>('ticket-detail')!;
    await wait(() => detail.shadowRoot?.querySelector('[part~="facts"]'), 'the ticket loads');
    const d = inDetail(detail);
    expect(text(d.querySelector('[part~="title"]'))).to.equal(`Ticket #${f.tickets.ada} · North Shop`);
    const order = factsOf(d.querySelector('[part~="order"]'));
    expect(order).to.deep.include({
      Receipt: 'N-1001',
      Product: 'The Seller’s Guide (guide, Standard)',
      Customer: 'Ada Buyer ada@example.com',
      Amount: '$47.00',
      'Of which tax': '$7.50',
      Refunded: '$0.00',
      'Left to refund': '$47.00',
    });
    expect(factsOf(d.querySelector('[part~="facts"]'))).to.deep.include({ Account: 'North Shop', Type: 'Technical support', Status: 'Open', 'Customer email': 'ada@example.com' });
    const history = [...d.querySelectorAll('[part~="change"]')].map(text);
    expect(history).to.have.length(1);
    expect(history[0]).to.include('Shop Backend (through the API)');
    expect(history[0]).to.include('Opened the ticket as Technical support. The download link does not work.');
    const actions = [...d.querySelectorAll('[part~="action"]')].map(text);
    expect(actions).to.deep.equal(['Change the email', 'Change the type', 'Refund', 'Close the ticket']);
    await expect(table).to.be.accessible();

    await press('Escape');
    await wait(() => !dialog(root).open, 'Escape closes the dialog');
    expect(deepActiveElement()).to.equal(grid(root));
  });

  it('shows a user only the tickets of the accounts the owner gave them, and a user without Orders/Tickets why there are none', async () => {
    const orders = await mount(f, f.users.orders.token);
    expect(orders.table.rows.every((r) => r.account.handle === f.accounts[0]!.handle)).to.equal(true);
    expect(count(orders.root)).to.equal('20 tickets, 20 loaded');
    // One account: no account to choose.
    expect(orders.root.querySelector('#filter-account')).to.equal(null);
    const south = await apiOf(f, f.users.orders.token)
      .tickets.get.query({ workspace: f.master.handle, ticket: f.tickets.eve })
      .then(
        () => 'found',
        () => 'refused',
      );
    expect(south).to.equal('refused');

    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider lang="en" persist="none" server=${f.api}><ticket-table workspace=${f.master.handle}></ticket-table></foyer-provider>
    `);
    provider.token = f.users.searcher.token;
    const table = provider.querySelector('ticket-table')!;
    await wait(() => table.shadowRoot!.querySelector('[role="alert"]'), 'the refusal shows');
    expect(text(table.shadowRoot!.querySelector('[role="alert"]'))).to.equal('Your permissions in this master account do not allow this.');
    await expect(table).to.be.accessible();
  });

  it('keeps two tables on one page apart: each lists its own master account and keeps its own filters', async function () {
    this.timeout(30000);
    const other = await ticketDeskFixture();
    const page = fixtureSync<HTMLElement>(html`
      <div lang="en">
        <foyer-provider id="a" persist="none" server=${f.api}><ticket-table workspace=${f.master.handle} search-delay="50"></ticket-table></foyer-provider>
        <foyer-provider id="b" persist="none" server=${other.api}><ticket-table workspace=${other.master.handle} search-delay="50"></ticket-table></foyer-provider>
      </div>
    `);
    page.querySelector<FoyerProvider>('#a')!.token = f.owner.token;
    page.querySelector<FoyerProvider>('#b')!.token = other.owner.token;
    const [a, b] = [...page.querySelectorAll('ticket-table')] as [TicketTable, TicketTable];
    await wait(() => a.rows.length === 22 && b.rows.length === 22, 'both list their tickets');
    expect(a.rows.map((r) => r.number)).to.include(f.tickets.ada);
    expect(b.rows.map((r) => r.number)).to.include(other.tickets.ada);
    expect(a.rows.map((r) => r.number)).not.to.include(other.tickets.ada);
    await choose(a.shadowRoot!, 'filter-type', 'cancellation');
    await wait(() => a.rows.length === 1, 'the first table filters');
    expect(b.rows.length).to.equal(22);
    expect(b.shadowRoot!.querySelector<HTMLSelectElement>('#filter-type')!.value).to.equal('');
  });
});
