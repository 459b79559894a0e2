import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { givenHelper, givenTicket, givenTicketDesk, type GivenHelper, type TicketDesk } from '../../test-support/tickets.js';

describe.each(databaseKinds)('working a ticket from the master account on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  let helper: GivenHelper;
  const db = () => server.deps.db;
  const historyOf = (number: number) => db()('ticket_history').where({ ticket_number: number }).orderBy('id');
  const ticketRow = (number: number) => db()('tickets').where({ number }).first();
  /** Everything a refused call could have changed, to compare before and after. */
  const snapshot = async (number: number) => ({
    ticket: await ticketRow(number),
    history: (await historyOf(number)).length,
    transactions: Number((await db()('transactions').count({ n: '*' }).first())!.n),
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
    helper = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle]);
  });
  afterAll(() => server.close());

  it('writes one history row for each change, with who, when and what, in the order they happened', async () => {
    const { number } = await givenTicket(desk, desk.north, { type: 'support' });
    const ticket = { workspace: desk.master.handle, ticket: number };
    server.clock.advance(1000);
    await helper.caller.tickets.comment({ ...ticket, text: 'Sent a new link.\nPlease try again.' });
    server.clock.advance(1000);
    await helper.caller.tickets.changeType({ ...ticket, type: 'refund' });
    server.clock.advance(1000);
    await desk.master.owner.tickets.changeEmail({ ...ticket, customerEmail: 'ada.new@example.com' });
    server.clock.advance(1000);
    await helper.caller.tickets.close({ workspace: desk.master.handle, tickets: [number] });
    server.clock.advance(1000);
    const reopened = await desk.master.owner.tickets.reopen({ workspace: desk.master.handle, tickets: [number] });
    expect(reopened.tickets).toMatchObject([{ number, status: 'reopened', type: 'refund', customerEmail: 'ada.new@example.com' }]);
    const detail = await helper.caller.tickets.get(ticket);
    expect(detail.changedAt).toBe(server.clock.now().toISOString());
    expect(detail.history.map((c) => [c.kind, c.actor.kind, c.type])).toEqual([
      ['opened', 'api', 'support'],
      ['commented', 'third-party', 'support'],
      ['type_changed', 'third-party', 'refund'],
      ['email_changed', 'owner', 'refund'],
      ['closed', 'third-party', 'refund'],
      ['reopened', 'owner', 'refund'],
    ]);
    expect(detail.history[1]).toMatchObject({ text: 'Sent a new link.\nPlease try again.', actor: { identityId: helper.identityId, email: helper.email } });
    expect(detail.history[2]).toMatchObject({ from: 'support', to: 'refund' });
    expect(detail.history[3]).toMatchObject({ from: 'ada@example.com', to: 'ada.new@example.com' });
    const times = detail.history.map((c) => Date.parse(c.at));
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([1000, 1000, 1000, 1000, 1000]);
    const rows = await historyOf(number);
    expect(rows.map((r) => r.workspace_id)).toEqual(Array(6).fill(desk.north.id));
    expect(rows[2]).toMatchObject({ kind: 'type_changed', from_type: 'support', to_type: 'refund', actor_identity_id: helper.identityId });
    // Each action is in the master account's activity log, naming the ticket.
    const entry = await db()('audit_log').where({ workspace_id: desk.master.id, action: 'tickets.changeType' }).orderBy('at', 'desc').first();
    expect(entry).toMatchObject({ actor_identity_id: helper.identityId });
    expect(entry.details).toMatchObject({ ticket: number, account: desk.north.handle, from: 'support', to: 'refund' });
  });

  it('closes only open or reopened tickets and reopens only closed ones, and says so', async () => {
    const { number } = await givenTicket(desk, desk.north);
    const one = { workspace: desk.master.handle, tickets: [number] };
    expect(await refusal(helper.caller.tickets.reopen(one))).toMatchObject({ code: 'CONFLICT', appCode: 'TICKET_NOT_CLOSED' });
    await helper.caller.tickets.close(one);
    const before = await snapshot(number);
    expect(await refusal(helper.caller.tickets.close(one))).toMatchObject({ code: 'CONFLICT', appCode: 'TICKET_ALREADY_CLOSED' });
    // A closed ticket takes comments, and nothing else until it is reopened.
    expect(await refusal(helper.caller.tickets.changeType({ workspace: desk.master.handle, ticket: number, type: 'refund' }))).toMatchObject({ appCode: 'TICKET_CLOSED' });
    expect(await refusal(helper.caller.tickets.refund({ workspace: desk.master.handle, ticket: number }))).toMatchObject({ appCode: 'TICKET_CLOSED' });
    expect(await snapshot(number)).toEqual(before);
  });

  it('closes several tickets at once, all or none, naming those that do not fit', async () => {
    const a = await givenTicket(desk, desk.north);
    const b = await givenTicket(desk, desk.north);
    const c = await givenTicket(desk, desk.north);
    await helper.caller.tickets.close({ workspace: desk.master.handle, tickets: [b.number] });
    const error = await helper.caller.tickets
      .close({ workspace: desk.master.handle, tickets: [a.number, b.number, c.number] })
      .catch((e: unknown) => e as { appCode: string; details: unknown });
    expect(error).toMatchObject({ appCode: 'TICKET_ALREADY_CLOSED', details: { tickets: [b.number] } });
    expect((await ticketRow(a.number)).status).toBe('open');
    expect((await ticketRow(c.number)).status).toBe('open');
    const closed = await helper.caller.tickets.close({ workspace: desk.master.handle, tickets: [c.number, a.number] });
    expect(closed.tickets.map((t) => [t.number, t.status])).toEqual([
      [c.number, 'closed'],
      [a.number, 'closed'],
    ]);
    expect((await historyOf(a.number)).map((r) => r.kind)).toEqual(['opened', 'closed']);
    const reopened = await helper.caller.tickets.reopen({ workspace: desk.master.handle, tickets: [a.number, b.number, c.number] });
    expect(reopened.tickets.every((t) => t.status === 'reopened')).toBe(true);
    // Each ticket once: a list naming one twice is refused before anything is read.
    expect(await refusal(helper.caller.tickets.close({ workspace: desk.master.handle, tickets: [a.number, a.number] }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await refusal(helper.caller.tickets.close({ workspace: desk.master.handle, tickets: [] }))).toMatchObject({ appCode: 'INVALID_INPUT' });
  });

  it('changes the type only to another one, and to a cancellation only for a recurring product', async () => {
    const standard = await givenTicket(desk, desk.north, { sku: 'guide' });
    const recurring = await givenTicket(desk, desk.north, { sku: 'club' });
    const without = await givenTicket(desk, desk.north, { sale: false });
    const change = (number: number, type: 'support' | 'refund' | 'cancellation') => helper.caller.tickets.changeType({ workspace: desk.master.handle, ticket: number, type });
    const before = await snapshot(standard.number);
    expect(await refusal(change(standard.number, 'support'))).toMatchObject({ code: 'CONFLICT', appCode: 'TICKET_TYPE_UNCHANGED' });
    expect(await refusal(change(standard.number, 'cancellation'))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'CANCELLATION_NEEDS_RECURRING' });
    expect(await refusal(change(without.number, 'cancellation'))).toMatchObject({ appCode: 'CANCELLATION_NEEDS_RECURRING' });
    expect(await snapshot(standard.number)).toEqual(before);
    expect((await change(recurring.number, 'cancellation')).type).toBe('cancellation');
    expect((await change(recurring.number, 'support')).type).toBe('support');
  });

  it('refunds the ticket’s sale through the sales records, at most what is left of it, and the day’s refunds follow', async () => {
    const { number, receiptNumber } = await givenTicket(desk, desk.north, { type: 'refund', amount: 5000 });
    const ticket = { workspace: desk.master.handle, ticket: number };
    const refundsToday = async () =>
      Number((await db()('sales_daily').where({ workspace_id: desk.north.id }).where('day', server.clock.now().toISOString().slice(0, 10)).sum({ n: 'refunds_minor' }).first())!.n ?? 0);
    const dayBefore = await refundsToday();
    const part = await helper.caller.tickets.refund({ ...ticket, amount: 2000 });
    expect(part.order).toMatchObject({ amount: 5000, refunded: 2000, refundable: 3000 });
    const refundChange = part.history.at(-1)!;
    expect(refundChange).toMatchObject({ kind: 'refunded', amount: 2000, currency: 'USD', actor: { kind: 'third-party' } });
    const recorded = await db()('transactions')
      .where({ id: (refundChange as { transactionId: string }).transactionId })
      .first();
    expect(recorded).toMatchObject({ workspace_id: desk.north.id, kind: 'refund', receipt_number: receiptNumber, currency: 'USD', recorded_by: helper.identityId });
    expect(Number(recorded.amount_minor)).toBe(2000);
    expect((await refundsToday()) - dayBefore).toBe(2000);

    const before = await snapshot(number);
    const over = await helper.caller.tickets.refund({ ...ticket, amount: 3001 }).catch((e: unknown) => e as { appCode: string; details: unknown });
    expect(over).toMatchObject({ appCode: 'REFUND_EXCEEDS_SALE', details: { remaining: 3000, currency: 'USD' } });
    expect(await snapshot(number)).toEqual(before);
    // Without an amount, all that is left; then nothing is.
    expect((await helper.caller.tickets.refund(ticket)).order).toMatchObject({ refunded: 5000, refundable: 0 });
    expect(await refusal(helper.caller.tickets.refund(ticket))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'REFUND_EXCEEDS_SALE' });
    expect(await refusal(helper.caller.tickets.refund({ ...ticket, amount: 0 }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await refusal(helper.caller.tickets.refund({ ...ticket, amount: 12.5 }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect((await historyOf(number)).filter((r) => r.kind === 'refunded').map((r) => Number(r.amount_minor))).toEqual([2000, 3000]);
  });

  it('refunds one sale at most once over, also when two of its tickets are refunded at the same moment', async () => {
    const first = await givenTicket(desk, desk.north, { type: 'refund', amount: 1000 });
    const second = await desk.master.owner.tickets.openForTransaction({ workspace: desk.master.handle, account: desk.north.handle, receiptNumber: first.receiptNumber!, type: 'refund' });
    const refund = (ticket: number) =>
      helper.caller.tickets.refund({ workspace: desk.master.handle, ticket, amount: 600 }).then(
        () => 'refunded',
        (error: { appCode?: string }) => error.appCode,
      );
    const outcomes = await Promise.all([refund(first.number), refund(second.number)]);
    expect(outcomes.sort()).toEqual(['REFUND_EXCEEDS_SALE', 'refunded']);
    const refunded = await db()('transactions').where({ workspace_id: desk.north.id, receipt_number: first.receiptNumber, kind: 'refund' }).sum({ n: 'amount_minor' }).first();
    expect(Number(refunded!.n)).toBe(600);
  });

  it('refuses to refund a ticket without a sale', async () => {
    const { number } = await givenTicket(desk, desk.north, { type: 'refund', sale: false });
    const before = await snapshot(number);
    expect(await refusal(helper.caller.tickets.refund({ workspace: desk.master.handle, ticket: number, amount: 100 }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'TICKET_HAS_NO_SALE' });
    expect(await snapshot(number)).toEqual(before);
  });

  it('changes the customer’s email on the ticket and on its whole order, and refuses the same address', async () => {
    const { number, receiptNumber } = await givenTicket(desk, desk.north, { type: 'refund', email: 'old@example.com' });
    await helper.caller.tickets.refund({ workspace: desk.master.handle, ticket: number, amount: 100 });
    const changed = await helper.caller.tickets.changeEmail({ workspace: desk.master.handle, ticket: number, customerEmail: 'New@Example.com' });
    expect(changed).toMatchObject({ customerEmail: 'new@example.com', order: { customer: { email: 'new@example.com' } } });
    const order = await db()('transactions').where({ workspace_id: desk.north.id, receipt_number: receiptNumber }).select('kind', 'customer_email').orderBy('kind');
    expect(order).toEqual([
      { kind: 'refund', customer_email: 'new@example.com' },
      { kind: 'sale', customer_email: 'new@example.com' },
    ]);
    const before = await snapshot(number);
    expect(await refusal(helper.caller.tickets.changeEmail({ workspace: desk.master.handle, ticket: number, customerEmail: 'new@example.com' }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'TICKET_EMAIL_UNCHANGED',
    });
    expect(await refusal(helper.caller.tickets.changeEmail({ workspace: desk.master.handle, ticket: number, customerEmail: 'nope' }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await snapshot(number)).toEqual(before);
  });

  it('takes comments of 1 to 4000 characters', async () => {
    const { number } = await givenTicket(desk, desk.north);
    const ticket = { workspace: desk.master.handle, ticket: number };
    const before = await snapshot(number);
    expect(await refusal(helper.caller.tickets.comment({ ...ticket, text: ' \n ' }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await refusal(helper.caller.tickets.comment({ ...ticket, text: 'x'.repeat(4001) }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await refusal(helper.caller.tickets.comment({ ...ticket, text: 'bell \u0007' }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await snapshot(number)).toEqual(before);
    const long = await helper.caller.tickets.comment({ ...ticket, text: 'y'.repeat(4000) });
    expect(long.history.at(-1)).toMatchObject({ kind: 'commented', text: 'y'.repeat(4000) });
  });

  it('refuses the ticket procedures to a user without Orders/Tickets, and to anyone on a seller account', async () => {
    const { number } = await givenTicket(desk, desk.north);
    const searcher = await givenHelper(server, desk.master, ['orders.search'], [desk.north.handle]);
    expect(await refusal(searcher.caller.tickets.list({ workspace: desk.master.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'FORBIDDEN' });
    expect(await refusal(searcher.caller.tickets.comment({ workspace: desk.master.handle, ticket: number, text: 'hi' }))).toMatchObject({ appCode: 'FORBIDDEN' });
    expect(await refusal(desk.north.owner.tickets.get({ workspace: desk.north.handle, ticket: number }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_MASTER_ACCOUNT' });
    expect((await historyOf(number)).length).toBe(1);
  });
});
