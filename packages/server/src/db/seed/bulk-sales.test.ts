import { Email, ReceiptNumber } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { generatedSellerAccounts, generatedSellerPassword, insertSellerAccounts, salesHistoryDays, type SellerAccountsCreated } from './bulk-sales.js';
import { sellerNiches } from './seller-niches.js';

describe.each(databaseKinds)('seller accounts and their sales generated in bulk on %s', (kind) => {
  let server: TestServer;
  let created: SellerAccountsCreated;
  const transactions = 6000;
  const ids = () => created.accounts.map((a) => a.id);
  const rows = async (sql: string, bindings: unknown[] = []) => (await server.deps.db.raw(sql, bindings)).rows as Array<Record<string, unknown>>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const plans = await generatedSellerAccounts(server.deps.db, 4);
    created = await insertSellerAccounts(server.deps.db, plans, transactions, server.clock.now());
  });
  afterAll(() => server.close());

  it('creates the accounts with their owners and products, and exactly the transactions asked for', async () => {
    expect(created.accounts).toHaveLength(4);
    expect(new Set(created.accounts.map((a) => a.handle)).size).toBe(4);
    const accounts = await server.deps.db('workspaces').whereIn('id', ids()).select('kind', 'catalog_template', 'account_email', 'handle');
    expect(accounts.every((w) => w.kind === 'account' && w.catalog_template === 'marketplace')).toBe(true);
    expect(accounts.map((w) => w.account_email).sort()).toEqual(created.accounts.map((a) => a.ownerEmail).sort());
    const owners = await server.deps.db('memberships').whereIn('workspace_id', ids()).select('kind', 'identity_id');
    expect(owners.map((m) => m.kind)).toEqual(['owner', 'owner', 'owner', 'owner']);
    expect(owners.map((m) => m.identity_id).sort()).toEqual(created.accounts.map((a) => a.ownerId).sort());
    const products = await rows('select kind, count(*)::int as n from products where workspace_id = any(?::uuid[]) group by kind', [ids()]);
    expect(products.reduce((sum, p) => sum + Number(p.n), 0)).toBe(created.products);
    expect(products.map((p) => p.kind).sort()).toEqual(['recurring', 'standard']);
    const [count] = await rows('select count(*)::int as n from transactions where workspace_id = any(?::uuid[])', [ids()]);
    expect(Number(count!.n)).toBe(transactions);
  });

  it('keeps the daily sales equal to the sums over the transactions', async () => {
    const direct = await rows(
      `select workspace_id, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, currency,
              sum(case when kind in ('sale', 'rebill') then 1 else 0 end)::bigint as sales,
              sum(case when kind in ('sale', 'rebill') then amount_minor else 0 end)::bigint as gross,
              sum(case when kind in ('refund', 'chargeback') then amount_minor else 0 end)::bigint as refunds
         from transactions where workspace_id = any(?::uuid[]) group by 1, 2, 3 order by 1, 2, 3`,
      [ids()],
    );
    const daily = await rows(
      `select workspace_id, to_char(day, 'YYYY-MM-DD') as day, currency, sum(sales)::bigint as sales, sum(gross_minor)::bigint as gross, sum(refunds_minor)::bigint as refunds
         from sales_daily where workspace_id = any(?::uuid[]) group by 1, 2, 3 order by 1, 2, 3`,
      [ids()],
    );
    const plain = (list: Array<Record<string, unknown>>) => list.map((r) => ({ ...r, sales: Number(r.sales), gross: Number(r.gross), refunds: Number(r.refunds) }));
    expect(daily.length).toBeGreaterThan(300);
    expect(plain(daily)).toEqual(plain(direct));
  });

  it('ties every refund, chargeback, rebill and cancellation to an earlier sale of its account, product and currency', async () => {
    const [orphans] = await rows(
      `select count(*)::int as n from transactions t
        where t.workspace_id = any(?::uuid[]) and t.kind <> 'sale'
          and not exists (select 1 from transactions s where s.workspace_id = t.workspace_id and s.receipt_number = t.receipt_number and s.kind = 'sale'
                                                          and s.currency = t.currency and s.product_id = t.product_id and s.occurred_at < t.occurred_at)`,
      [ids()],
    );
    expect(Number(orphans!.n)).toBe(0);
    const [standardFollowUps] = await rows(
      `select count(*)::int as n from transactions t join products p on p.id = t.product_id
        where t.workspace_id = any(?::uuid[]) and t.kind in ('rebill', 'cancellation') and p.kind <> 'recurring'`,
      [ids()],
    );
    expect(Number(standardFollowUps!.n)).toBe(0);
    // One refund or chargeback and one cancellation at most per sale; rebills a month apart.
    const [twice] = await rows(
      `select count(*)::int as n from (select workspace_id, receipt_number from transactions where workspace_id = any(?::uuid[]) and kind in ('refund', 'chargeback', 'cancellation')
        group by workspace_id, receipt_number, kind = 'cancellation' having count(*) > 1) x`,
      [ids()],
    );
    expect(Number(twice!.n)).toBe(0);
    const [offMonth] = await rows(
      `select count(*)::int as n from transactions r join transactions s on s.workspace_id = r.workspace_id and s.receipt_number = r.receipt_number and s.kind = 'sale'
        where r.workspace_id = any(?::uuid[]) and r.kind = 'rebill'
          and extract(day from (r.occurred_at at time zone 'UTC')) <> extract(day from (s.occurred_at at time zone 'UTC'))
          and extract(day from (s.occurred_at at time zone 'UTC')) < 28`,
      [ids()],
    );
    expect(Number(offMonth!.n)).toBe(0);
  });

  it('gives every sale a receipt number of its own, shaped as the marketplace prints them', async () => {
    const receipts = await rows("select workspace_id, receipt_number from transactions where workspace_id = any(?::uuid[]) and kind = 'sale'", [ids()]);
    expect(new Set(receipts.map((r) => `${r.workspace_id} ${r.receipt_number}`)).size).toBe(receipts.length);
    expect(new Set(receipts.map((r) => r.receipt_number)).size).toBe(receipts.length);
    for (const { receipt_number } of receipts.slice(0, 200)) {
      expect(receipt_number).toMatch(/^[0-9A-Z]{8}$/);
      expect(ReceiptNumber.parse(receipt_number)).toBe(receipt_number);
    }
  });

  it('looks like a marketplace: mostly dollars, some refunds, more on weekdays, growing, within the last fifteen months', async () => {
    const [kinds] = await rows(
      `select count(*) filter (where kind = 'sale')::int as sales, count(*) filter (where kind = 'refund')::int as refunds,
              count(*) filter (where kind = 'chargeback')::int as chargebacks, count(*) filter (where kind = 'rebill')::int as rebills,
              count(*) filter (where kind = 'cancellation')::int as cancellations,
              count(*) filter (where kind = 'sale' and currency = 'USD')::int as usd, count(*) filter (where kind = 'sale' and currency = 'EUR')::int as eur,
              count(*) filter (where kind = 'sale' and currency = 'GBP')::int as gbp,
              min(occurred_at) as first, max(occurred_at) as last
         from transactions where workspace_id = any(?::uuid[])`,
      [ids()],
    );
    const n = (key: string) => Number(kinds![key]);
    expect(n('refunds') / n('sales')).toBeGreaterThan(0.03);
    expect(n('refunds') / n('sales')).toBeLessThan(0.07);
    expect(n('chargebacks')).toBeGreaterThan(0);
    expect(n('chargebacks') / n('sales')).toBeLessThan(0.015);
    expect(n('rebills')).toBeGreaterThan(n('sales') / 10);
    expect(n('cancellations')).toBeGreaterThan(0);
    expect(n('usd') / n('sales')).toBeGreaterThan(0.7);
    expect(n('eur')).toBeGreaterThan(n('gbp'));
    expect(n('gbp')).toBeGreaterThan(0);
    const now = server.clock.now().getTime();
    expect(new Date(kinds!.last as string).getTime()).toBeLessThanOrEqual(now);
    expect(new Date(kinds!.first as string).getTime()).toBeGreaterThanOrEqual(now - salesHistoryDays * 86_400_000);

    const [shape] = await rows(
      `select count(*) filter (where extract(isodow from occurred_at at time zone 'UTC') between 1 and 4)::float8 / 4 as weekday,
              count(*) filter (where extract(isodow from occurred_at at time zone 'UTC') between 6 and 7)::float8 / 2 as weekend,
              count(*) filter (where occurred_at >= ?::timestamptz - interval '90 days')::int as recent,
              count(*) filter (where occurred_at < ?::timestamptz - interval '${salesHistoryDays - 90} days')::int as early
         from transactions where workspace_id = any(?::uuid[]) and kind = 'sale'`,
      [server.clock.now(), server.clock.now(), ids()],
    );
    expect(Number(shape!.weekday)).toBeGreaterThan(Number(shape!.weekend) * 1.1);
    expect(Number(shape!.recent)).toBeGreaterThan(Number(shape!.early) * 1.4);
  });

  it('names customers like people, with addresses at example domains that the API would take', async () => {
    const customers = await rows('select distinct customer_name, customer_email, currency from transactions where workspace_id = any(?::uuid[]) limit 300', [ids()]);
    for (const c of customers) {
      expect(c.customer_name).toMatch(/^\S.* \S.*$/);
      expect(Email.parse(c.customer_email)).toBe(c.customer_email);
      expect(c.customer_email).toMatch(/@(example\.(com|net|org)|(mail|inbox|post)\.example)$/);
    }
    // Customers come back: fewer customers than sales.
    const [counts] = await rows("select count(distinct customer_email)::int as customers, count(*)::int as sales from transactions where workspace_id = any(?::uuid[]) and kind = 'sale'", [
      ids(),
    ]);
    expect(Number(counts!.customers)).toBeLessThan(Number(counts!.sales));
  });

  it('prices in each currency the way shops do, with the tax inside the amount', async () => {
    const prices = await rows(
      "select distinct p.sku, t.currency, t.amount_minor, t.tax_minor from transactions t join products p on p.id = t.product_id where t.workspace_id = any(?::uuid[]) and t.kind = 'sale'",
      [ids()],
    );
    const list = new Map(Object.values(sellerNiches).flatMap((niche) => niche.products.map((p) => [p.sku, p.price] as const)));
    for (const row of prices) {
      const amount = Number(row.amount_minor);
      const tax = Number(row.tax_minor);
      expect(tax).toBeGreaterThanOrEqual(0);
      expect(tax).toBeLessThan(amount / 4);
      if (row.currency === 'USD') expect([list.get(row.sku as string), list.get(row.sku as string)! + Math.round(list.get(row.sku as string)! * 0.0725)]).toContain(amount);
      else expect(amount % 100).toBe(99);
    }
  });

  it('lets each owner sign in with the generated password, and numbers further accounts on', async () => {
    for (const account of created.accounts) {
      const signedIn = await server.caller().identity.signIn({ email: account.ownerEmail, password: generatedSellerPassword });
      expect(signedIn.secondFactorRequired).toBe(false);
      const owner = server.caller(signedIn.token);
      expect((await owner.permissions.mine({ workspace: account.handle })).kind).toBe('owner');
      expect((await owner.sales.products({ workspace: account.handle })).length).toBeGreaterThan(3);
    }
    const more = await generatedSellerAccounts(server.deps.db, 2);
    expect(more.map((a) => a.handle).filter((h) => created.accounts.some((a) => a.handle === h))).toEqual([]);
  });
});
