import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { ticketDeskFixture, type TicketDeskFixture } from '../../test-support/ticket-fixtures.js';
import { deepActiveElement, press, typeInto } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import type { TransactionTable } from './transaction-table.js';
import './define.js';

const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function found<T>(find: () => T | null | undefined, message: string): Promise<T> {
  await wait(() => find(), message);
  return find()!;
}

interface Mounted {
  table: TransactionTable;
  root: ShadowRoot;
  opened: Array<{ ticket: number; change: string }>;
}

async function mount(f: TicketDeskFixture, token: string = f.owner.token): Promise<Mounted> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api}><transaction-table workspace=${f.master.handle}></transaction-table></foyer-provider>
  `);
  provider.token = token;
  const table = provider.querySelector('transaction-table')!;
  const opened: Mounted['opened'] = [];
  table.addEventListener('foyer-ticket-change', (event: FoyerTicketChangeEvent) => opened.push({ ticket: event.ticket.number, change: event.change }));
  await wait(() => table.rows.length > 0 && table.shadowRoot!.querySelector('[role="row"][aria-rowindex="2"]'), 'the grid shows its rows');
  return { table, root: table.shadowRoot!, opened };
}

function rowsOf(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

const cells = (row: HTMLElement) => [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(text);
const count = (root: ShadowRoot) => text(root.querySelector('[part~="count"]'));
const announced = (root: ShadowRoot) => text(root.querySelector('[part~="message"]'));
const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog')!;
const receipts = (t: TransactionTable) => t.rows.map((r) => `${r.receiptNumber} ${r.kind}`);

function button(scope: ParentNode, label: string): HTMLElement {
  const all = [...scope.querySelectorAll<HTMLElement>('button, a[href]')];
  const hit = all.find((b) => (b.getAttribute('aria-label') ?? text(b)) === label) ?? all.find((b) => text(b) === label);
  if (!hit) throw new Error(`no button ${label} among ${all.map((b) => b.getAttribute('aria-label') ?? text(b)).join(' | ')}`);
  return hit;
}

/** Fills the search form's fields (by name) as a person would set them, and sends it. */
async function search(root: ShadowRoot, values: Record<string, string | string[]>): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="kinds"]')) input.checked = false;
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type="checkbox"]), select')) field.value = '';
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      for (const kind of value) form.querySelector<HTMLInputElement>(`input[name="kinds"][value="${kind}"]`)!.checked = true;
    } else {
      form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value = value;
    }
  }
  button(form, 'Search').click();
}

/** The UTC day `days` days before today, as a date field holds it. */
function dayAgo(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * 86_400_000).toISOString().slice(0, 10);
}

describe('transaction-table', () => {
  let f: TicketDeskFixture;
  before(async function () {
    this.timeout(60_000);
    f = await ticketDeskFixture();
  });

  it('lists the owner every transaction of every linked account, newest first, refunds as money going back', async () => {
    const { table, root } = await mount(f);
    expect(count(root)).to.equal('25 transactions, 25 loaded');
    expect(receipts(table).slice(0, 9)).to.deep.equal([
      'S-3001 sale',
      'N-3002 sale',
      'N-3001 refund',
      'N-3001 sale',
      'S-1002 sale',
      'S-1001 sale',
      'N-1003 sale',
      'N-1002 sale',
      'N-1001 sale',
    ]);
    const [first, , refund] = rowsOf(root);
    expect(cells(first!).slice(1, 7)).to.deep.equal(['S-3001', 'South Shop', 'Sale', 'The Seller’s Guide', 'Ivy Quiet ivy@example.com', '$47.00']);
    expect(cells(first!)[0]).to.match(/UTC$/);
    expect(cells(refund!).slice(3, 7)).to.deep.equal(['Refund', 'The Seller’s Guide', 'Gus Quiet gus@example.com', '-$10.00']);
    await expect(table).to.be.accessible();
  });

  it('searches by receipt, customer, product, kind, amount and period, each alone and together', async function () {
    this.timeout(30000);
    const { table, root } = await mount(f);
    await search(root, { receiptNumber: 'n-3001' });
    await wait(() => count(root) === '2 transactions, 2 loaded', 'by receipt');
    expect(receipts(table)).to.deep.equal(['N-3001 refund', 'N-3001 sale']);
    expect(announced(root)).to.equal('2 transactions found.');

    await search(root, { customer: 'quiet' });
    await wait(() => count(root) === '4 transactions, 4 loaded', 'by a piece of the name');
    expect(receipts(table)).to.deep.equal(['S-3001 sale', 'N-3002 sale', 'N-3001 refund', 'N-3001 sale']);

    await search(root, { productSku: 'club' });
    await wait(() => count(root) === '4 transactions, 4 loaded', 'by product');
    expect(receipts(table)).to.deep.equal(['N-3002 sale', 'S-1002 sale', 'N-1003 sale', 'N-1002 sale']);

    await search(root, { kinds: ['refund', 'chargeback'] });
    await wait(() => count(root) === '1 transaction, 1 loaded', 'by kind');

    await search(root, { minAmount: '40', maxAmount: '50.00' });
    await wait(() => count(root) === '3 transactions, 3 loaded', 'by amount');
    expect(receipts(table)).to.deep.equal(['S-3001 sale', 'N-3001 sale', 'N-1001 sale']);

    await search(root, { from: dayAgo(12), to: dayAgo(10) });
    await wait(() => count(root) === '3 transactions, 3 loaded', 'by period, both days included');
    expect(receipts(table)).to.deep.equal(['N-3002 sale', 'N-3001 refund', 'N-3001 sale']);

    await search(root, { from: dayAgo(12), to: dayAgo(9), productSku: 'guide', account: f.accounts[0]!.handle });
    await wait(() => count(root) === '2 transactions, 2 loaded', 'together');
    expect(receipts(table)).to.deep.equal(['N-3001 refund', 'N-3001 sale']);

    button(root, 'Clear the search').click();
    await wait(() => count(root) === '25 transactions, 25 loaded', 'everything again');
    expect(root.querySelector<HTMLInputElement>('[name="productSku"]')!.value).to.equal('');
    expect(deepActiveElement()?.id).to.equal('filter-from');
  });

  it('keeps what the person types while the first page is still on its way, and clears it all with the search', async function () {
    this.timeout(20000);
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider lang="en" persist="none" server=${f.api}><transaction-table workspace=${f.master.handle}></transaction-table></foyer-provider>
    `);
    const table = provider.querySelector('transaction-table')!;
    provider.token = f.owner.token;
    const root = table.shadowRoot!;
    // Looked for on every turn of the event loop, to type before the first page arrives.
    let receipt: HTMLInputElement | null = null;
    while (!(receipt = root.querySelector<HTMLInputElement>('[name="receiptNumber"]'))) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(table.rows).to.have.length(0);
    receipt.value = 'n-3001';
    root.querySelector<HTMLInputElement>('input[name="kinds"][value="refund"]')!.checked = true;
    await wait(() => table.rows.length > 0, 'the first page arrives');
    await table.updateComplete;
    expect(receipt.value).to.equal('n-3001');
    expect(root.querySelector<HTMLInputElement>('input[name="kinds"][value="refund"]')!.checked).to.equal(true);

    button(root, 'Search').click();
    await wait(() => count(root) === '1 transaction, 1 loaded', 'the typed search is the one sent');
    root.querySelector<HTMLInputElement>('[name="customer"]')!.value = 'quiet';
    button(root, 'Clear the search').click();
    await wait(() => count(root) === '25 transactions, 25 loaded', 'everything again');
    expect([...root.querySelectorAll<HTMLInputElement>('form[role="search"] input:not([type="checkbox"])')].map((i) => i.value).join('')).to.equal('');
    expect([...root.querySelectorAll<HTMLInputElement>('input[name="kinds"]')].some((i) => i.checked)).to.equal(false);
  });

  it('says at the field what is wrong with a search, its own checks and the server’s, and keeps the list it had', async () => {
    const { table, root } = await mount(f);
    await search(root, { minAmount: 'ten', from: dayAgo(3), to: dayAgo(5) });
    await wait(() => root.querySelector('#filter-minAmount-error'), 'the amount is refused');
    expect(text(root.querySelector('#filter-minAmount-error'))).to.equal('Enter an amount such as 12.50.');
    expect(text(root.querySelector('#filter-to-error'))).to.equal('The last day comes before the first.');
    expect(deepActiveElement()?.id).to.equal('filter-to');
    expect(table.rows).to.have.length(25);

    await search(root, { customer: 'gu' });
    await wait(() => root.querySelector('#filter-customer-error'), 'the server refuses two characters');
    expect(text(root.querySelector('#filter-customer-error'))).to.equal('Type more of the name or email: a few characters at least.');
    expect(root.querySelector('#filter-customer')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root.querySelector('[role="alert"]'))).to.equal('Correct the search to see transactions.');
    await expect(table).to.be.accessible();
  });

  it('shows an Orders/Tickets user only the transactions of sales with a ticket, fewer than a Search orders user finds in the same account', async () => {
    const orders = await mount(f, f.users.orders.token);
    const manager = await mount(f, f.users.manager.token);
    expect(count(orders.root)).to.equal('19 transactions, 19 loaded');
    expect(count(manager.root)).to.equal('22 transactions, 22 loaded');
    expect(receipts(orders.table)).not.to.include('N-3001 sale');
    expect(receipts(manager.table)).to.include('N-3001 sale');
    for (const t of [...orders.table.rows, ...manager.table.rows]) expect(t.account.name).to.equal('North Shop');
    // The server narrows a search the same way: the receipt without a ticket is not found.
    await search(orders.root, { receiptNumber: 'N-3001' });
    await wait(() => text(orders.root.querySelector('[part~="empty"]')) === 'No transactions match this search.', 'nothing for Orders/Tickets');
  });

  it('opens a transaction’s details with Enter: the order under its receipt, what was refunded, its receipt; Escape gives focus back', async () => {
    const { table, root } = await mount(f);
    const grid = root.querySelector<HTMLElement>('[role="grid"]')!;
    grid.focus();
    // S-3001, N-3002, N-3001 refund.
    await press('ArrowDown');
    await press('ArrowDown');
    await press('Enter');
    await wait(() => dialog(root).open && root.querySelector('.order-lines'), 'the details load');
    expect(text(root.querySelector('#dialog-heading'))).to.equal('Refund N-3001 · North Shop');
    const lines = [...root.querySelectorAll('.order-lines li')].map((li) => li.getAttribute('data-kind'));
    expect(lines).to.deep.equal(['sale', 'refund']);
    expect(text(root.querySelector('[part~="refunded"]'))).to.equal('$10.00');
    expect(text(root.querySelector('#receipt-pdf'))).to.equal('Receipt as PDF');
    // The owner holds Orders/Tickets: a ticket may be opened for the sale.
    expect(root.querySelector('[part~="ticket-form"]')).not.to.equal(null);
    await expect(table).to.be.accessible();
    await press('Escape');
    await wait(() => !dialog(root).open, 'closed');
    expect(deepActiveElement()).to.equal(grid);
  });

  it('offers no ticket to a user without Orders/Tickets, and prints and mails a receipt for them', async function () {
    this.timeout(20000);
    const { root } = await mount(f, f.users.searcher.token);
    button(rowsOf(root)[0]!, 'Details of Sale N-3002').click();
    await wait(() => dialog(root).open && root.querySelector('.order-lines'), 'the details load');
    expect(root.querySelector('[part~="ticket-form"]')).to.equal(null);
    button(root, 'Receipt as PDF').click();
    const open = await found(() => root.querySelector<HTMLAnchorElement>('#receipt-open'), 'the receipt is fetched');
    expect((await (await fetch(open.href)).blob()).type).to.equal('application/pdf');
    button(root, 'Email the receipt').click();
    await wait(() => root.querySelector('#receipt-mail-question'), 'the question');
    expect(text(root.querySelector('#receipt-mail-question'))).to.equal('Send the receipt of N-3002 to hal@example.com? It goes out at once, with the PDF attached.');
    button(root, 'Send the receipt').click();
    await wait(() => root.querySelector('[part~="receipt-sent"]'), 'sent');
    expect(text(root.querySelector('[part~="receipt-sent"]'))).to.include('to hal@example.com');
  });

  it('opens a ticket for a sale: the type its product allows, a comment, and the new ticket named', async function () {
    this.timeout(60000);
    const desk = await ticketDeskFixture();
    const { table, root, opened } = await mount(desk);
    const row = rowsOf(root).find((r) => cells(r)[1] === 'S-3001')!;
    button(row, 'Details of Sale S-3001').click();
    await wait(() => dialog(root).open && root.querySelector('.order-lines'), 'the details load');
    const types = root.querySelector<HTMLSelectElement>('#ticket-type')!;
    // The guide is a standard product: no cancellation.
    expect([...types.options].map((o) => text(o))).to.deep.equal(['Technical support', 'Refund']);
    expect(text(root.querySelector('#ticket-consequence'))).to.equal(
      'A ticket for Ivy Quiet (ivy@example.com) on receipt S-3001 of South Shop. It is listed under Tickets, and its history names you as its opener.',
    );
    types.value = 'refund';
    await typeInto(root.querySelector<HTMLTextAreaElement>('#ticket-comment')!, 'Bought by mistake, asked on the phone.');
    button(root, 'Open the ticket').click();
    await wait(() => root.querySelector('[part~="ticket-opened"]'), 'the ticket is named');
    expect(opened).to.have.length(1);
    const number = opened[0]!.ticket;
    expect(text(root.querySelector('[part~="ticket-opened"]'))).to.equal(`Ticket #${number} is open for this sale. Work it under Tickets.`);
    expect(deepActiveElement()?.id).to.equal('ticket-opened');
    expect(announced(root)).to.equal(`Ticket #${number} was opened for receipt S-3001 in South Shop.`);
    const ticket = await createFoyerApi({ server: desk.api, getToken: () => desk.owner.token }).tickets.get.query({ workspace: desk.master.handle, ticket: number });
    expect([ticket.type, ticket.status, ticket.customerEmail, ticket.receiptNumber]).to.deep.equal(['refund', 'open', 'ivy@example.com', 'S-3001']);
    expect(ticket.history[0]).to.deep.include({ kind: 'opened', text: 'Bought by mistake, asked on the phone.' });
    await expect(table).to.be.accessible();
  });

  it('keeps two tables on one page apart', async function () {
    this.timeout(30000);
    const page = fixtureSync<HTMLElement>(html`
      <div lang="en">
        <foyer-provider id="a" persist="none" server=${f.api}><transaction-table workspace=${f.master.handle}></transaction-table></foyer-provider>
        <foyer-provider id="b" persist="none" server=${f.api}><transaction-table workspace=${f.master.handle}></transaction-table></foyer-provider>
      </div>
    `);
    page.querySelector<FoyerProvider>('#a')!.token = f.owner.token;
    page.querySelector<FoyerProvider>('#b')!.token = f.users.orders.token;
    const [a, b] = [...page.querySelectorAll('transaction-table')] as [TransactionTable, TransactionTable];
    await wait(() => a.rows.length === 25 && b.rows.length === 19, 'each lists what its person may see');
    await search(a.shadowRoot!, { kinds: ['refund'] });
    await wait(() => a.rows.length === 1, 'the first searches');
    expect(b.rows.length).to.equal(19);
  });
});
