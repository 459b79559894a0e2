import { defaultConfig } from '../config.js';
import { DAY } from '../security/clock.js';
import { startTestServer, type TestServer } from './databases.js';
import { givenHelper, givenSale, givenTicketDesk, type GivenHelper, type TicketDesk } from './tickets.js';

/** A test server whose sign-ins last the months a report's story spans: the clock moves by days. */
export function startReportServer(kind: 'pglite' | 'postgres'): Promise<TestServer> {
  const lasting = { idleMs: 400 * DAY, absoluteMs: 400 * DAY };
  return startTestServer(kind, { config: { sessions: { ...defaultConfig.sessions, identity: lasting } } });
}

/** March 2026, the period the story is told in; the days just outside it have tickets too. */
export const march = { from: '2026-03-01', to: '2026-03-31' };

export interface ReportStory {
  desk: TicketDesk;
  /** Orders/Tickets in North and South. */
  ada: GivenHelper;
  /** Orders/Tickets in North only. */
  ben: GivenHelper;
  /** Manage users (and so Reports) in North only. */
  manager: GivenHelper;
  tickets: { t0: number; t1: number; t2: number; t3: number; t4: number };
}

/**
 * A month of tickets in a master account linking North and South, made through the ticket
 * procedures by the host back-end's API user (a third party), the owner and the helpers Ada
 * and Ben, each at its time (UTC):
 *
 * - Feb 28 23:59:59.999 the back-end opens T0, a refund request in North (the day before March);
 * - Mar 1 00:00:00.000 the back-end opens T1, support in North; at 10:00 the owner opens T4,
 *   support in South, for a sale it finds;
 * - Mar 10: Ada changes T1 to a refund (09:00), Ben comments (09:30: “=SUM(A1) — refund, "soon"”),
 *   the owner closes it (10:00), Ada reopens it (11:00) and refunds the sale (12:00);
 * - Mar 15 23:30 in New York (Mar 16 in UTC): Ben closes T1;
 * - Mar 20: Ada closes T4; the owner comments on it;
 * - Mar 31 23:59:59.999 the back-end opens T2, a cancellation in South;
 * - Apr 1 00:00:00.000 the back-end opens T3 in North and Ada comments on T2 (the day after March).
 */
export async function givenReportStory(server: TestServer): Promise<ReportStory> {
  server.clock.set('2026-02-20T09:00:00Z');
  const desk = await givenTicketDesk(server);
  const { north, south, master, backend } = desk;
  const ada = await givenHelper(server, master, ['tickets.manage'], [north.handle, south.handle]);
  const ben = await givenHelper(server, master, ['tickets.manage'], [north.handle]);
  const manager = await givenHelper(server, master, ['members.manage'], [north.handle]);
  await server.deps.db('identities').where({ id: ada.identityId }).update({ name: 'Ada Helper' });
  await server.deps.db('identities').where({ id: ben.identityId }).update({ name: 'Ben Helper' });
  await server.deps.db('identities').where({ id: manager.identityId }).update({ name: 'Mo Manager' });
  await server.deps.db('identities').where({ id: backend.identityId }).update({ name: 'Shop Backend' });
  const m = master.handle;
  const open = async (account: typeof north, at: string, type: 'support' | 'refund' | 'cancellation', sku = 'guide') => {
    server.clock.set(at);
    const sale = await givenSale(backend.caller, account.handle, { sku, occurredAt: '2026-02-01T12:00:00Z' });
    return (await backend.caller.tickets.open({ workspace: account.handle, type, customerEmail: 'ada@example.com', receiptNumber: sale.receiptNumber, comment: 'Please help.' })).number;
  };
  const at = (instant: string) => server.clock.set(instant);

  const t0 = await open(north, '2026-02-28T23:59:59.999Z', 'refund');
  const t1 = await open(north, '2026-03-01T00:00:00.000Z', 'support');
  at('2026-03-01T10:00:00Z');
  const southSale = await givenSale(backend.caller, south.handle, { sku: 'guide', occurredAt: '2026-02-01T12:00:00Z' });
  const t4 = (await master.owner.tickets.openForTransaction({ workspace: m, account: south.handle, receiptNumber: southSale.receiptNumber, type: 'support' })).number;
  at('2026-03-10T09:00:00Z');
  await ada.caller.tickets.changeType({ workspace: m, ticket: t1, type: 'refund' });
  at('2026-03-10T09:30:00Z');
  await ben.caller.tickets.comment({ workspace: m, ticket: t1, text: '=SUM(A1) — refund, "soon"' });
  at('2026-03-10T10:00:00Z');
  await master.owner.tickets.close({ workspace: m, tickets: [t1] });
  at('2026-03-10T11:00:00Z');
  await ada.caller.tickets.reopen({ workspace: m, tickets: [t1] });
  at('2026-03-10T12:00:00Z');
  await ada.caller.tickets.refund({ workspace: m, ticket: t1 });
  at('2026-03-15T23:30:00-05:00');
  await ben.caller.tickets.close({ workspace: m, tickets: [t1] });
  at('2026-03-20T08:00:00Z');
  await ada.caller.tickets.close({ workspace: m, tickets: [t4] });
  await master.owner.tickets.comment({ workspace: m, ticket: t4, text: 'Owner’s own note.' });
  const t2 = await open(south, '2026-03-31T23:59:59.999Z', 'cancellation', 'club');
  const t3 = await open(north, '2026-04-01T00:00:00.000Z', 'support');
  await ada.caller.tickets.comment({ workspace: m, ticket: t2, text: 'After March.' });
  return { desk, ada, ben, manager, tickets: { t0, t1, t2, t3, t4 } };
}
