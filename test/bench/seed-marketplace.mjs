// A seller's marketplace as the benchmarks need it: seller accounts with their sales made by the
// server's bulk seeder (db/seed/bulk-sales.ts, as `foyer seed-marketplace` makes them), then, as
// the operator's tools make them, the master account linking them all (its owner signed in
// through the API) and an API-only user with API read/write in the biggest account, whose key
// the host back-end uses.
import { performance } from 'node:perf_hooks';
import { generatedSellerAccounts, insertMasterAccount, insertMasterUser, insertSellerAccounts } from '@foyer/server';
import { accountSession, trpcCall } from './trpc-http.mjs';

export async function seedMarketplace(baseUrl, db, { accounts, transactions }) {
  const now = new Date();
  const started = performance.now();
  const plans = await generatedSellerAccounts(db, accounts);
  const created = await insertSellerAccounts(db, plans, transactions, now);
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  const owner = await accountSession(baseUrl, db, { email: 'owner@bench-master.example', password: 'Bench-Master#2026' });
  const master = await insertMasterAccount(db, { handle: 'bench-master', name: 'Bench Master', ownerId: owner.identity.id, accountIds: created.accounts.map((a) => a.id) }, now);
  // The first account sells most (the seeder's shares): its day's sales rows are the ones concurrent writers share.
  const account = created.accounts[0];
  const backend = await insertMasterUser(
    db,
    master.id,
    {
      email: 'backend@bench-master.example',
      name: 'Shop Backend',
      description: 'Records sales',
      apiOnly: true,
      passwordHash: null,
      role: { template: 'api-writer' },
      accountIds: [account.id],
    },
    now,
  );
  const products = await trpcCall(baseUrl, 'query', 'sales.products', { workspace: account.handle }, backend.apiKey);
  return {
    now,
    seedSeconds,
    ownerToken: owner.token,
    ownerId: owner.identity.id,
    masterId: master.id,
    master: 'bench-master',
    accounts: created.accounts,
    account: account.handle,
    apiKey: backend.apiKey,
    backendId: backend.identityId,
    products,
  };
}
