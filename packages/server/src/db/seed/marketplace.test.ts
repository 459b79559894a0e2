import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { seedMarketplace, type MarketplaceSeed } from './marketplace.js';

describe.each(databaseKinds)('the demo marketplace on %s', (kind) => {
  let server: TestServer;
  let seed: MarketplaceSeed;
  const linked = () => seed.accounts.filter((a) => a.linked).map((a) => a.handle);

  beforeAll(async () => {
    server = await startTestServer(kind);
    seed = await seedMarketplace(server.deps);
  });
  afterAll(() => server.close());

  const signIn = async (email: string, password: string) => {
    const result = await server.caller().identity.signIn({ email, password });
    expect(result.secondFactorRequired, email).toBe(false);
    return server.caller(result.token);
  };

  it('links three seller accounts to the master account, with months of sales, and leaves a fourth to link', async () => {
    expect(linked()).toHaveLength(3);
    expect(seed.accounts.filter((a) => !a.linked)).toHaveLength(1);
    const master = await server.deps.db('workspaces').where({ handle: seed.master.handle }).first('id', 'kind', 'catalog_template', 'password_policy');
    expect(master).toMatchObject({ kind: 'master', catalog_template: 'marketplace', password_policy: 'two-of-each' });
    const links = await server.deps.db('master_links as l').join('workspaces as w', 'w.id', 'l.account_id').where('l.workspace_id', master.id).select('w.handle', 'w.kind');
    expect(links.map((l) => l.handle).sort()).toEqual([...linked()].sort());
    expect(links.every((l) => l.kind === 'account')).toBe(true);
    expect(seed.transactions).toBe(4500);
    for (const account of seed.accounts) {
      expect(account.transactions, account.handle).toBeGreaterThan(200);
      expect(account.products.some((p) => p.kind === 'recurring')).toBe(true);
    }
    const days = (Date.parse(seed.salesPeriod.to) - Date.parse(seed.salesPeriod.from)) / 86_400_000;
    expect(days).toBeGreaterThan(300);
  });

  it('lets every printed login sign in, and each seller account open with its owner’s password', async () => {
    const owner = await signIn(seed.master.owner.email, seed.master.owner.password);
    expect((await owner.permissions.mine({ workspace: seed.master.handle })).kind).toBe('owner');
    for (const account of seed.accounts) {
      const seller = await signIn(account.owner.email, account.owner.password);
      expect((await seller.permissions.mine({ workspace: account.handle })).kind, account.handle).toBe('owner');
    }
    for (const user of seed.users.filter((u) => !u.apiOnly)) await signIn(user.email, user.password!);
    // The API-only user has no password to sign in with.
    const api = seed.users.find((u) => u.apiOnly)!;
    expect(api.password).toBeNull();
    expect((await refusal(server.caller().identity.signIn({ email: api.email, password: 'Quinn-Master#2026' }))).code).toBe('UNAUTHORIZED');
  });

  it('gives the master account’s owner every linked account as their own', async () => {
    const owner = await signIn(seed.master.owner.email, seed.master.owner.password);
    for (const handle of linked()) {
      const mine = await owner.permissions.mine({ workspace: handle });
      expect(mine.permissions, handle).toContain('orders.search');
    }
    const unlinked = seed.accounts.find((a) => !a.linked)!;
    expect((await refusal(owner.permissions.mine({ workspace: unlinked.handle }))).appCode).toBe('NOT_A_MEMBER');
  });

  it('lets each helper work only in the accounts printed, with the permissions printed', async () => {
    for (const user of seed.users.filter((u) => !u.apiOnly)) {
      const helper = await signIn(user.email, user.password!);
      for (const account of seed.accounts) {
        const asked = helper.permissions.mine({ workspace: account.handle });
        if (user.accounts.includes(account.handle)) expect((await asked).permissions, `${user.email} in ${account.handle}`).toEqual(user.permissions);
        else expect((await refusal(asked)).appCode, `${user.email} in ${account.handle}`).toBe('NOT_A_MEMBER');
      }
    }
    const [tom, priya] = seed.users.filter((u) => !u.apiOnly);
    expect(tom).toMatchObject({ accounts: ['ketokitchen'], permissions: ['tickets.manage'] });
    expect(priya).toMatchObject({ accounts: ['ketokitchen', 'fretboard'], permissions: ['audit.view', 'members.manage', 'orders.search', 'tickets.manage'] });
    // As the owner's Users tab lists them, through the server's own procedure.
    const owner = await signIn(seed.master.owner.email, seed.master.owner.password);
    const listed = (await owner.masterUsers.list({ workspace: seed.master.handle })).users;
    expect(
      listed
        .map((u) => ({ email: u.email, apiOnly: u.apiOnly, accounts: [...u.accounts].sort(), key: u.apiKey !== null, passwordSet: u.passwordSet }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    ).toEqual(
      seed.users.map((u) => ({ email: u.email, apiOnly: u.apiOnly, accounts: [...u.accounts].sort(), key: true, passwordSet: !u.apiOnly })).sort((a, b) => a.email.localeCompare(b.email)),
    );
    const stored = await server.deps
      .db('master_user_accounts as u')
      .join('identities as i', 'i.id', 'u.identity_id')
      .join('workspaces as w', 'w.id', 'u.account_id')
      .select('i.email', 'w.handle');
    const printed = seed.users.flatMap((u) => u.accounts.map((handle) => `${u.email} ${handle}`)).sort();
    expect(stored.map((s) => `${s.email} ${s.handle}`).sort()).toEqual(printed);
  });

  it('gives each linked account tickets of every type and status, worked only by the people who work in it', async () => {
    const db = server.deps.db;
    const ids = new Map((await db('workspaces').whereIn('handle', linked()).select('id', 'handle')).map((w) => [w.id as string, w.handle as string]));
    const tickets = await db('tickets')
      .whereIn('workspace_id', [...ids.keys()])
      .select('workspace_id', 'type', 'status');
    expect(new Set(tickets.map((t) => t.type))).toEqual(new Set(['support', 'refund', 'cancellation']));
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(['open', 'reopened', 'closed']));
    for (const account of seed.accounts.filter((a) => a.linked)) {
      const own = tickets.filter((t) => ids.get(t.workspace_id) === account.handle);
      expect(own.length, account.handle).toBeGreaterThan(0);
      expect(account.tickets.open + account.tickets.reopened + account.tickets.closed, account.handle).toBe(own.length);
    }
    // Every change after the opening is by the owner or a helper of that very account.
    const changes = await db('ticket_history as h')
      .join('identities as i', 'i.id', 'h.actor_identity_id')
      .whereIn('h.workspace_id', [...ids.keys()])
      .whereNot('h.kind', 'opened')
      .select('h.workspace_id', 'h.kind', 'i.email');
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['type_changed', 'closed', 'reopened', 'refunded', 'commented', 'email_changed']));
    const mayWork = (email: string, handle: string) => email === seed.master.owner.email || seed.users.some((u) => u.email === email && !u.apiOnly && u.accounts.includes(handle));
    for (const change of changes) expect(mayWork(change.email, ids.get(change.workspace_id)!), `${change.email} in ${ids.get(change.workspace_id)}`).toBe(true);
    const [tom, priya] = seed.users.filter((u) => !u.apiOnly);
    for (const helper of [tom!, priya!])
      expect(
        changes.some((c) => c.email === helper.email),
        helper.email,
      ).toBe(true);
  });

  it('shows the helper with Orders/Tickets alone fewer transactions than the one with Search orders, in the account both work in', async () => {
    const [tom, priya] = seed.users.filter((u) => !u.apiOnly);
    const search = async (email: string, password: string) =>
      (await (await signIn(email, password)).transactions.search({ workspace: seed.master.handle, account: 'ketokitchen', limit: 100 })).total;
    const tomSees = await search(tom!.email, tom!.password!);
    const priyaSees = await search(priya!.email, priya!.password!);
    expect(tomSees).toBeGreaterThan(0);
    expect(tomSees).toBeLessThan(priyaSees);
  });

  it('records a sale with the API user’s key in each of its accounts, and in no other', async () => {
    const key = server.caller(seed.apiKey.key);
    expect(seed.apiKey.key).toMatch(/^fy_/);
    for (const account of seed.accounts) {
      const product = account.products[0]!;
      const sale = key.sales.record({
        workspace: account.handle,
        receiptNumber: `DEMO${account.handle.length}${kind.length}X`,
        kind: 'sale',
        occurredAt: server.clock.now().toISOString(),
        productSku: product.sku,
        customer: { name: 'Ada Buyer', email: 'ada@example.com' },
        amount: 4700,
        currency: 'USD',
      });
      if (seed.apiKey.accounts.includes(account.handle)) expect((await sale).product.sku).toBe(product.sku);
      else expect((await refusal(sale)).appCode).toBe('NOT_A_MEMBER');
    }
  });

  it('seeds once: a second start tells the same facts with a new key, and the old key stops working', async () => {
    const before = await server.deps.db('transactions').count({ n: '*' }).first();
    const again = await seedMarketplace(server.deps);
    const withoutCounts = (facts: MarketplaceSeed) => facts.accounts.map(({ transactions: _, ...account }) => account);
    expect(again.master).toEqual(seed.master);
    expect(again.users).toEqual(seed.users);
    expect(withoutCounts(again)).toEqual(withoutCounts(seed));
    expect(Number((await server.deps.db('transactions').count({ n: '*' }).first())!.n)).toBe(Number(before!.n));
    expect(again.apiKey.key).not.toBe(seed.apiKey.key);
    const handle = linked()[0]!;
    expect((await refusal(server.caller(seed.apiKey.key).sales.products({ workspace: handle }))).appCode).toBe('API_KEY_INVALID');
    expect((await server.caller(again.apiKey.key).sales.products({ workspace: handle })).length).toBeGreaterThan(0);
  });
});
