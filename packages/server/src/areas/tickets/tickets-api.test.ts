import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { givenHelper, givenSale, givenTicketDesk, type TicketDesk } from '../../test-support/tickets.js';

describe.each(databaseKinds)('a host back-end opening tickets through the API on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  const countTickets = async () => Number((await server.deps.db('tickets').count({ n: '*' }).first())!.n);

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
  });
  afterAll(() => server.close());

  it('opens a customer’s ticket on a sale of the account with an API key, and writes its opening to the history', async () => {
    const sale = await givenSale(desk.backend.caller, desk.north.handle, { sku: 'club' });
    server.clock.advance(60_000);
    const ticket = await desk.backend.caller.tickets.open({
      workspace: desk.north.handle,
      type: 'cancellation',
      customerEmail: 'Ada@Example.com',
      receiptNumber: sale.receiptNumber.toLowerCase(),
      comment: '  Please stop my subscription.  ',
    });
    expect(ticket).toMatchObject({
      account: { handle: desk.north.handle },
      type: 'cancellation',
      status: 'open',
      customerEmail: 'ada@example.com',
      receiptNumber: sale.receiptNumber,
      productKind: 'recurring',
      order: { transactionId: sale.id, product: { sku: 'club', kind: 'recurring' }, amount: 4700, refunded: 0, refundable: 4700 },
    });
    expect(ticket.openedAt).toBe(server.clock.now().toISOString());
    expect(ticket.history).toEqual([
      {
        kind: 'opened',
        at: server.clock.now().toISOString(),
        type: 'cancellation',
        text: 'Please stop my subscription.',
        actor: { kind: 'api', identityId: desk.backend.identityId, name: 'Hana Helper', email: desk.backend.email },
      },
    ]);
    const rows = await server.deps.db('ticket_history').where({ ticket_number: ticket.number });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ workspace_id: desk.north.id, kind: 'opened', actor_kind: 'api', to_type: 'cancellation', from_type: null });
    // The activity log of the account says who opened it, with which key.
    const entry = await server.deps.db('audit_log').where({ workspace_id: desk.north.id, action: 'tickets.open' }).orderBy('at', 'desc').first();
    expect(entry?.via_api_key_id).toBeTruthy();
  });

  it('numbers tickets once across Foyer: the next ticket of another account has the next number', async () => {
    const first = await desk.backend.caller.tickets.open({ workspace: desk.north.handle, type: 'support', customerEmail: 'b@example.com', comment: 'Hello' });
    const second = await desk.backend.caller.tickets.open({ workspace: desk.south.handle, type: 'support', customerEmail: 'b@example.com', comment: 'Hello' });
    expect(second.number).toBeGreaterThan(first.number);
    expect(first).toMatchObject({ receiptNumber: null, productKind: null, order: null });
  });

  it('refuses a receipt that is no sale of the account, a cancellation of a standard product and bad input, and opens nothing', async () => {
    const before = await countTickets();
    const southSale = await givenSale(desk.backend.caller, desk.south.handle, { sku: 'club' });
    const open = (overrides: Record<string, unknown>) =>
      desk.backend.caller.tickets.open({ workspace: desk.north.handle, type: 'support', customerEmail: 'c@example.com', comment: 'Help', ...overrides } as never);
    expect(await refusal(open({ receiptNumber: southSale.receiptNumber }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'RECEIPT_NOT_FOUND' });
    expect(await refusal(open({ receiptNumber: 'NOSUCHRECEIPT' }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'RECEIPT_NOT_FOUND' });
    const standard = await givenSale(desk.backend.caller, desk.north.handle, { sku: 'guide' });
    expect(await refusal(open({ type: 'cancellation', receiptNumber: standard.receiptNumber }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'CANCELLATION_NEEDS_RECURRING' });
    expect(await refusal(open({ type: 'cancellation' }))).toMatchObject({ appCode: 'CANCELLATION_NEEDS_RECURRING' });
    const empty = await refusal(open({ comment: '   ' }));
    expect(empty).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_INPUT' });
    expect(empty.message).toContain('must not be empty');
    expect((await refusal(open({ comment: 'x'.repeat(4001) }))).message).toContain('at most 4000 characters');
    expect((await refusal(open({ type: 'complaint' }))).appCode).toBe('INVALID_INPUT');
    expect((await refusal(open({ customerEmail: 'not an address' }))).message).toContain('must be a valid email address');
    expect(await countTickets()).toBe(before);
  });

  it('lets the back-end read its account’s own tickets with API read, and no other account’s', async () => {
    const reader = await givenHelper(server, desk.master, ['api.read'], [desk.north.handle], true);
    const sale = await givenSale(desk.backend.caller, desk.north.handle);
    const opened = await desk.backend.caller.tickets.open({
      workspace: desk.north.handle,
      type: 'refund',
      customerEmail: 'e@example.com',
      receiptNumber: sale.receiptNumber,
      comment: 'Money back',
    });
    const own = await reader.caller.tickets.ofAccount({ workspace: desk.north.handle, receiptNumber: sale.receiptNumber });
    expect(own.tickets).toMatchObject([{ number: opened.number, account: { handle: desk.north.handle }, type: 'refund' }]);
    const all = await reader.caller.tickets.ofAccount({ workspace: desk.north.handle, limit: 100 });
    expect(all.tickets.every((t) => t.account.handle === desk.north.handle)).toBe(true);
    expect(all.total).toBe(Number((await server.deps.db('tickets').where({ workspace_id: desk.north.id }).count({ n: '*' }).first())!.n));
    expect(await refusal(reader.caller.tickets.ofAccount({ workspace: desk.south.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect(await refusal(desk.master.owner.tickets.ofAccount({ workspace: desk.master.handle }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_SELLER_ACCOUNT' });
  });

  it('refuses a key without API read/write, a key of another account and a master account as the place of a ticket', async () => {
    const reader = await givenHelper(server, desk.master, ['api.read'], [desk.north.handle], true);
    const before = await countTickets();
    const input = { workspace: desk.north.handle, type: 'support' as const, customerEmail: 'd@example.com', comment: 'Help' };
    expect(await refusal(reader.caller.tickets.open(input))).toMatchObject({ code: 'FORBIDDEN', appCode: 'API_WRITE_REQUIRED' });
    const northOnly = await givenHelper(server, desk.master, ['api.write'], [desk.north.handle], true);
    expect(await refusal(northOnly.caller.tickets.open({ ...input, workspace: desk.south.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect(await refusal(server.caller().tickets.open(input))).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'NOT_SIGNED_IN' });
    expect(await refusal(desk.master.owner.tickets.open({ ...input, workspace: desk.master.handle }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_SELLER_ACCOUNT' });
    expect(await countTickets()).toBe(before);
  });
});
