// A master account's ticket desk for the ticket and transaction elements, built as a seller,
// its helpers and its host back-end build one: the master account shell (see
// master-shell-fixtures.mjs), then products, sales and tickets recorded through the API with
// the back-end's key, and tickets worked by the owner. Nothing is written to tables directly.
import { appRouter, createCallerFactory, createContextInner } from '@foyer/server';
import { mailedToken, masterShellFixtures, strongPassword } from './master-shell-fixtures.mjs';

const createCaller = createCallerFactory(appRouter);
const DAY = 24 * 60 * 60 * 1000;

/** Noon (UTC) `daysAgo` days before now: sales lie in the past, apart from each other. */
const daysAgo = (days, minutes = 0) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12, minutes) - days * DAY).toISOString();

const sale = (receiptNumber, sku, days, customer, amount, currency = 'USD', tax) => ({
  receiptNumber,
  kind: 'sale',
  occurredAt: daysAgo(days),
  productSku: sku,
  customer,
  amount,
  currency,
  ...(tax === undefined ? {} : { tax }),
});

const person = (name) => ({ name, email: `${name.split(' ')[0].toLowerCase()}@example.com` });

/** How many support tickets beside the named ones North has, so that the list takes pages. */
const fillers = 16;

/**
 * The master-account shell's North and South shops (its owner, `full`, `orders`, `manager`),
 * one more user `searcher` with Search orders alone in North, and:
 *
 * North sells the standard "The Seller’s Guide" (guide) and the recurring "Monthly Club"
 * (club). Its tickets, in the order opened (South's eve and fay between the fillers and ada):
 *   fillers  16 support tickets of guide sales F-01 … F-16, open, fillerNN@example.com
 *   ada      support, open, sale N-1001 guide 47.00 USD (tax 7.50) to Ada Buyer
 *   bea      refund, open, sale N-1002 club 19.00 EUR
 *   cleo     cancellation of club sale N-1003, closed by the owner
 *   dan      support without a sale, closed and reopened by the owner
 * and sales without a ticket: N-3001 guide (refunded 10.00 by the back-end) and N-3002 club.
 * South: eve (refund, open, sale S-1001 guide 120.00 USD), fay (support, closed, sale S-1002
 * club 9.00 USD) and S-3001, a guide sale without a ticket.
 */
async function ticketDesk(context) {
  const shell = await masterShellFixtures['master-shell'](context);
  const { deps } = context;
  const source = `fixture-desk-${shell.master.handle}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const owner = caller(shell.owner.token);
  const workspace = shell.master.handle;
  const [north, south] = shell.accounts;

  for (const account of [north, south]) {
    await owner.sales.saveProduct({ workspace: account.handle, sku: 'guide', name: 'The Seller’s Guide', kind: 'standard' });
    await owner.sales.saveProduct({ workspace: account.handle, sku: 'club', name: 'Monthly Club', kind: 'recurring' });
  }
  const created = await owner.masterUsers.create({
    workspace,
    apiOnly: true,
    email: `backend-${workspace}@example.com`,
    description: 'The shops’ host back-end',
    firstName: 'Shop',
    lastName: 'Backend',
    role: { permissions: ['api.write'] },
    accounts: [north.handle, south.handle],
  });
  const backend = caller(created.apiKey);

  const searcherEmail = `searcher-${workspace}@example.com`;
  const searcherUser = await owner.masterUsers.create({
    workspace,
    email: searcherEmail,
    description: 'Looks orders up',
    firstName: 'Sid',
    lastName: 'Searcher',
    role: { permissions: ['orders.search'] },
    accounts: [north.handle],
  });
  const searcherSignIn = await caller(null).identity.resetPassword({ token: await mailedToken(deps, searcherEmail, 'password-reset'), password: strongPassword });

  await backend.sales.recordMany({
    workspace: north.handle,
    transactions: [
      ...Array.from({ length: fillers }, (_, i) => sale(`F-${String(i + 1).padStart(2, '0')}`, 'guide', 40 - i, person(`Filler${String(i + 1).padStart(2, '0')} Customer`), 2500)),
      sale('N-1001', 'guide', 20, { name: 'Ada Buyer', email: 'ada@example.com', locale: 'en' }, 4700, 'USD', 750),
      sale('N-1002', 'club', 18, { name: 'Bea Buyer', email: 'bea@example.com' }, 1900, 'EUR'),
      sale('N-1003', 'club', 16, { name: 'Cleo Buyer', email: 'cleo@example.com' }, 1900, 'EUR'),
      sale('N-3001', 'guide', 12, { name: 'Gus Quiet', email: 'gus@example.com' }, 4700),
      { ...sale('N-3001', 'guide', 11, { name: 'Gus Quiet', email: 'gus@example.com' }, 1000), kind: 'refund' },
      sale('N-3002', 'club', 10, { name: 'Hal Quiet', email: 'hal@example.com' }, 1900, 'EUR'),
    ],
  });
  await backend.sales.recordMany({
    workspace: south.handle,
    transactions: [
      sale('S-1001', 'guide', 15, { name: 'Eve Buyer', email: 'eve@example.com' }, 12000),
      sale('S-1002', 'club', 14, { name: 'Fay Buyer', email: 'fay@example.com' }, 900),
      sale('S-3001', 'guide', 9, { name: 'Ivy Quiet', email: 'ivy@example.com' }, 4700),
    ],
  });

  const open = async (account, type, customerEmail, receiptNumber, comment) =>
    (await backend.tickets.open({ workspace: account.handle, type, customerEmail, ...(receiptNumber ? { receiptNumber } : {}), comment })).number;
  const filler = [];
  for (let i = 1; i <= fillers; i++) {
    const nn = String(i).padStart(2, '0');
    filler.push(await open(north, 'support', `filler${nn}@example.com`, `F-${nn}`, `Question number ${nn}.`));
  }
  const tickets = {
    eve: await open(south, 'refund', 'eve@example.com', 'S-1001', 'Please refund: it was bought twice.'),
    fay: await open(south, 'support', 'fay@example.com', 'S-1002', 'The club mail never arrives.'),
    ada: await open(north, 'support', 'ada@example.com', 'N-1001', 'The download link does not work.'),
    bea: await open(north, 'refund', 'bea@example.com', 'N-1002', 'I would like my money back.'),
    cleo: await open(north, 'cancellation', 'cleo@example.com', 'N-1003', 'Please stop the club.'),
    dan: await open(north, 'support', 'dan@example.com', undefined, 'Which plan suits me?'),
  };
  await owner.tickets.close({ workspace, tickets: [tickets.cleo, tickets.dan, tickets.fay] });
  await owner.tickets.reopen({ workspace, tickets: [tickets.dan] });

  return {
    ...shell,
    users: { ...shell.users, searcher: { email: searcherEmail, name: 'Sid Searcher', identityId: searcherUser.user.identityId, token: searcherSignIn.token } },
    tickets,
    fillers: filler,
  };
}

export const ticketFixtures = {
  'ticket-desk': ticketDesk,
};
