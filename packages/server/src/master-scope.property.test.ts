import { randomUUID } from 'node:crypto';
import { catalogs, effectivePermissions } from '@foyer/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import type { ProcedureMeta } from './trpc.js';
import { databaseKinds, startTestServer, type TestServer } from './test-support/databases.js';
import { mailedLinkToken, type GivenWorkspace } from './test-support/builders.js';
import { givenMasterAccount, givenSellerAccount, strongPassword, type GivenMaster } from './test-support/marketplace.js';

/**
 * A master account with three linked seller accounts and one seller account it is not linked
 * to; random third-party users with random permissions, random accounts to work in, calling
 * with their session or their API key, some disabled; then random calls naming random
 * accounts. Each call must succeed exactly when the user may work in that account and holds
 * what the call needs, and no call may change any account but the one it names.
 */

type Caller = ReturnType<TestServer['caller']>;
const catalog = catalogs.marketplace;

const probes: Record<string, (caller: Caller, workspace: string) => Promise<unknown>> = {
  'sales.products': (c, workspace) => c.sales.products({ workspace }),
  'sales.transactions': (c, workspace) => c.sales.transactions({ workspace, limit: 3 }),
  'sales.saveProduct': (c, workspace) => c.sales.saveProduct({ workspace, sku: `sku-${randomUUID().slice(0, 8)}`, name: 'Random product', kind: 'recurring' }),
  'sales.record': (c, workspace) =>
    c.sales.record({
      workspace,
      receiptNumber: `P${randomUUID().slice(0, 8).toUpperCase()}`,
      kind: 'sale',
      occurredAt: '2026-11-20T12:00:00Z',
      productSku: 'starter',
      customer: { name: 'Random Buyer', email: 'buyer@example.com' },
      amount: 1234,
      currency: 'USD',
    }),
  'sales.recordMany': (c, workspace) =>
    c.sales.recordMany({
      workspace,
      transactions: [
        {
          receiptNumber: `P${randomUUID().slice(0, 8).toUpperCase()}`,
          kind: 'sale',
          occurredAt: '2026-11-20T12:00:00Z',
          productSku: 'starter',
          customer: { name: 'Random Buyer', email: 'buyer@example.com' },
          amount: 1234,
          currency: 'USD',
        },
      ],
    }),
  'tickets.open': (c, workspace) => c.tickets.open({ workspace, type: 'support', customerEmail: 'buyer@example.com', comment: 'Random question' }),
  'tickets.ofAccount': (c, workspace) => c.tickets.ofAccount({ workspace, limit: 5 }),
};
const probeNames = Object.keys(probes);

/**
 * The master account's ticket procedures, aimed at a ticket of the account: they need
 * Orders/Tickets, and a ticket of an account outside the user's scope is not found.
 */
const ticketProbes: Record<string, (caller: Caller, master: string, ticket: number, account: string) => Promise<unknown>> = {
  'tickets.get': (c, workspace, ticket) => c.tickets.get({ workspace, ticket }),
  'tickets.list': (c, workspace, _ticket, account) => c.tickets.list({ workspace, account }),
  'tickets.comment': (c, workspace, ticket) => c.tickets.comment({ workspace, ticket, text: 'Random comment' }),
};
/** The master account's reports, of one account: they need Reports, and an account outside the user's scope is not found. */
const reportProbes: typeof ticketProbes = {
  'reports.ticketsCreated': (c, workspace, _ticket, account) => c.reports.ticketsCreated({ workspace, from: '2026-11-01', to: '2026-11-30', account }),
  'reports.thirdPartyComments': (c, workspace, _ticket, account) => c.reports.thirdPartyComments({ workspace, from: '2026-11-01', to: '2026-11-30', account }),
};
const masterProbes = { ...ticketProbes, ...reportProbes };
const ticketProbeNames = Object.keys(masterProbes);

/** Each account's two sales to the scoped customer: one with a ticket, one without. */
interface ScopedSales {
  ticketed: string;
  unticketed: string;
}

/**
 * The master account's transaction procedures, aimed at an account's sales: they need Search
 * orders or Orders/Tickets, find nothing outside the user's accounts, and show Orders/Tickets
 * alone only the sale that has a ticket.
 */
