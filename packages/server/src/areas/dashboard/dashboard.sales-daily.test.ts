import { randomUUID } from 'node:crypto';
import type { TransactionKind } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('daily sales kept by the trigger on %s', (kind) => {
  let server: TestServer;
  let account: GivenWorkspace;
  let product: string;

  /** The days as sales_daily holds them (eight slots added), and as the transactions add up directly. */
  async function bothSums(): Promise<{ kept: unknown[]; direct: unknown[] }> {
    const kept = await server.deps.db.raw(
      `select to_char(day, 'YYYY-MM-DD') as day, currency, sum(sales)::bigint as sales, sum(gross_minor)::bigint as gross, sum(refunds_minor)::bigint as refunds
         from sales_daily where workspace_id = ?
        group by day, currency having sum(sales) <> 0 or sum(gross_minor) <> 0 or sum(refunds_minor) <> 0
        order by day, currency`,
      [account.id],
    );
    const direct = await server.deps.db.raw(
      `select to_char((occurred_at at time zone 'UTC')::date, 'YYYY-MM-DD') as day, currency,
              count(*) filter (where kind in ('sale', 'rebill'))::bigint as sales,
              coalesce(sum(amount_minor) filter (where kind in ('sale', 'rebill')), 0)::bigint as gross,
              coalesce(sum(amount_minor) filter (where kind in ('refund', 'chargeback')), 0)::bigint as refunds
         from transactions where workspace_id = ?
        group by 1, currency
       having count(*) filter (where kind in ('sale', 'rebill', 'refund', 'chargeback')) > 0
        order by 1, currency`,
      [account.id],
    );
    return { kept: kept.rows, direct: direct.rows };
  }

  const row = (receipt: string, kind: TransactionKind, at: string, amount: number, currency = 'EUR') => ({
    id: randomUUID(),
    workspace_id: account.id,
    product_id: product,
    receipt_number: receipt,
    kind,
    occurred_at: new Date(at),
    customer_name: 'Cleo Customer',
    customer_email: 'cleo@example.com',
    amount_minor: amount,
    tax_minor: null,
    currency,
    recorded_by: null,
    created_at: new Date(),
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    account = await givenWorkspace(server, undefined, { template: 'marketplace' });
    product = randomUUID();
    await server.deps.db('products').insert({ id: product, workspace_id: account.id, sku: 'COURSE', name: 'The course', kind: 'recurring', created_at: new Date() });
  });
  afterAll(() => server.close());

  it('agrees with a direct sum over the transactions after inserts, a bulk insert, an update and a delete', async () => {
    await server.deps.db('transactions').insert(row('T-1', 'sale', '2026-05-01T10:00:00Z', 1000));
    await server.deps.db('transactions').insert(row('T-1', 'refund', '2026-05-02T10:00:00Z', 400));
    await server.deps.db('transactions').insert(row('T-2', 'sale', '2026-05-01T23:59:59Z', 250, 'USD'));
    let sums = await bothSums();
    expect(sums.kept).toHaveLength(3);
    expect(sums.kept).toEqual(sums.direct);

    // One statement of 600 rows over 30 days, every kind, two currencies, many receipts (all eight slots).
    await server.deps.db.raw(
      `insert into transactions (id, workspace_id, product_id, receipt_number, kind, occurred_at, customer_name, customer_email, amount_minor, tax_minor, currency, recorded_by, created_at)
       select gen_random_uuid(), ?, ?, 'BULK-' || i, (array['sale', 'sale', 'rebill', 'refund', 'chargeback', 'cancellation'])[1 + i % 6],
              timestamptz '2026-05-01 00:00:00+00' + (i * interval '71 minutes'),
              'Bulk Buyer', 'bulk@example.com', case when i % 6 = 5 then 0 else 100 + i end, null, case when i % 5 = 0 then 'USD' else 'EUR' end, null, now()
         from generate_series(1, 600) as i`,
      [account.id, product],
    );
    sums = await bothSums();
    expect(sums.kept.length).toBeGreaterThan(20);
    expect(sums.kept).toEqual(sums.direct);

    // Moves rows to other days, currencies, amounts, kinds and receipts (so other slots) at once.
    await server.deps.db.raw(
      `update transactions
          set occurred_at = occurred_at + interval '3 days',
              amount_minor = amount_minor * 2,
              currency = case when currency = 'EUR' then 'SEK' else currency end,
              kind = case when kind = 'sale' then 'rebill' when kind = 'refund' then 'chargeback' else kind end,
              receipt_number = receipt_number || '-X'
        where workspace_id = ? and receipt_number like 'BULK-%' and (substring(receipt_number from 6)::int) % 3 = 0`,
      [account.id],
    );
    sums = await bothSums();
    expect(sums.kept.some((r) => (r as { currency: string }).currency === 'SEK')).toBe(true);
    expect(sums.kept).toEqual(sums.direct);

    await server.deps.db('transactions').where({ workspace_id: account.id }).andWhere('receipt_number', 'like', 'BULK-1%').delete();
    await server.deps.db('transactions').where({ workspace_id: account.id, receipt_number: 'T-2' }).delete();
    sums = await bothSums();
    expect(sums.kept).toEqual(sums.direct);

    await server.deps.db('transactions').where({ workspace_id: account.id }).delete();
    expect(await bothSums()).toEqual({ kept: [], direct: [] });
  });
});
