import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { givenMasterAccount, givenSellerAccount, type GivenMaster } from '../../test-support/marketplace.js';
import { givenHelper, givenSale, givenTicket, givenTicketDesk, type GivenHelper, type TicketDesk } from '../../test-support/tickets.js';

describe.each(databaseKinds)('the accounts a ticket caller works in on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  let northHelper: GivenHelper;
  let other: GivenMaster;
  let northTicket: number;
  let southTicket: number;
  const db = () => server.deps.db;
  const state = async () => ({
    tickets: await db()('tickets').select('number', 'status', 'type', 'customer_email', 'changed_at').orderBy('number'),
    history: Number((await db()('ticket_history').count({ n: '*' }).first())!.n),
    transactions: Number((await db()('transactions').count({ n: '*' }).first())!.n),
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
    northHelper = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle]);
    northTicket = (await givenTicket(desk, desk.north, { type: 'refund' })).number;
    southTicket = (await givenTicket(desk, desk.south, { type: 'refund' })).number;
    other = await givenMasterAccount(server, await givenSellerAccount(server));
  });
  afterAll(() => server.close());

  /** Every ticket procedure of the master account, aimed at one ticket, each called when its turn comes. */
  const everyCall = (caller: ReturnType<TestServer['caller']>, workspace: string, ticket: number) => [
    () => caller.tickets.get({ workspace, ticket }),
    () => caller.tickets.comment({ workspace, ticket, text: 'Looking into it' }),
    () => caller.tickets.close({ workspace, tickets: [ticket] }),
    () => caller.tickets.reopen({ workspace, tickets: [ticket] }),
    () => caller.tickets.changeType({ workspace, ticket, type: 'support' }),
    () => caller.tickets.changeEmail({ workspace, ticket, customerEmail: 'intruder@example.com' }),
    () => caller.tickets.refund({ workspace, ticket, amount: 100 }),
  ];

  it('shows a helper of North nothing of South: not in the list, not by number, and no action reaches it', async () => {
    const listed = await northHelper.caller.tickets.list({ workspace: desk.master.handle });
    expect(listed.tickets.map((t) => t.account.handle)).toEqual([desk.north.handle]);
    expect(listed.total).toBe(1);
    expect(await refusal(northHelper.caller.tickets.list({ workspace: desk.master.handle, account: desk.south.handle }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'ACCOUNT_NOT_LINKED' });
    expect((await northHelper.caller.tickets.list({ workspace: desk.master.handle, ticketNumber: southTicket })).tickets).toEqual([]);
    const before = await state();
    for (const call of everyCall(northHelper.caller, desk.master.handle, southTicket)) {
      expect(await refusal(call())).toMatchObject({ code: 'NOT_FOUND', appCode: 'TICKET_NOT_FOUND' });
    }
    expect(await state()).toEqual(before);
    // The owner works in both.
    expect((await desk.master.owner.tickets.list({ workspace: desk.master.handle })).tickets.map((t) => t.number).sort()).toEqual([northTicket, southTicket].sort());
  });

  it('answers another master account’s numbers as unknown ones, and changes nothing of them', async () => {
    const before = await state();
    for (const call of everyCall(other.owner, other.handle, northTicket)) {
      expect(await refusal(call())).toMatchObject({ code: 'NOT_FOUND', appCode: 'TICKET_NOT_FOUND' });
    }
    for (const call of everyCall(desk.master.owner, desk.master.handle, 999_999_999)) {
      expect(await refusal(call())).toMatchObject({ code: 'NOT_FOUND', appCode: 'TICKET_NOT_FOUND' });
    }
    expect((await other.owner.tickets.list({ workspace: other.handle })).tickets).toEqual([]);
    // A master account's owner cannot name its ticket through another master account's handle.
    expect(await refusal(desk.master.owner.tickets.get({ workspace: other.handle, ticket: northTicket }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect(await state()).toEqual(before);
  });

  it('closes nothing when one ticket of a list is outside the caller’s accounts, and names it', async () => {
    const mine = await givenTicket(desk, desk.north);
    const before = await state();
    const error = await northHelper.caller.tickets
      .close({ workspace: desk.master.handle, tickets: [mine.number, southTicket] })
      .catch((e: unknown) => e as { appCode: string; details: unknown });
    expect(error).toMatchObject({ appCode: 'TICKET_NOT_FOUND', details: { tickets: [southTicket] } });
    expect(await state()).toEqual(before);
  });

  it('follows the account scope from the next call on: a removed account or an unlinked one shows nothing', async () => {
    const both = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle, desk.south.handle]);
    expect((await both.caller.tickets.get({ workspace: desk.master.handle, ticket: southTicket })).number).toBe(southTicket);
    await desk.master.owner.masterUsers.update({ workspace: desk.master.handle, identityId: both.identityId, accounts: [desk.north.handle] });
    expect(await refusal(both.caller.tickets.get({ workspace: desk.master.handle, ticket: southTicket }))).toMatchObject({ appCode: 'TICKET_NOT_FOUND' });
    await desk.master.owner.masterUsers.update({ workspace: desk.master.handle, identityId: both.identityId, enabled: false });
    expect(await refusal(both.caller.tickets.list({ workspace: desk.master.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'MEMBERSHIP_DISABLED' });
  });

  it('opens a ticket for a transaction only where the caller sees it: the owner every sale, Search orders every sale of its accounts, Orders/Tickets alone only sales with a ticket', async () => {
    const fresh = await givenSale(desk.backend.caller, desk.north.handle, { sku: 'club', email: 'fresh@example.com' });
    const ticketed = await givenTicket(desk, desk.north, { sku: 'club' });
    const searcher = await givenHelper(server, desk.master, ['tickets.manage', 'orders.search'], [desk.north.handle]);
    const open = (caller: ReturnType<TestServer['caller']>, receiptNumber: string, account = desk.north.handle) =>
      caller.tickets.openForTransaction({ workspace: desk.master.handle, account, receiptNumber, type: 'cancellation', comment: 'The customer called.' });
    const before = await state();
    expect(await refusal(open(northHelper.caller, fresh.receiptNumber))).toMatchObject({ code: 'NOT_FOUND', appCode: 'RECEIPT_NOT_FOUND' });
    expect(await refusal(open(northHelper.caller, 'NOSUCHSALE'))).toMatchObject({ code: 'NOT_FOUND', appCode: 'RECEIPT_NOT_FOUND' });
    const southSale = await givenSale(desk.backend.caller, desk.south.handle);
    expect(await refusal(open(searcher.caller, southSale.receiptNumber, desk.south.handle))).toMatchObject({ appCode: 'RECEIPT_NOT_FOUND' });
    expect(await refusal(open(other.owner, fresh.receiptNumber))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect({ ...(await state()), transactions: before.transactions }).toEqual(before);

    const second = await open(northHelper.caller, ticketed.receiptNumber!);
    expect(second).toMatchObject({ type: 'cancellation', receiptNumber: ticketed.receiptNumber, customerEmail: 'ada@example.com', status: 'open' });
    expect(second.history).toMatchObject([{ kind: 'opened', text: 'The customer called.', actor: { kind: 'third-party', identityId: northHelper.identityId } }]);
    const bySearcher = await open(searcher.caller, fresh.receiptNumber);
    expect(bySearcher).toMatchObject({ customerEmail: 'fresh@example.com', order: { transactionId: fresh.id } });
    const byOwner = await desk.master.owner.tickets.openForTransaction({
      workspace: desk.master.handle,
      account: desk.south.handle,
      receiptNumber: southSale.receiptNumber,
      type: 'support',
    });
    expect(byOwner.history).toMatchObject([{ kind: 'opened', text: null, actor: { kind: 'owner' } }]);
    // Now the sale has a ticket, so Orders/Tickets alone sees it too.
    expect((await open(northHelper.caller, fresh.receiptNumber)).receiptNumber).toBe(fresh.receiptNumber);
  });

  it('shows the owner no ticket of an account once it is unlinked', async () => {
    const removable = await givenSellerAccount(server);
    const master = await givenMasterAccount(server, removable);
    await master.owner.sales.saveProduct({ workspace: removable.handle, sku: 'guide', name: 'Guide', kind: 'standard' });
    const sale = await givenSale(master.owner, removable.handle);
    const ticket = await master.owner.tickets.openForTransaction({ workspace: master.handle, account: removable.handle, receiptNumber: sale.receiptNumber, type: 'support' });
    await master.owner.master.unlinkAccount({ workspace: master.handle, account: removable.handle });
    expect(await refusal(master.owner.tickets.get({ workspace: master.handle, ticket: ticket.number }))).toMatchObject({ appCode: 'TICKET_NOT_FOUND' });
    expect((await master.owner.tickets.list({ workspace: master.handle })).tickets).toEqual([]);
  });
});
