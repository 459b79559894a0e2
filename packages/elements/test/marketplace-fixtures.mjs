// Seeded marketplace workspaces for element tests. Master accounts and their links are set
// up directly in the server's database: what the dashboard shows is the concern here, not how
// an account comes to be linked. Each call makes new workspaces with unique handles.
import { randomUUID } from 'node:crypto';
import { marketplaceCatalog } from '@foyer/schema';
import { appRouter, createCallerFactory, createContextInner, createIdentity } from '@foyer/server';

const createCaller = createCallerFactory(appRouter);
let counter = 0;
const DAY = 24 * 60 * 60 * 1000;

/** Noon (UTC) of the day `daysAgo` days before today, so every sale sits well inside its UTC day. */
function noonDaysAgo(daysAgo) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12) - daysAgo * DAY);
}

/**
 * Who sells what, over the last 120 days: Apex Apps in euros every third day and in dollars
 * every fifth, Bright Books in euros every other day (a refund every tenth), Clever Courses in
 * dollars every fourth day (a chargeback every twelfth). Amounts are in cents.
 */
const sellers = [
  { key: 'apex', name: 'Apex Apps', sales: (d) => [...(d % 3 === 0 ? [['EUR', 1200 + d]] : []), ...(d % 5 === 0 ? [['USD', 3000 + 10 * d]] : [])] },
  { key: 'bright', name: 'Bright Books', sales: (d) => (d % 2 === 0 ? [['EUR', 900 + 5 * d]] : []), refunds: (d) => d % 10 === 0 },
  { key: 'clever', name: 'Clever Courses', sales: (d) => (d % 4 === 0 ? [['USD', 4900]] : []), refunds: (d) => d % 12 === 0 },
];

/**
 * A master account whose owner is signed in, with the three seller accounts above linked to it
 * (the owner opened them too), and a user of the master account who holds every permission
 * and is still not its owner.
 */
async function marketplaceDashboard({ deps }) {
  const n = `${Date.now().toString(36)}${counter++}`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const email = `master-${n}@example.com`;
  await createIdentity(deps.db, new Date(), { email, password, name: 'Mara Master' });
  const { token } = await anon.identity.signIn({ email, password });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const workspace = `master-${n}`;
  await owner.workspaces.create({ handle: workspace, name: 'Mara’s master account', template: 'marketplace' });
  const master = await deps.db('workspaces').where({ handle: workspace }).first('id');
  await deps.db('workspaces').where({ id: master.id }).update({ kind: 'master' });

  const accounts = [];
  for (const seller of sellers) {
    const handle = `${seller.key}-${n}`;
    await owner.workspaces.create({ handle, name: seller.name, template: 'marketplace' });
    const { id } = await deps.db('workspaces').where({ handle }).first('id');
    await deps.db('master_links').insert({ account_id: id, workspace_id: master.id, linked_at: new Date() });
    const product = randomUUID();
    await deps.db('products').insert({ id: product, workspace_id: id, sku: 'MAIN', name: `${seller.name} bestseller`, kind: 'standard', created_at: new Date() });
    const rows = [];
    const transaction = (receipt, kind, daysAgo, amount, currency) => ({
      id: randomUUID(),
      workspace_id: id,
      product_id: product,
      receipt_number: receipt,
      kind,
      occurred_at: noonDaysAgo(daysAgo),
      customer_name: 'Cleo Customer',
      customer_email: 'cleo@example.com',
      amount_minor: amount,
      tax_minor: null,
      currency,
      recorded_by: null,
      created_at: new Date(),
    });
    for (let d = 0; d < 120; d++) {
      for (const [currency, amount] of seller.sales(d)) {
        const receipt = `${seller.key.toUpperCase()}-${currency}-${d}`;
        rows.push(transaction(receipt, 'sale', d, amount, currency));
        if (seller.refunds?.(d)) rows.push(transaction(receipt, seller.key === 'bright' ? 'refund' : 'chargeback', d, amount, currency));
      }
    }
    // One statement: the trigger keeps the daily sums.
    await deps.db('transactions').insert(rows);
    accounts.push({ handle, name: seller.name });
  }

  // A user of the master account with every permission of its catalog.
  const userEmail = `master-user-${n}@example.com`;
  const user = await createIdentity(deps.db, new Date(), { email: userEmail, password, name: 'Uma User' });
  await deps.db('memberships').insert({
    workspace_id: master.id,
    identity_id: user.id,
    kind: 'member',
    permissions: JSON.stringify(Object.keys(marketplaceCatalog.permissions)),
    created_at: new Date(),
  });
  const signedInUser = await anon.identity.signIn({ email: userEmail, password });

  return {
    workspace,
    owner: { email, password, token },
    user: { email: userEmail, password, token: signedInUser.token },
    accounts,
    /** A seller account (not a master account) the same owner owns. */
    sellerAccount: accounts[0].handle,
  };
}

export const marketplaceFixtures = {
  'marketplace-dashboard': marketplaceDashboard,
};
