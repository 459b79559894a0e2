import type { TestServer } from './databases.js';
import { mailedLinkToken, type GivenWorkspace } from './builders.js';
import { givenMasterAccount, givenSellerAccount, strongPassword, type GivenMaster } from './marketplace.js';

type Caller = ReturnType<TestServer['caller']>;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

/** A sale recorded as a host back-end records one: a new receipt, the product by its code. */
export async function givenSale(
  caller: Caller,
  account: string,
  options: { sku?: string; amount?: number; email?: string; occurredAt?: string; currency?: string } = {},
): Promise<{ receiptNumber: string; id: string }> {
  const recorded = await caller.sales.record({
    workspace: account,
    receiptNumber: `T${unique()}`,
    kind: 'sale',
    occurredAt: options.occurredAt ?? '2026-11-03T10:15:00Z',
    productSku: options.sku ?? 'guide',
    customer: { name: 'Ada Buyer', email: options.email ?? 'ada@example.com' },
    amount: options.amount ?? 4700,
    currency: options.currency ?? 'USD',
  });
  return { receiptNumber: recorded.receiptNumber, id: recorded.id };
}

export interface GivenHelper {
  identityId: string;
  email: string;
  caller: Caller;
}

/**
 * A third-party user of the master account, created by its owner, who confirms the mailed link
 * and sets a password, as a helper does; `apiOnly` users get their key as `caller` instead.
 */
export async function givenHelper(server: TestServer, master: GivenMaster, permissions: string[], accounts: string[], apiOnly = false): Promise<GivenHelper> {
  const email = `helper-${unique().toLowerCase()}@example.com`;
  const created = await master.owner.masterUsers.create({ workspace: master.handle, email, firstName: 'Hana', lastName: 'Helper', apiOnly, role: { permissions }, accounts });
  if (apiOnly) return { identityId: created.user.identityId, email, caller: server.caller(created.apiKey) };
  const signedIn = await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, email, 'password-reset'), password: strongPassword });
  if (signedIn.secondFactorRequired) throw new Error('the helper has a second factor');
  return { identityId: created.user.identityId, email, caller: server.caller(signedIn.token) };
}

export interface TicketDesk {
  north: GivenWorkspace;
  south: GivenWorkspace;
  master: GivenMaster;
  /** The master account's API-only user with API read/write in North and South: the host back-end. */
  backend: GivenHelper;
}

/**
 * A master account linking North and South, each selling a standard guide and a recurring
 * club, and its host back-end's API user.
 */
export async function givenTicketDesk(server: TestServer): Promise<TicketDesk> {
  const north = await givenSellerAccount(server);
  const south = await givenSellerAccount(server);
  const master = await givenMasterAccount(server, north, south);
  for (const account of [north, south]) {
    await master.owner.sales.saveProduct({ workspace: account.handle, sku: 'guide', name: 'The Seller’s Guide', kind: 'standard' });
    await master.owner.sales.saveProduct({ workspace: account.handle, sku: 'club', name: 'Monthly Club', kind: 'recurring' });
  }
  const backend = await givenHelper(server, master, ['api.write'], [north.handle, south.handle], true);
  return { north, south, master, backend };
}

/** A ticket opened by the back-end, on a new sale unless `sale: false`. */
export async function givenTicket(
  desk: TicketDesk,
  account: GivenWorkspace,
  options: { type?: 'support' | 'refund' | 'cancellation'; sku?: string; amount?: number; email?: string; sale?: boolean } = {},
): Promise<{ number: number; receiptNumber: string | null }> {
  const sale = options.sale === false ? null : await givenSale(desk.backend.caller, account.handle, { sku: options.sku, amount: options.amount, email: options.email });
  const ticket = await desk.backend.caller.tickets.open({
    workspace: account.handle,
    type: options.type ?? 'support',
    customerEmail: options.email ?? 'ada@example.com',
    receiptNumber: sale?.receiptNumber,
    comment: 'The download link does not work.',
  });
  return { number: ticket.number, receiptNumber: sale?.receiptNumber ?? null };
}
