import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, type FoyerApi } from '@foyer/client';
import { sendKeys } from '@web/test-runner-commands';
import { ticketDeskFixture, type TicketDeskFixture } from '../../test-support/ticket-fixtures.js';
import { deepActiveElement, press, retype, typeInto } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import type { TicketDetailPanel } from '../ticket-detail/ticket-detail.js';
import type { TicketTable } from './ticket-table.js';
import './define.js';

const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });
/** Waits until `find` finds something, and gives it. */
async function found<T>(find: () => T | null | undefined, message: string): Promise<T> {
  await wait(() => find(), message);
  return find()!;
}
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function apiOf(f: TicketDeskFixture, token = f.owner.token): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => token });
}

interface Mounted {
  provider: FoyerProvider;
  table: TicketTable;
  root: ShadowRoot;
  changes: Array<{ ticket: number; change: string }>;
}

async function mount(f: TicketDeskFixture, token: string = f.owner.token, attributes: { pageSize?: number } = {}): Promise<Mounted> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api}>
      <ticket-table workspace=${f.master.handle} search-delay="50" page-size=${attributes.pageSize ?? 50}></ticket-table>
    </foyer-provider>
  `);
  provider.token = token;
  const table = provider.querySelector('ticket-table')!;
  const changes: Mounted['changes'] = [];
  table.addEventListener('foyer-ticket-change', (event: FoyerTicketChangeEvent) => changes.push({ ticket: event.ticket.number, change: event.change }));
  await wait(() => rowsOf(table.shadowRoot!).length > 0, 'the grid shows its rows');
  return { provider, table, root: table.shadowRoot!, changes };
}

/** The rendered rows, in the order of their row index. */
function rowsOf(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

/** The ticket numbers shown, in order, as the rows' headers read them ("#12" → 12). */
function numbers(root: ShadowRoot): number[] {
  return rowsOf(root).map((r) => Number(text(r.querySelector('[role="rowheader"]')).replace('#', '')));
}

function rowOf(root: ShadowRoot, ticket: number): HTMLElement {
  const row = rowsOf(root).find((r) => text(r.querySelector('[role="rowheader"]')) === `#${ticket}`);
  if (!row) throw new Error(`no row for #${ticket} among ${numbers(root).join(', ')}`);
  return row;
}

function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(text);
}

function grid(root: ShadowRoot): HTMLElement {
  return root.querySelector<HTMLElement>('[role="grid"]')!;
}

function header(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => text(h.querySelector('.label') ?? h) === label);
  if (!found) throw new Error(`no column ${label}`);
  return found;
}

function button(scope: ParentNode, label: string): HTMLElement {
  const all = [...scope.querySelectorAll<HTMLElement>('button, a[href]')];
  const found = all.find((b) => (b.getAttribute('aria-label') ?? text(b)) === label) ?? all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label} among ${all.map((b) => b.getAttribute('aria-label') ?? text(b)).join(' | ')}`);
  return found;
}

const count = (root: ShadowRoot) => text(root.querySelector('[part~="count"]'));
const announced = (root: ShadowRoot) => text(root.querySelector('[part~="message"]'));
const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog')!;

async function choose(root: ShadowRoot, id: string, value: string): Promise<void> {
  const select = root.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Opens a ticket's detail from its row and waits until it shows the ticket. */
async function openTicket(m: Mounted, ticket: number): Promise<TicketDetailPanel> {
  button(rowOf(m.root, ticket), `Open ticket #${ticket}`).click();
  await wait(() => dialog(m.root).open, 'the dialog opens');
  const detail = m.root.querySelector<TicketDetailPanel>('ticket-detail')!;
  await wait(() => detail.shadowRoot?.querySelector('[part~="facts"]'), `ticket #${ticket} loads`);
  return detail;
}

const inDetail = (detail: TicketDetailPanel) => detail.shadowRoot!;

/** The facts a part of the detail lists, by their names. */
function factsOf(scope: ParentNode | null): Record<string, string> {
  return Object.fromEntries([...(scope?.querySelectorAll('.fact') ?? [])].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))]));
}

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
    expect(count(root)).to.equal('22 tickets, 10 loaded');
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

