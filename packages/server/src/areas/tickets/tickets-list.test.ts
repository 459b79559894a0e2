import type { ListTicketsInput, TicketSummary } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { givenHelper, givenTicket, givenTicketDesk, type GivenHelper, type TicketDesk } from '../../test-support/tickets.js';

type Opened = { number: number; receiptNumber: string | null; account: string; type: string; status: string; kind: string | null; email: string };

describe.each(databaseKinds)('the master account’s ticket list on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  let helper: GivenHelper;
  const opened: Opened[] = [];
  const list = (input: Omit<ListTicketsInput, 'workspace'> = {}) => desk.master.owner.tickets.list({ workspace: desk.master.handle, ...input });
  const numbers = (tickets: TicketSummary[]) => tickets.map((t) => t.number);
  /** Every page of a list, following the cursors. */
  const allPages = async (input: Omit<ListTicketsInput, 'workspace'>) => {
    const seen: TicketSummary[] = [];
    let after: string | undefined;
    do {
      const page = await list({ ...input, after });
      seen.push(...page.tickets);
      after = page.nextCursor ?? undefined;
    } while (after);
    return seen;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
    helper = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle]);
    // Twelve tickets, a minute apart, of every type, status and product kind, in both accounts.
    const plan = [
      { account: desk.north, type: 'support', sku: 'guide', status: 'open' },
      { account: desk.south, type: 'refund', sku: 'guide', status: 'closed' },
      { account: desk.north, type: 'cancellation', sku: 'club', status: 'reopened' },
      { account: desk.south, type: 'support', sku: 'club', status: 'open' },
      { account: desk.north, type: 'refund', sku: 'guide', status: 'open' },
      { account: desk.south, type: 'support', sku: null, status: 'open' },
      { account: desk.north, type: 'refund', sku: 'club', status: 'closed' },
      { account: desk.south, type: 'cancellation', sku: 'club', status: 'open' },
      { account: desk.north, type: 'support', sku: null, status: 'reopened' },
      { account: desk.south, type: 'refund', sku: 'guide', status: 'open' },
      { account: desk.north, type: 'support', sku: 'club', status: 'closed' },
      { account: desk.south, type: 'refund', sku: 'club', status: 'open' },
    ] as const;
    for (const [i, p] of plan.entries()) {
      server.clock.advance(60_000);
      const email = i % 3 === 0 ? `grace.hopper${i}@navy.example` : `buyer${i}@example.com`;
      const t = await givenTicket(desk, p.account, { type: p.type, sku: p.sku ?? undefined, sale: p.sku !== null, email });
      if (p.status !== 'open') await desk.master.owner.tickets.close({ workspace: desk.master.handle, tickets: [t.number] });
      if (p.status === 'reopened') await desk.master.owner.tickets.reopen({ workspace: desk.master.handle, tickets: [t.number] });
      opened.push({ ...t, account: p.account.handle, type: p.type, status: p.status, kind: p.sku === null ? null : p.sku === 'club' ? 'recurring' : 'standard', email });
    }
  });
  afterAll(() => server.close());

  const expected = (keep: (t: Opened) => boolean) =>
    opened
      .filter(keep)
      .map((t) => t.number)
      .reverse();

  it('lists every account’s tickets newest first, with how many there are of each status', async () => {
    const page = await list();
    expect(numbers(page.tickets)).toEqual(expected(() => true));
    expect(page).toMatchObject({ total: 12, totalExact: true, byStatus: { open: 7, reopened: 2, closed: 3 }, nextCursor: null });
    expect(page.tickets[0]).toMatchObject({ account: { handle: desk.south.handle }, type: 'refund', status: 'open', productKind: 'recurring', customerEmail: 'buyer11@example.com' });
    const oldest = await list({ sort: 'oldest' });
    expect(numbers(oldest.tickets)).toEqual(expected(() => true).reverse());
  });

  it('filters by status (one or several), type, product type and account, and counts what the filters match', async () => {
    const open = await list({ status: ['open'] });
    expect(numbers(open.tickets)).toEqual(expected((t) => t.status === 'open'));
    expect(open.total).toBe(7);
    const notClosed = await list({ status: ['open', 'reopened'] });
    expect(numbers(notClosed.tickets)).toEqual(expected((t) => t.status !== 'closed'));
    const refunds = await list({ type: 'refund' });
    expect(numbers(refunds.tickets)).toEqual(expected((t) => t.type === 'refund'));
    expect(refunds).toMatchObject({ total: 5, byStatus: { open: 3, reopened: 0, closed: 2 } });
    const openRefunds = await list({ type: 'refund', status: ['open'] });
    expect(numbers(openRefunds.tickets)).toEqual(expected((t) => t.type === 'refund' && t.status === 'open'));
    expect(openRefunds.total).toBe(3);
    const recurring = await list({ productKind: 'recurring' });
    expect(numbers(recurring.tickets)).toEqual(expected((t) => t.kind === 'recurring'));
    expect(recurring.total).toBe(6);
    const standard = await list({ productKind: 'standard', status: ['open'] });
    expect(numbers(standard.tickets)).toEqual(expected((t) => t.kind === 'standard' && t.status === 'open'));
    // "Both" is every ticket, those without a sale too.
    expect((await list({ productKind: 'both' })).total).toBe(12);
    const north = await list({ account: desk.north.handle, type: 'support' });
    expect(numbers(north.tickets)).toEqual(expected((t) => t.account === desk.north.handle && t.type === 'support'));
    expect(north.total).toBe(3);
  });

  it('searches by a part of the customer’s email, by ticket number and by receipt number, together with the filters', async () => {
    const grace = await list({ customerEmail: 'HOPPER' });
    expect(numbers(grace.tickets)).toEqual(expected((t) => t.email.includes('hopper')));
    expect(grace).toMatchObject({ total: 4, totalExact: true, byStatus: null });
    expect(numbers((await list({ customerEmail: 'hopper', status: ['open'] })).tickets)).toEqual(expected((t) => t.email.includes('hopper') && t.status === 'open'));
    // % and _ are letters like any other in the search.
    expect((await list({ customerEmail: 'buyer%' })).tickets).toEqual([]);
    expect((await list({ customerEmail: 'r_1' })).tickets).toEqual([]);
    // Dots, @ and the like are part of the piece: "E.HOPPER" is grace.hopper's, "Y.HOPPER" nobody's, "q" is no dot.
    expect(numbers((await list({ customerEmail: 'E.HOPPER' })).tickets)).toEqual(expected((t) => t.email.includes('e.hopper')));
    expect((await list({ customerEmail: 'Y.HOPPER' })).tickets).toEqual([]);
    expect((await list({ customerEmail: 'eqhopper' })).tickets).toEqual([]);
    // The index writes marks as digits; a digit typed is still a digit, never a mark.
    expect((await list({ customerEmail: 'e0hopper' })).tickets).toEqual([]);
    expect((await list({ customerEmail: '31navy' })).tickets).toEqual([]);
    expect(numbers((await list({ customerEmail: '3@navy' })).tickets)).toEqual(expected((t) => t.email.includes('3@navy')));
    expect((await list({ customerEmail: '3qnavy' })).tickets).toEqual([]);
    const target = opened[4]!;
    expect(numbers((await list({ ticketNumber: target.number })).tickets)).toEqual([target.number]);
    expect((await list({ ticketNumber: target.number, type: 'support' })).tickets).toEqual([]);
    const byReceipt = await list({ receiptNumber: target.receiptNumber!.toLowerCase() });
    expect(numbers(byReceipt.tickets)).toEqual([target.number]);
    expect(byReceipt.total).toBe(1);
    expect((await list({ receiptNumber: 'NOSUCHRECEIPT' })).total).toBe(0);
    expect(await refusal(list({ customerEmail: 'ab' }))).toMatchObject({ appCode: 'INVALID_INPUT' });
  });

  it('pages by cursor, and a page stays where it was when tickets are opened meanwhile', async () => {
    const whole = await list();
    const first = await list({ limit: 5 });
    expect(numbers(first.tickets)).toEqual(numbers(whole.tickets).slice(0, 5));
    expect(first.total).toBe(12);
    server.clock.advance(60_000);
    const newer = await givenTicket(desk, desk.north);
    const second = await list({ limit: 5, after: first.nextCursor! });
    expect(numbers(second.tickets)).toEqual(numbers(whole.tickets).slice(5, 10));
    const third = await list({ limit: 5, after: second.nextCursor! });
    expect(numbers(third.tickets)).toEqual(numbers(whole.tickets).slice(10));
    expect(third.nextCursor).toBeNull();
    // Every page of every sort and filter together is the list, each ticket once.
    for (const sort of ['newest', 'oldest', 'changed'] as const) {
      for (const filter of [{}, { status: ['open' as const] }, { type: 'refund' as const }, { productKind: 'recurring' as const }, { customerEmail: 'example' }]) {
        const paged = await allPages({ sort, limit: 2, ...filter });
        const once = await list({ sort, limit: 100, ...filter });
        expect(numbers(paged), `${sort} ${JSON.stringify(filter)}`).toEqual(numbers(once.tickets));
      }
    }
    opened.push({ ...newer, account: desk.north.handle, type: 'support', status: 'open', kind: 'standard', email: 'ada@example.com' });
  });

  it('finds a ticket by its new email once the email is changed, and no longer by the old one', async () => {
    const t = await givenTicket(desk, desk.south, { type: 'support', email: 'margaret.quill@old.example' });
    expect(numbers((await list({ customerEmail: 'quill@old' })).tickets)).toEqual([t.number]);
    await desk.master.owner.tickets.changeEmail({ workspace: desk.master.handle, ticket: t.number, customerEmail: 'margaret.quill@new.example' });
    expect(numbers((await list({ customerEmail: 'quill@new' })).tickets)).toEqual([t.number]);
    expect((await list({ customerEmail: 'quill@old' })).tickets).toEqual([]);
    // Found in its own account only: the other account's list does not hold it.
    expect((await list({ customerEmail: 'quill@new', account: desk.north.handle })).tickets).toEqual([]);
    await desk.master.owner.tickets.changeEmail({ workspace: desk.master.handle, ticket: t.number, customerEmail: 'margaret.quill@old.example' });
    expect(numbers((await list({ customerEmail: 'quill@old' })).tickets)).toEqual([t.number]);
    opened.push({ ...t, account: desk.south.handle, type: 'support', status: 'open', kind: 'standard', email: 'margaret.quill@old.example' });
  });

  it('sorts recently changed first', async () => {
    const quiet = opened[0]!;
    server.clock.advance(60_000);
    await desk.master.owner.tickets.comment({ workspace: desk.master.handle, ticket: quiet.number, text: 'Still there?' });
    const changed = await list({ sort: 'changed' });
    expect(changed.tickets[0]!.number).toBe(quiet.number);
    const times = changed.tickets.map((t) => t.changedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('refuses a cursor of another sort or one that is not a cursor', async () => {
    const page = await list({ limit: 2 });
    expect(await refusal(list({ sort: 'oldest', after: page.nextCursor! }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_CURSOR' });
    expect(await refusal(list({ after: 'not-a-cursor' }))).toMatchObject({ appCode: 'INVALID_CURSOR' });
    const forged = Buffer.from(JSON.stringify({ s: 'newest', k: "2026-01-01'; drop table tickets; --", n: 1 })).toString('base64url');
    expect(await refusal(list({ after: forged }))).toMatchObject({ appCode: 'INVALID_CURSOR' });
    expect(await refusal(list({ limit: 101 }))).toMatchObject({ appCode: 'INVALID_INPUT' });
    expect(await refusal(list({ status: [] }))).toMatchObject({ appCode: 'INVALID_INPUT' });
  });

  it('lists and counts for a helper only the accounts it works in', async () => {
    const page = await helper.caller.tickets.list({ workspace: desk.master.handle });
    expect(numbers(page.tickets)).toEqual(numbers((await list({ account: desk.north.handle })).tickets));
    expect(page.total).toBe(opened.filter((t) => t.account === desk.north.handle).length);
    expect((await helper.caller.tickets.list({ workspace: desk.master.handle, customerEmail: 'hopper' })).total).toBe(
      opened.filter((t) => t.account === desk.north.handle && t.email.includes('hopper')).length,
    );
  });
});
