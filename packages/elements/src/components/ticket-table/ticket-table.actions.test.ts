import { expect } from '@open-wc/testing';
import { ticketDeskFixture, type TicketDeskFixture } from '../../test-support/ticket-fixtures.js';
import { deepActiveElement, press, retype, typeInto } from '../../test-support/interaction.js';
import { wait, found, text, apiOf, mount, rowOf, cells, grid, button, announced, dialog, openTicket, inDetail, factsOf } from '../../test-support/ticket-table.js';

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
