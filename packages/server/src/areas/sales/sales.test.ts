import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { trpcHttp } from '../../test-support/trpc-http.js';

describe.each(databaseKinds)('a seller account’s products and transactions on %s', (kind) => {
  let server: TestServer;
  let seller: GivenWorkspace;
  let writer: ReturnType<TestServer['caller']>;
  let reader: ReturnType<TestServer['caller']>;
  let receipts = 0;
  const receipt = () => `R${Date.now().toString(36).toUpperCase()}${receipts++}`;
  const sale = (overrides: Record<string, unknown> = {}) => ({
    workspace: seller.handle,
    receiptNumber: receipt(),
    kind: 'sale' as const,
    occurredAt: '2026-11-03T10:15:00Z',
    productSku: 'guide',
    customer: { name: 'Ada Buyer', email: 'ada@example.com' },
    amount: 4700,
    tax: 700,
    currency: 'USD',
    ...overrides,
  });
  const daily = async () =>
    server.deps
      .db('sales_daily')
      .where({ workspace_id: seller.id })
      .groupBy('day', 'currency')
      .select(server.deps.db.raw("to_char(day, 'YYYY-MM-DD') as day"), 'currency')
      .sum({ sales: 'sales', gross: 'gross_minor', refunds: 'refunds_minor' })
      .orderBy(['day', 'currency']);

  beforeAll(async () => {
    server = await startTestServer(kind);
    seller = await givenWorkspace(server, undefined, { template: 'marketplace' });
    await seller.owner.sales.saveProduct({ workspace: seller.handle, sku: 'guide', name: 'The Seller’s Guide', kind: 'standard' });
    await seller.owner.sales.saveProduct({ workspace: seller.handle, sku: 'club', name: 'Monthly Club', kind: 'recurring' });
    const user = (role: string, email: string) => seller.owner.apiUsers.create({ workspace: seller.handle, email, firstName: 'Shop', lastName: 'Backend', role: { template: role } });
    writer = server.caller((await user('api-writer', `writer-${kind}@example.com`)).apiKey);
    reader = server.caller((await user('api-reader', `reader-${kind}@example.com`)).apiKey);
  });
  afterAll(() => server.close());

  it('records a host back-end’s sale with its API key, and the day’s sales follow at once', async () => {
    const before = await daily();
    const recorded = await writer.sales.record(sale({ occurredAt: '2026-11-04T23:59:59Z' }));
    expect(recorded).toMatchObject({ kind: 'sale', amount: 4700, tax: 700, currency: 'USD', product: { sku: 'guide', kind: 'standard' } });
    const after = await daily();
    const day = after.find((d) => d.day === '2026-11-04');
    const was = before.find((d) => d.day === '2026-11-04');
    expect(Number(day?.sales) - Number(was?.sales ?? 0)).toBe(1);
    expect(Number(day?.gross) - Number(was?.gross ?? 0)).toBe(4700);
    // Who recorded it is kept with it, and in the activity log.
    const row = await server.deps.db('transactions').where({ id: recorded.id }).first();
    expect(row.recorded_by).toBeTruthy();
    const entry = await server.deps.db('audit_log').where({ workspace_id: seller.id, action: 'sales.record' }).orderBy('at', 'desc').first();
    expect(entry?.via_api_key_id).toBeTruthy();
  });

  it('records refunds, chargebacks, rebills and cancellations against their sale, and counts refunds apart from sales', async () => {
    const club = sale({ productSku: 'club', amount: 1900, tax: undefined, occurredAt: '2026-10-01T08:00:00Z' });
    await writer.sales.record(club);
    const of = (kind: string, amount: number, occurredAt: string) => ({ ...club, kind, amount, occurredAt }) as ReturnType<typeof sale>;
    await writer.sales.record(of('rebill', 1900, '2026-10-31T08:00:00Z'));
    await writer.sales.record(of('refund', 1900, '2026-10-31T09:00:00Z'));
    await writer.sales.record(of('chargeback', 500, '2026-10-31T10:00:00Z'));
    await writer.sales.record(of('cancellation', 0, '2026-10-31T11:00:00Z'));
    const day = (await daily()).find((d) => d.day === '2026-10-31');
    expect({ sales: Number(day?.sales), gross: Number(day?.gross), refunds: Number(day?.refunds) }).toEqual({ sales: 1, gross: 1900, refunds: 2400 });
  });

  it('refuses what does not fit its sale, names the problem and records nothing', async () => {
    const first = sale();
    await writer.sales.record(first);
    const count = async () => Number((await server.deps.db('transactions').where({ workspace_id: seller.id }).count({ n: '*' }))[0]!.n);
    const before = await count();
    expect(await refusal(writer.sales.record({ ...first }))).toMatchObject({ code: 'CONFLICT', appCode: 'RECEIPT_TAKEN' });
    expect(await refusal(writer.sales.record(sale({ kind: 'refund' })))).toMatchObject({ code: 'NOT_FOUND', appCode: 'RECEIPT_NOT_FOUND' });
    expect(await refusal(writer.sales.record(sale({ productSku: 'nothing' })))).toMatchObject({ code: 'NOT_FOUND', appCode: 'PRODUCT_NOT_FOUND' });
    expect(await refusal(writer.sales.record({ ...first, kind: 'rebill' }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_RECURRING' });
    expect(await refusal(writer.sales.record({ ...first, kind: 'refund', currency: 'EUR' }))).toMatchObject({ appCode: 'CURRENCY_DIFFERS' });
    expect(await refusal(writer.sales.record({ ...first, kind: 'refund', productSku: 'club' }))).toMatchObject({ appCode: 'SALE_PRODUCT_DIFFERS' });
    const tax = await refusal(writer.sales.record(sale({ tax: 9999 })));
    expect(tax).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_INPUT' });
    expect(tax.message).toContain('must not be more than the amount');
    const cents = await refusal(writer.sales.record(sale({ amount: 12.5 })));
    expect(cents.message).toContain('must be a whole number');
    expect((await refusal(writer.sales.record(sale({ currency: 'dollars' })))).message).toContain('must be a three-letter currency code');
    expect(await count()).toBe(before);
  });

  it('lets API read read the transactions, page by page, but not record one', async () => {
    const page = await reader.sales.transactions({ workspace: seller.handle, limit: 2 });
    expect(page.transactions).toHaveLength(2);
    const rest = await reader.sales.transactions({ workspace: seller.handle, limit: 500, after: page.next! });
    const all = [...page.transactions, ...rest.transactions];
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    const times = all.map((t) => t.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await refusal(reader.sales.record(sale()))).toMatchObject({ code: 'FORBIDDEN', appCode: 'API_WRITE_REQUIRED' });
    expect((await reader.sales.products({ workspace: seller.handle })).map((p) => p.sku)).toEqual(['club', 'guide']);
  });

  it('keeps every account’s sales to itself: a key of one account records nothing in another', async () => {
    const other = await givenWorkspace(server, undefined, { template: 'marketplace' });
    await other.owner.sales.saveProduct({ workspace: other.handle, sku: 'guide', name: 'Other guide', kind: 'standard' });
    expect(await refusal(writer.sales.record(sale({ workspace: other.handle })))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect(await refusal(writer.sales.transactions({ workspace: other.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect(await server.deps.db('transactions').where({ workspace_id: other.id })).toEqual([]);
  });

  it('holds no sales in a workspace that is not a seller account', async () => {
    const studio = await givenWorkspace(server);
    expect(await refusal(studio.owner.sales.products({ workspace: studio.handle }))).toMatchObject({ code: 'FORBIDDEN' });
    const master = await givenWorkspace(server, undefined, { template: 'marketplace' });
    await server.deps.db('workspaces').where({ id: master.id }).update({ kind: 'master' });
    expect(await refusal(master.owner.sales.saveProduct({ workspace: master.handle, sku: 'x', name: 'X', kind: 'standard' }))).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'NOT_A_SELLER_ACCOUNT',
    });
  });

  describe('several transactions in one call', () => {
    const count = async () => Number((await server.deps.db('transactions').where({ workspace_id: seller.id }).count({ n: '*' }))[0]!.n);
    const without = ({ workspace: _w, ...rest }: ReturnType<typeof sale>) => rest;
    /** The refusal's error itself: its code, app code and details. */
    async function refused(promise: Promise<unknown>): Promise<{ code: string; appCode?: string; details?: Record<string, unknown> }> {
      try {
        await promise;
      } catch (error) {
        return error as { code: string; appCode?: string; details?: Record<string, unknown> };
      }
      throw new Error('expected the call to be refused, but it succeeded');
    }

    it('records them in order, a refund and a rebill of a sale made earlier in the same call among them, and the day’s sales add them all', async () => {
      const before = await daily();
      const club = without(sale({ productSku: 'club', amount: 1900, tax: undefined, occurredAt: '2026-09-02T08:00:00Z' }));
      const guide = without(sale({ occurredAt: '2026-09-02T09:00:00Z' }));
      const recorded = await writer.sales.recordMany({
        workspace: seller.handle,
        transactions: [
          club,
          guide,
          { ...club, kind: 'rebill', occurredAt: '2026-09-02T10:00:00Z' },
          { ...guide, kind: 'refund', amount: 1000, tax: undefined, occurredAt: '2026-09-02T11:00:00Z' },
        ],
      });
      expect(recorded.map((t) => [t.receiptNumber, t.kind, t.amount])).toEqual([
        [club.receiptNumber, 'sale', 1900],
        [guide.receiptNumber, 'sale', 4700],
        [club.receiptNumber, 'rebill', 1900],
        [guide.receiptNumber, 'refund', 1000],
      ]);
      const day = (await daily()).find((d) => d.day === '2026-09-02');
      const was = before.find((d) => d.day === '2026-09-02');
      expect(Number(day?.sales) - Number(was?.sales ?? 0)).toBe(3);
      expect(Number(day?.gross) - Number(was?.gross ?? 0)).toBe(1900 + 4700 + 1900);
      expect(Number(day?.refunds) - Number(was?.refunds ?? 0)).toBe(1000);
      // One entry in the activity log for the call, with its receipts.
      const entry = await server.deps.db('audit_log').where({ workspace_id: seller.id, action: 'sales.recordMany' }).orderBy('at', 'desc').first();
      expect(entry?.details).toEqual({ count: 4, receiptNumbers: [club.receiptNumber, guide.receiptNumber] });
    });

    it('records none of them when one is refused, and names which one', async () => {
      const before = await count();
      const first = without(sale());
      const cases: Array<[ReturnType<typeof without>[], string, number]> = [
        [[first, without(sale({ productSku: 'nothing' }))], 'PRODUCT_NOT_FOUND', 1],
        [[first, without(sale()), { ...first, receiptNumber: first.receiptNumber }], 'RECEIPT_TAKEN', 2],
        [[first, without(sale({ kind: 'refund' }))], 'RECEIPT_NOT_FOUND', 1],
        [[{ ...first, kind: 'rebill' }], 'RECEIPT_NOT_FOUND', 0],
        [[first, { ...first, kind: 'rebill' }], 'NOT_RECURRING', 1],
        [[first, { ...first, kind: 'refund', currency: 'EUR' }], 'CURRENCY_DIFFERS', 1],
      ];
      for (const [transactions, appCode, index] of cases) {
        const error = await refused(writer.sales.recordMany({ workspace: seller.handle, transactions }));
        expect(error.appCode, appCode).toBe(appCode);
        expect(error.details, appCode).toEqual(transactions.length > 1 ? { index } : undefined);
      }
      expect(await count()).toBe(before);
      // A sale another call recorded first: this call records nothing, and says which receipt is taken.
      await writer.sales.record(sale({ receiptNumber: first.receiptNumber }));
      const taken = await refused(writer.sales.recordMany({ workspace: seller.handle, transactions: [without(sale()), first] }));
      expect(taken).toMatchObject({ code: 'CONFLICT', appCode: 'RECEIPT_TAKEN', details: { index: 1 } });
      expect(await count()).toBe(before + 1);
    });

    it('refuses an empty call, more than 500, and names the item whose field is wrong, over HTTP as a back-end sends it', async () => {
      const http = await listen(server);
      try {
        const apiKey = (
          await seller.owner.apiUsers.create({ workspace: seller.handle, email: `batch-${kind}@example.com`, firstName: 'Batch', lastName: 'Backend', role: { template: 'api-writer' } })
        ).apiKey;
        const send = (transactions: unknown[]) => trpcHttp(http.base, 'mutation', 'sales.recordMany', { workspace: seller.handle, transactions }, { token: apiKey });
        const before = await count();
        const empty = await send([]);
        expect(empty.status).toBe(400);
        expect(empty.body.error.message).toBe('transactions must hold at least one transaction');
        const many = await send(Array.from({ length: 501 }, () => without(sale())));
        expect(many.body.error.message).toBe('transactions must hold at most 500 transactions');
        const wrongTax = await send([without(sale()), without(sale({ tax: 9999 }))]);
        expect(wrongTax.status).toBe(400);
        expect(wrongTax.body.error.message).toBe('transactions.1.tax must not be more than the amount');
        expect(wrongTax.body.error.data.appCode).toBe('INVALID_INPUT');
        const unknown = await send([without(sale()), without(sale({ productSku: 'nothing' }))]);
        expect(unknown.status).toBe(404);
        expect(unknown.body.error.data).toMatchObject({ appCode: 'PRODUCT_NOT_FOUND', details: { index: 1 } });
        expect(await count()).toBe(before);
        const read = (
          await seller.owner.apiUsers.create({ workspace: seller.handle, email: `batch-reader-${kind}@example.com`, firstName: 'R', lastName: 'B', role: { template: 'api-reader' } })
        ).apiKey;
        const readOnly = await trpcHttp(http.base, 'mutation', 'sales.recordMany', { workspace: seller.handle, transactions: [without(sale())] }, { token: read });
        expect(readOnly.body.error.data.appCode).toBe('API_WRITE_REQUIRED');
        expect(await count()).toBe(before);
      } finally {
        await http.close();
      }
    });
  });
});
