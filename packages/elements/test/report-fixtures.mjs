// A master account's reports for <report-view>, built as a seller, its helpers and its host
// back-end build one: the master account shell (see master-shell-fixtures.mjs), then sales and
// tickets recorded with the back-end's API key and worked by the owner and the users, all today
// (UTC) through the ticket procedures. Nothing is written to tables directly.
import { appRouter, createCallerFactory, createContextInner } from '@foyer/server';
import { masterShellFixtures } from './master-shell-fixtures.mjs';

const createCaller = createCallerFactory(appRouter);

/** How many comments Fran writes on South's ticket, so that the comments take two pages. */
const franComments = 55;

/**
 * The shell's North and South shops, its owner and users (`full` Fran: every permission in
 * both; `orders` Otto: Orders/Tickets in North; `manager` Maja: Manage users in North), and its
 * host back-end, the API-only user "Shop Backend". Today the back-end opened, from sales:
 *   n1  support in North: Otto changed it to a refund, commented “=1+1 is not a formula” and closed it
 *   n2  refund in North
 *   s1  support in South: the owner closed it, then reopened it; Fran commented 55 times (“South note 1” …)
 */
async function reportDesk(context) {
  const shell = await masterShellFixtures['master-shell'](context);
  const { deps } = context;
  const source = `fixture-reports-${shell.master.handle}`;
  const caller = (token) => createCaller(createContextInner(deps, { token, source }));
  const owner = caller(shell.owner.token);
  const workspace = shell.master.handle;
  const [north, south] = shell.accounts;
  for (const account of [north, south]) await owner.sales.saveProduct({ workspace: account.handle, sku: 'guide', name: 'The Seller’s Guide', kind: 'standard' });
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
  const now = new Date().toISOString();
  const open = async (account, receiptNumber, type) => {
    await backend.sales.record({
      workspace: account.handle,
      receiptNumber,
      kind: 'sale',
      occurredAt: now,
      productSku: 'guide',
      customer: { name: 'Ada Buyer', email: 'ada@example.com' },
      amount: 4700,
      currency: 'USD',
    });
    return (await backend.tickets.open({ workspace: account.handle, type, customerEmail: 'ada@example.com', receiptNumber, comment: 'Please help.' })).number;
  };
  const tickets = { n1: await open(north, 'R-N1', 'support'), n2: await open(north, 'R-N2', 'refund'), s1: await open(south, 'R-S1', 'support') };
  const otto = caller(shell.users.orders.token);
  await otto.tickets.changeType({ workspace, ticket: tickets.n1, type: 'refund' });
  await otto.tickets.comment({ workspace, ticket: tickets.n1, text: '=1+1 is not a formula' });
  await otto.tickets.close({ workspace, tickets: [tickets.n1] });
  await owner.tickets.close({ workspace, tickets: [tickets.s1] });
  await owner.tickets.reopen({ workspace, tickets: [tickets.s1] });
  const fran = caller(shell.users.full.token);
  for (let i = 1; i <= franComments; i++) await fran.tickets.comment({ workspace, ticket: tickets.s1, text: `South note ${i}` });
  return { ...shell, backend: { identityId: created.user.identityId, name: 'Shop Backend' }, tickets, franComments };
}

export const reportFixtures = {
  'report-desk': reportDesk,
};
