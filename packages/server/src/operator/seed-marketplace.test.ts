import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { generatedSellerPassword } from '../db/seed/bulk-sales.js';
import { generatedHelperPassword, generatedMasterPassword, seedGeneratedMarketplace } from './seed-marketplace.js';

describe.each(databaseKinds)('foyer seed-marketplace on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const signIn = async (email: string, password: string) => {
    const result = await server.caller().identity.signIn({ email, password });
    return server.caller(result.token);
  };

  it('creates the accounts and a master account for a new owner that links them all, with the printed sign-ins', async () => {
    const seeded = await seedGeneratedMarketplace(server.deps, { accounts: 3, transactions: 900, masterEmail: 'Seller@Example.com' });
    expect(seeded.accounts).toHaveLength(3);
    expect(seeded.transactions).toBe(900);
    expect(seeded.master).toEqual({ handle: 'seller-master', email: 'seller@example.com', password: generatedMasterPassword });
    for (const account of seeded.accounts) {
      expect(account.password).toBe(generatedSellerPassword);
      const seller = await signIn(account.ownerEmail, account.password);
      expect((await seller.permissions.mine({ workspace: account.handle })).kind).toBe('owner');
    }
    const owner = await signIn('seller@example.com', generatedMasterPassword);
    expect((await owner.permissions.mine({ workspace: 'seller-master' })).kind).toBe('owner');
    const links = await server.deps.db('master_links as l').join('workspaces as m', 'm.id', 'l.workspace_id').where('m.handle', 'seller-master').select('l.account_id');
    expect(links.map((l) => l.account_id).sort()).toEqual(seeded.accounts.map((a) => a.id).sort());
    for (const account of seeded.accounts) expect((await owner.permissions.mine({ workspace: account.handle })).kind).toBe('master');
  });

  it('gives an owner who has an account a second master account under a free handle, keeping their password', async () => {
    const seeded = await seedGeneratedMarketplace(server.deps, { accounts: 1, transactions: 10, masterEmail: 'seller@example.com' });
    expect(seeded.master).toEqual({ handle: 'seller-master-2', email: 'seller@example.com', password: null });
    const owner = await signIn('seller@example.com', generatedMasterPassword);
    expect((await owner.permissions.mine({ workspace: seeded.accounts[0]!.handle })).kind).toBe('master');
  });

  it('adds tickets with their history, worked by two helpers who sign in with the printed password', async () => {
    const seeded = await seedGeneratedMarketplace(server.deps, { accounts: 2, transactions: 600, masterEmail: 'desk@example.com', tickets: 120 });
    expect(seeded.tickets).toMatchObject({ count: 120, helpers: [{ password: generatedHelperPassword }, { password: generatedHelperPassword }] });
    expect(seeded.tickets!.history).toBeGreaterThan(240);
    for (const helper of seeded.tickets!.helpers) {
      const listed = await (await signIn(helper.email, helper.password)).tickets.list({ workspace: seeded.master!.handle });
      expect(listed.total).toBe(120);
    }
  });

  it('refuses an owner email that is no email, before creating anything', async () => {
    const before = await server.deps.db('workspaces').count({ n: '*' }).first();
    await expect(seedGeneratedMarketplace(server.deps, { accounts: 1, transactions: 10, masterEmail: 'not an email' })).rejects.toThrow(/valid email/);
    expect((await server.deps.db('workspaces').count({ n: '*' }).first())!.n).toEqual(before!.n);
  });
});