describe('ticket-table’s actions', () => {
  let f: TicketDeskFixture;
  beforeEach(async function () {
    this.timeout(60_000);
    f = await ticketDeskFixture();
  });

  it('adds a comment at the end of the history, and closes and reopens the ticket, its row following each change', async function () {
    this.timeout(30000);
    const m = await mount(f);
    const detail = await openTicket(m, f.tickets.bea);
    const d = inDetail(detail);
    const comment = d.querySelector<HTMLTextAreaElement>('#comment-text')!;
    button(d, 'Add comment').click();
    await wait(() => d.querySelector('#comment-error'), 'an empty comment is not sent');
    expect(text(d.querySelector('#comment-error'))).to.equal('Write the comment first.');
    await typeInto(comment, 'Refund approved after a call.');
    button(d, 'Add comment').click();
    await wait(() => d.querySelectorAll('[part~="change"]').length === 2, 'the comment is in the history');
    const last = text([...d.querySelectorAll('[part~="change"]')].at(-1));
    expect(last).to.include('(owner)');
    expect(last).to.include('Commented: Refund approved after a call.');
    expect(comment.value).to.equal('');
    expect(text(d.querySelector('[part~="message"]'))).to.equal(`Your comment was added to ticket #${f.tickets.bea}.`);

    button(d, 'Close the ticket').click();
    await wait(() => factsOf(d.querySelector('[part~="facts"]')).Status === 'Closed', 'closed');
    await wait(() => cells(rowOf(m.root, f.tickets.bea))[4] === 'Closed', 'the row says so');
    expect([...d.querySelectorAll('[part~="action"]')].map(text)).to.deep.equal(['Change the email', 'Reopen the ticket']);
    expect(deepActiveElement()?.id).to.equal('action-reopen');
    button(d, 'Reopen the ticket').click();
    await wait(() => factsOf(d.querySelector('[part~="facts"]')).Status === 'Reopened', 'reopened');
    await wait(() => cells(rowOf(m.root, f.tickets.bea))[4] === 'Reopened', 'the row says so');
    expect([...d.querySelectorAll('[part~="change"] .change-what')].map(text)).to.deep.equal(['Opened the ticket as Refund.', 'Commented:', 'Closed the ticket.', 'Reopened the ticket.']);
    expect(m.changes).to.deep.equal([
      { ticket: f.tickets.bea, change: 'commented' },
      { ticket: f.tickets.bea, change: 'closed' },
      { ticket: f.tickets.bea, change: 'reopened' },
    ]);
    await expect(m.table).to.be.accessible();
  });

  it('refunds part of a sale and then the rest, asking first with the amount, its currency and its account; the order shows each refund', async function () {
    this.timeout(30000);
    const m = await mount(f);
    const detail = await openTicket(m, f.tickets.ada);
    const d = inDetail(detail);
    button(d, 'Refund').click();
    await wait(() => d.querySelector('[part~="action-form"]'), 'the refund form opens');
    expect(text(d.querySelector('#refund-left'))).to.equal('$47.00 is left of the sale of $47.00 (receipt N-1001).');
    d.querySelector<HTMLInputElement>('input[value="part"]')!.click();
    const amount = await found(() => d.querySelector<HTMLInputElement>('#action-amount'), 'the amount field');
    await wait(() => deepActiveElement() === amount, 'the amount takes focus');
    await typeInto(amount, '50');
    button(d, 'Continue').click();
    await wait(() => d.querySelector('#action-amount-error'), 'too much');
    expect(text(d.querySelector('#action-amount-error'))).to.equal('At most $47.00 is left to refund.');
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    await retype(amount, '10.00');
    button(d, 'Continue').click();
    await wait(() => text(d.querySelector('#form-title')) === 'Refund $10.00 to Ada Buyer?', 'the question');
    expect(text(d.querySelector('[part~="consequence"]'))).to.equal(
      '$10.00 of receipt N-1001 goes back to Ada Buyer (ada@example.com). The refund is recorded as a transaction of North Shop and cannot be undone. $37.00 is left of the sale afterwards.',
    );
    await expect(m.table).to.be.accessible();
    button(d, 'Refund $10.00').click();
    await wait(() => factsOf(d.querySelector('[part~="order"]')).Refunded === '$10.00', 'the order shows the refund');
    expect(factsOf(d.querySelector('[part~="order"]'))['Left to refund']).to.equal('$37.00');
    expect(text([...d.querySelectorAll('[part~="change"] .change-what')].at(-1))).to.equal('Refunded $10.00.');
    expect(text(d.querySelector('[part~="message"]'))).to.equal('$10.00 refunded to Ada Buyer in North Shop.');

    button(d, 'Refund').click();
    await wait(() => d.querySelector('[part~="action-form"]'), 'the refund form opens again');
    button(d, 'Continue').click();
    await wait(() => text(d.querySelector('#form-title')) === 'Refund $37.00 to Ada Buyer?', 'the rest');
    button(d, 'Refund $37.00').click();
    await wait(() => factsOf(d.querySelector('[part~="order"]'))['Left to refund'] === '$0.00', 'nothing is left');
    expect([...d.querySelectorAll('[part~="action"]')].map(text)).not.to.include('Refund');
    const order = (await apiOf(f).tickets.get.query({ workspace: f.master.handle, ticket: f.tickets.ada })).order!;
    expect([order.refunded, order.refundable]).to.deep.equal([4700, 0]);
    expect(m.changes.map((c) => c.change)).to.deep.equal(['refunded', 'refunded']);
  });

  it('changes the type (a cancellation only for a recurring product) and the customer’s email on the ticket and its order', async function () {
    this.timeout(30000);
    const m = await mount(f);
    let detail = await openTicket(m, f.tickets.ada);
    let d = inDetail(detail);
    button(d, 'Change the type').click();
    const types = await found(() => d.querySelector<HTMLSelectElement>('#action-type'), 'the type form');
    expect([...types.options].map((o) => o.textContent?.trim())).to.deep.equal(['Refund']);
    expect(text(d.querySelector('#type-consequence'))).to.include('A cancellation is only for a sale of a recurring product');
    button(d, 'Save the type').click();
    await wait(() => factsOf(d.querySelector('[part~="facts"]')).Type === 'Refund', 'the type changed');
    await wait(() => cells(rowOf(m.root, f.tickets.ada))[3] === 'Refund', 'the row follows');

    button(d, 'Change the email').click();
    const email = await found(() => d.querySelector<HTMLInputElement>('#action-email'), 'the email form');
    expect(deepActiveElement()).to.equal(email);
    expect(text(d.querySelector('#email-consequence'))).to.include('on this ticket and on its order in North Shop: the sale and every transaction under receipt N-1001');
    await retype(email, 'not an address');
    button(d, 'Save the email').click();
    await wait(() => d.querySelector('#action-email-error'), 'a wrong address is refused');
    expect(text(d.querySelector('#action-email-error'))).to.equal('This is not an email address. Check it and try again.');
    await retype(email, 'ada.new@example.com');
    button(d, 'Save the email').click();
    await wait(() => factsOf(d.querySelector('[part~="facts"]'))['Customer email'] === 'ada.new@example.com', 'the email changed');
    expect(factsOf(d.querySelector('[part~="order"]')).Customer).to.equal('Ada Buyer ada.new@example.com');
    await wait(() => cells(rowOf(m.root, f.tickets.ada))[5] === 'ada.new@example.com', 'the row follows');
    expect(text([...d.querySelectorAll('[part~="change"] .change-what')].at(-1))).to.equal('Changed the customer’s email from ada@example.com to ada.new@example.com.');

    button(m.root, 'Close').click();
    await wait(() => !dialog(m.root).open, 'closed');
    detail = await openTicket(m, f.tickets.bea);
    d = inDetail(detail);
    button(d, 'Change the type').click();
    const recurring = await found(() => d.querySelector<HTMLSelectElement>('#action-type'), 'the type form');
    expect([...recurring.options].map((o) => o.textContent?.trim())).to.deep.equal(['Technical support', 'Cancellation']);
    recurring.value = 'cancellation';
    button(d, 'Save the type').click();
    await wait(() => factsOf(d.querySelector('[part~="facts"]')).Type === 'Cancellation', 'a cancellation of the club');
  });

  it('closes the selected tickets at once, after a question that names them, and offers to reopen the closed ones among them', async function () {
    this.timeout(30000);
    const m = await mount(f);
    const picked = [f.fillers[15]!, f.fillers[14]!, f.fillers[13]!];
    grid(m.root).focus();
    // The first rows: dan, cleo, bea, ada, fay, eve, then the newest fillers.
    await press('ArrowDown');
    await press(' ');
    for (let i = 0; i < 5; i++) await press('ArrowDown');
    for (let i = 0; i < 3; i++) {
      await press(' ');
      await press('ArrowDown');
    }
    await wait(() => m.root.querySelector('[part~="bulk-bar"]'), 'the bulk bar');
    expect(text(m.root.querySelector('[part~="bulk-bar"]'))).to.equal('4 selected Close 3 Reopen 1 Clear selection');
    expect(rowOf(m.root, f.tickets.cleo).getAttribute('aria-selected')).to.equal('true');
    button(m.root, 'Close 3').click();
    await wait(() => dialog(m.root).open, 'the question');
    expect(text(m.root.querySelector('#dialog-heading'))).to.equal('Close 3 tickets?');
    expect(text(m.root.querySelector('#dialog-body'))).to.equal(
      `Closing: #${picked[0]}, #${picked[1]}, and #${picked[2]} (North Shop). Each ticket’s history records that you closed it; a closed ticket can be reopened. Either all of them close, or none does.`,
    );
    await expect(m.table).to.be.accessible();
    button(m.root, 'Close the tickets').click();
    await wait(() => !dialog(m.root).open, 'done');
    expect(announced(m.root)).to.equal('3 tickets closed.');
    for (const n of picked) expect(cells(rowOf(m.root, n))[4]).to.equal('Closed');
    expect(m.root.querySelector('[part~="bulk-bar"]')).to.equal(null);
    const api = apiOf(f);
    for (const n of picked) expect((await api.tickets.get.query({ workspace: f.master.handle, ticket: n })).status).to.equal('closed');
    expect(m.changes).to.deep.equal(picked.map((ticket) => ({ ticket, change: 'closed' })));
  });

  it('shows the server’s refusal when a ticket changed behind the table’s back, and changes nothing', async function () {
    this.timeout(30000);
    const m = await mount(f);
    const api = apiOf(f);
    const detail = await openTicket(m, f.tickets.ada);
    const d = inDetail(detail);
    button(d, 'Refund').click();
    await wait(() => d.querySelector('[part~="action-form"]'), 'the refund form');
    button(d, 'Continue').click();
    await wait(() => text(d.querySelector('#form-title')) === 'Refund $47.00 to Ada Buyer?', 'the question');
    await api.tickets.close.mutate({ workspace: f.master.handle, tickets: [f.tickets.ada] });
    button(d, 'Refund $47.00').click();
    await wait(() => d.querySelector('[part~="action-form"] [role="alert"]'), 'the refusal');
    expect(text(d.querySelector('[part~="action-form"] [role="alert"]'))).to.equal('This ticket is closed. Reopen it first.');
    expect((await api.tickets.get.query({ workspace: f.master.handle, ticket: f.tickets.ada })).order!.refunded).to.equal(0);
    button(d, 'Cancel').click();
    button(m.root, 'Close').click();
    await wait(() => !dialog(m.root).open, 'closed');

    // Two open tickets selected; one of them is closed meanwhile: neither closes.
    const [first, second] = [f.fillers[15]!, f.fillers[14]!];
    rowOf(m.root, first).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    rowOf(m.root, second).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await wait(() => m.root.querySelector('#bulk-close'), 'the bulk bar');
    await api.tickets.close.mutate({ workspace: f.master.handle, tickets: [second] });
    button(m.root, 'Close 2').click();
    await wait(() => dialog(m.root).open, 'the question');
    button(m.root, 'Close the tickets').click();
    await wait(() => m.root.querySelector('dialog [role="alert"]'), 'the refusal');
    expect(text(m.root.querySelector('dialog [role="alert"]'))).to.equal(`These tickets are closed already: #${second}. Nothing was changed.`);
    expect((await api.tickets.get.query({ workspace: f.master.handle, ticket: first })).status).to.equal('open');
  });

  it('offers the receipt of a ticket’s sale as a PDF to open or save, and mails it to the customer after saying where it goes', async function () {
    this.timeout(30000);
    const m = await mount(f);
    const detail = await openTicket(m, f.tickets.ada);
    const d = inDetail(detail);
    button(d, 'Receipt as PDF').click();
    const open = await found(() => d.querySelector<HTMLAnchorElement>('#receipt-open'), 'the receipt is fetched');
    expect(deepActiveElement()).to.equal(open);
    const save = d.querySelector<HTMLAnchorElement>('#receipt-save')!;
    expect(save.download).to.match(/N-1001.*\.pdf$/);
    const pdf = await (await fetch(open.href)).blob();
    expect(pdf.type).to.equal('application/pdf');
    expect(await pdf.slice(0, 5).text()).to.equal('%PDF-');

    button(d, 'Email the receipt').click();
    await wait(() => d.querySelector('#receipt-mail-question'), 'the question');
    expect(text(d.querySelector('#receipt-mail-question'))).to.equal('Send the receipt of N-1001 to ada@example.com? It goes out at once, with the PDF attached.');
    expect(deepActiveElement()?.id).to.equal('receipt-send');
    button(d, 'Send the receipt').click();
    await wait(() => d.querySelector('[part~="receipt-sent"]'), 'sent');
    expect(text(d.querySelector('[part~="receipt-sent"]'))).to.equal('The receipt of N-1001 to ada@example.com waits in the outbox: no mail server is set up.');
    await expect(m.table).to.be.accessible();

    button(m.root, 'Close').click();
    await wait(() => !dialog(m.root).open, 'closed');
    const noSale = inDetail(await openTicket(m, f.tickets.dan));
    expect(noSale.querySelector('#receipt-pdf')).to.equal(null);
    expect(text(noSale.querySelector('[part~="order"]'))).to.include('This ticket belongs to no sale');
  });
});