const transactionProbes: Record<string, { path: string; call: (caller: Caller, master: string, account: string, sales: ScopedSales) => Promise<unknown> }> = {
  'transactions.search': {
    path: 'transactions.search',
    call: async (c, workspace, account) => (await c.transactions.search({ workspace, account, customer: 'scoped customer' })).transactions.map((t) => t.id).sort(),
  },
  'transactions.get (ticketed)': { path: 'transactions.get', call: (c, workspace, account, sales) => c.transactions.get({ workspace, account, transaction: sales.ticketed }) },
  'transactions.get (no ticket)': { path: 'transactions.get', call: (c, workspace, account, sales) => c.transactions.get({ workspace, account, transaction: sales.unticketed }) },
};
const transactionProbeNames = Object.keys(transactionProbes);
const metaOf = (path: string) => (appRouter._def.procedures as Record<string, { _def: { meta?: ProcedureMeta; type: 'query' | 'mutation' } }>)[path]!._def;

describe.each(databaseKinds)('a master account’s users in its linked accounts under random calls on %s', (kind) => {
  let server: TestServer;
  let master: GivenMaster;
  let accounts: GivenWorkspace[];
  let tickets: number[];
  let sales: ScopedSales[];
  let counter = 0;

  beforeAll(async () => {
    server = await startTestServer(kind);
    accounts = [await givenSellerAccount(server), await givenSellerAccount(server), await givenSellerAccount(server), await givenSellerAccount(server)];
    // The fourth account is not linked: nobody of the master account may work in it.
    master = await givenMasterAccount(server, accounts[0]!, accounts[1]!, accounts[2]!);
    for (const account of accounts) await account.owner.sales.saveProduct({ workspace: account.handle, sku: 'starter', name: 'Starter kit', kind: 'standard' });
    tickets = [];
    for (const account of accounts) {
      tickets.push((await account.owner.tickets.open({ workspace: account.handle, type: 'support', customerEmail: 'buyer@example.com', comment: 'First question' })).number);
    }
    sales = [];
    for (const account of accounts) {
      const sale = (receiptNumber: string) =>
        account.owner.sales.record({
          workspace: account.handle,
          receiptNumber,
          kind: 'sale',
          occurredAt: '2026-11-19T12:00:00Z',
          productSku: 'starter',
          customer: { name: 'Scoped Customer', email: 'scoped@example.com' },
          amount: 990,
          currency: 'EUR',
        });
      const ticketed = await sale(`T${randomUUID().slice(0, 8).toUpperCase()}`);
      const unticketed = await sale(`U${randomUUID().slice(0, 8).toUpperCase()}`);
      await account.owner.tickets.open({ workspace: account.handle, type: 'refund', customerEmail: 'scoped@example.com', receiptNumber: ticketed.receiptNumber, comment: 'Refund, please' });
      sales.push({ ticketed: ticketed.id, unticketed: unticketed.id });
    }
  }, 60_000);
  afterAll(() => server.close());

  const snapshot = async (ids: string[]) =>
    JSON.stringify([
      await server.deps.db('products').whereIn('workspace_id', ids).orderBy('id'),
      await server.deps.db('transactions').whereIn('workspace_id', ids).orderBy('id'),
      await server.deps.db('tickets').whereIn('workspace_id', ids).orderBy('number'),
      await server.deps.db('ticket_history').whereIn('workspace_id', ids).orderBy('id'),
    ]);

  const userArbitrary = fc.record({
    permissions: fc.subarray(Object.keys(catalog.permissions), { minLength: 1 }),
    accounts: fc.subarray([0, 1, 2]),
    via: fc.constantFrom('session', 'key'),
    disabled: fc.boolean(),
  });
  const worldArbitrary = fc.record({
    users: fc.array(userArbitrary, { minLength: 1, maxLength: 3 }),
    calls: fc.array(fc.record({ caller: fc.nat(), account: fc.nat({ max: 3 }), probe: fc.constantFrom(...probeNames, ...ticketProbeNames, ...transactionProbeNames) }), {
      minLength: 4,
      maxLength: 10,
    }),
  });

  it('lets a call succeed exactly when its user may work in the account and holds what the call needs', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const people: Array<{ caller: Caller; held: Set<string>; accounts: Set<number>; withKey: boolean; disabled: boolean; owner: boolean }> = [
          { caller: master.owner, held: effectivePermissions(catalog, Object.keys(catalog.permissions)), accounts: new Set([0, 1, 2]), withKey: false, disabled: false, owner: true },
        ];
        for (const user of world.users) {
          const email = `scope-${kind}-${counter++}@example.com`;
          const apiOnly = user.via === 'key' && counter % 2 === 0;
          const { user: created, apiKey } = await master.owner.masterUsers.create({
            workspace: master.handle,
            email,
            firstName: 'Random',
            lastName: 'User',
            apiOnly,
            role: { permissions: user.permissions },
            accounts: user.accounts.map((i) => accounts[i]!.handle),
          });
          let caller: Caller;
          if (user.via === 'key') caller = server.caller(apiKey);
          else {
            const signedIn = await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, email, 'password-reset'), password: strongPassword });
            if (signedIn.secondFactorRequired) throw new Error('unexpected second factor');
            caller = server.caller(signedIn.token);
          }
          if (user.disabled) await master.owner.masterUsers.update({ workspace: master.handle, identityId: created.identityId, enabled: false });
          people.push({
            caller,
            held: effectivePermissions(catalog, user.permissions),
            accounts: new Set(user.accounts),
            withKey: user.via === 'key',
            disabled: user.disabled,
            owner: false,
          });
        }
        for (const call of world.calls) {
          const person = people[call.caller % people.length]!;
          const account = accounts[call.account]!;
          const onTransactions = call.probe in transactionProbes;
          const def = metaOf(onTransactions ? transactionProbes[call.probe]!.path : call.probe);
          const others = accounts.filter((a) => a !== account).map((a) => a.id);
          const before = { others: await snapshot(others), target: await snapshot([account.id]) };
          const onMaster = call.probe in masterProbes;
          const made = onTransactions
            ? transactionProbes[call.probe]!.call(person.caller, master.handle, account.handle, sales[call.account]!)
            : onMaster
              ? masterProbes[call.probe]!(person.caller, master.handle, tickets[call.account]!, account.handle)
              : probes[call.probe]!(person.caller, account.handle);
          const outcome = await made.then(
            (result) => ({ ok: true as const, ...(call.probe === 'transactions.search' ? { found: result } : {}) }),
            (error: { code?: string; appCode?: string }) => ({ ok: false as const, code: error.code, appCode: error.appCode }),
          );
          const label = `${call.probe} in account ${call.account} by ${person.owner ? 'the owner' : `a user of ${[...person.accounts]} holding ${[...person.held]}${person.withKey ? ' with its key' : ''}${person.disabled ? ', disabled' : ''}`}`;
          const apiPermission = def.type === 'query' ? 'api.read' : 'api.write';
          if (onTransactions) {
            // On the master account: its membership, the permission, the account's scope, then what the permission shows.
            const seesAll = person.owner || person.held.has('orders.search');
            const own = sales[call.account]!;
            if (person.disabled) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN', appCode: 'MEMBERSHIP_DISABLED' });
            else if (person.withKey && !person.held.has('api.read')) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
            else if (!seesAll && !person.held.has('tickets.manage')) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN', appCode: 'FORBIDDEN' });
            else if (!person.accounts.has(call.account)) expect(outcome, label).toMatchObject({ ok: false, code: 'NOT_FOUND' });
            else if (call.probe === 'transactions.search') expect(outcome, label).toEqual({ ok: true, found: (seesAll ? [own.ticketed, own.unticketed] : [own.ticketed]).sort() });
            else if (call.probe === 'transactions.get (no ticket)' && !seesAll) expect(outcome, label).toMatchObject({ ok: false, code: 'NOT_FOUND', appCode: 'TRANSACTION_NOT_FOUND' });
            else expect(outcome, label).toEqual({ ok: true });
          } else if (onMaster) {
            // On the master account itself: its membership first, then the permission, then the ticket's (or report's) account.
            if (person.disabled) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN', appCode: 'MEMBERSHIP_DISABLED' });
            else if (person.withKey && !person.held.has(apiPermission)) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
            else if (!person.held.has(def.meta!.permission!)) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN', appCode: 'FORBIDDEN' });
            else if (!person.accounts.has(call.account)) expect(outcome, label).toMatchObject({ ok: false, code: 'NOT_FOUND' });
            else expect(outcome, label).toEqual({ ok: true });
          } else if (!person.accounts.has(call.account)) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
          else if (person.disabled) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN', appCode: 'MEMBERSHIP_DISABLED' });
          else if (person.withKey && !person.held.has(apiPermission)) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          else if (!person.held.has(def.meta!.permission!)) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          else expect(outcome, label).toEqual({ ok: true });
          expect(await snapshot(others), `${label} changed another account`).toBe(before.others);
          if (!outcome.ok) expect(await snapshot([account.id]), `${label} was refused but changed something`).toBe(before.target);
        }
      }),
      { numRuns: 10, endOnFailure: true },
    );
  }, 240_000);
});
