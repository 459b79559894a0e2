import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListedTransaction, SearchTransactionsInput, TransactionKind } from '@foyer/schema';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { trpcHttp } from '../../test-support/trpc-http.js';
import { givenHelper, givenTicketDesk, type GivenHelper, type TicketDesk } from '../../test-support/tickets.js';

type Caller = ReturnType<TestServer['caller']>;
type Search = Omit<SearchTransactionsInput, 'workspace'>;

describe.each(databaseKinds)('a master account’s transaction search and order details on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  let others: TicketDesk;
  let n = 0;
  const receipt = (prefix: string) => `${prefix}${kind === 'pglite' ? 'P' : 'G'}${(n++).toString().padStart(3, '0')}`;
  /** The receipts of this file's sales, by name. */
  const r: Record<string, string> = {};
  /** The ids of this file's transactions, by name. */
  const id: Record<string, string> = {};

  async function record(
    caller: Caller,
    account: string,
    name: string,
    fields: {
      receipt: string;
      kind?: TransactionKind;
      at: string;
      sku?: string;
      customer?: { name: string; email: string; locale?: string };
      amount: number;
      tax?: number;
      currency?: string;
    },
  ) {
    const recorded = await caller.sales.record({
      workspace: account,
      receiptNumber: fields.receipt,
      kind: fields.kind ?? 'sale',
      occurredAt: fields.at,
      productSku: fields.sku ?? 'guide',
      customer: fields.customer ?? { name: 'Ada Lovelace', email: 'ada.lovelace@example.com' },
      amount: fields.amount,
      tax: fields.tax,
      currency: fields.currency ?? 'EUR',
    });
    id[name] = recorded.id;
  }

  const search = (caller: Caller, input: Search = {}) => caller.transactions.search({ workspace: desk.master.handle, ...input });
  const receiptsOf = (page: { transactions: ListedTransaction[] }) => page.transactions.map((t) => `${t.receiptNumber}/${t.kind}`);

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
    others = await givenTicketDesk(server);
    const { north, south, backend } = desk;
    const b = backend.caller;
    r.n1 = receipt('N');
    r.n2 = receipt('N');
    r.n3 = receipt('N');
    r.s1 = receipt('S');
    r.s2 = receipt('S');
    await record(b, north.handle, 'n1', {
      receipt: r.n1,
      at: '2026-03-01T10:00:00Z',
      customer: { name: 'Ada Lovelace', email: 'ada.lovelace@example.com', locale: 'hu' },
      amount: 4700,
      tax: 700,
    });
    await record(b, north.handle, 'n1refund', { receipt: r.n1, kind: 'refund', at: '2026-03-05T09:00:00Z', amount: 1000 });
    await record(b, north.handle, 'n1chargeback', { receipt: r.n1, kind: 'chargeback', at: '2026-03-06T09:00:00Z', amount: 500 });
    const bob = { name: 'Bob Builder', email: 'bob@builder.example' };
    await record(b, north.handle, 'n2', { receipt: r.n2, sku: 'club', at: '2026-03-02T10:00:00Z', customer: bob, amount: 1900, currency: 'USD' });
    await record(b, north.handle, 'n2rebill', { receipt: r.n2, sku: 'club', kind: 'rebill', at: '2026-04-02T10:00:00Z', customer: bob, amount: 1900, currency: 'USD' });
    await record(b, north.handle, 'n2cancel', { receipt: r.n2, sku: 'club', kind: 'cancellation', at: '2026-05-02T10:00:00Z', customer: bob, amount: 0, currency: 'USD' });
    await record(b, north.handle, 'n3', { receipt: r.n3, at: '2026-03-03T10:00:00Z', customer: { name: 'Győző Fűzfa', email: 'gyozo_100@example.hu' }, amount: 9900, currency: 'HUF' });
    await record(b, south.handle, 's1', { receipt: r.s1, at: '2026-03-04T10:00:00Z', customer: { name: 'Ada Lovelace', email: 'ada@south.example' }, amount: 2500 });
    // The same instant as North's first sale: the order between them is the ids'.
    await record(b, south.handle, 's2', { receipt: r.s2, sku: 'club', at: '2026-03-01T10:00:00Z', customer: { name: 'Cleo Customer', email: 'cleo@example.com' }, amount: 1900 });
    // Another master account's account sells to the same customer.
    await record(others.backend.caller, others.north.handle, 'x1', { receipt: receipt('X'), at: '2026-03-03T12:00:00Z', amount: 777 });
  }, 120_000);
  afterAll(() => server.close());

  it('lists every transaction of the linked accounts, newest first, with the account each is of, and nothing of another master account', async () => {
    const page = await search(desk.master.owner);
    const ids = [id.s2!, id.n1!].sort().reverse();
    expect(page.transactions.map((t) => t.id)).toEqual([id.n2cancel, id.n2rebill, id.n1chargeback, id.n1refund, id.s1, id.n3, id.n2, ...ids]);
    expect(page).toMatchObject({ total: 9, totalExact: true, nextCursor: null });
    expect(page.transactions[0]).toMatchObject({
      receiptNumber: r.n2,
      kind: 'cancellation',
      account: { handle: desk.north.handle, name: expect.any(String) },
      product: { sku: 'club', name: 'Monthly Club', kind: 'recurring' },
      customer: { name: 'Bob Builder', email: 'bob@builder.example' },
      amount: 0,
      currency: 'USD',
    });
    expect(JSON.stringify(page)).not.toContain(id.x1);
  });

  it('narrows by account, period, receipt number, a piece of the customer’s name or email, product, kind and amount, together', async () => {
    const owner = desk.master.owner;
    expect(receiptsOf(await search(owner, { account: desk.south.handle }))).toEqual([`${r.s1}/sale`, `${r.s2}/sale`]);
    // from is inclusive, to exclusive.
    expect((await search(owner, { from: '2026-03-02T10:00:00Z', to: '2026-03-05T09:00:00Z' })).transactions.map((t) => t.id)).toEqual([id.s1, id.n3, id.n2]);
    expect(receiptsOf(await search(owner, { receiptNumber: r.n1!.toLowerCase() }))).toEqual([`${r.n1}/chargeback`, `${r.n1}/refund`, `${r.n1}/sale`]);
    // A piece of the name or of the email, in any case; % and _ are matched as themselves.
    expect((await search(owner, { customer: 'LOVELACE' })).transactions.map((t) => t.id)).toEqual([id.n1chargeback, id.n1refund, id.s1, id.n1]);
    expect((await search(owner, { customer: 'builder.exa' })).total).toBe(3);
    // A whole address: looked up by its part before the @, matched whole.
    expect((await search(owner, { customer: 'ADA@South.Example' })).transactions.map((t) => t.id)).toEqual([id.s1]);
    expect((await search(owner, { customer: 'ada@north.example' })).transactions).toEqual([]);
    expect((await search(owner, { customer: 'lovelace@example.com' })).transactions.map((t) => t.id)).toEqual([id.n1chargeback, id.n1refund, id.n1]);
    expect((await search(owner, { customer: 'győző fűz' })).transactions.map((t) => t.id)).toEqual([id.n3]);
    expect((await search(owner, { customer: 'o_100@' })).transactions.map((t) => t.id)).toEqual([id.n3]);
    expect((await search(owner, { customer: 'ozo%100' })).transactions).toEqual([]);
    expect((await search(owner, { customer: 'ozo_1000' })).transactions).toEqual([]);
    expect((await search(owner, { customer: '%%%' })).transactions).toEqual([]);
    expect(receiptsOf(await search(owner, { productSku: 'club' }))).toEqual([`${r.n2}/cancellation`, `${r.n2}/rebill`, `${r.n2}/sale`, `${r.s2}/sale`]);
    expect(receiptsOf(await search(owner, { kinds: ['refund', 'chargeback'] }))).toEqual([`${r.n1}/chargeback`, `${r.n1}/refund`]);
    expect((await search(owner, { minAmount: 1900, maxAmount: 4700 })).transactions.map((t) => t.id)).toEqual([id.n2rebill, id.s1, id.n2, ...[id.s2!, id.n1!].sort().reverse()]);
    expect(
      (await search(owner, { account: desk.north.handle, productSku: 'club', kinds: ['sale', 'rebill'], maxAmount: 1900, from: '2026-03-15T00:00:00Z' })).transactions.map((t) => t.id),
    ).toEqual([id.n2rebill]);
    expect(await search(owner, { productSku: 'no-such-product' })).toMatchObject({ transactions: [], total: 0, totalExact: true });
  });

  it('pages newest first with a cursor: pages that add up to the whole list, each transaction once', async () => {
    const all = (await search(desk.master.owner)).transactions.map((t) => t.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const got = await search(desk.master.owner, { limit: 2, after });
      seen.push(...got.transactions.map((t) => t.id));
      expect(got.total).toBe(9);
      if (!got.nextCursor) break;
      after = got.nextCursor;
    }
    expect(seen).toEqual(all);
    for (const cursor of ['nonsense', Buffer.from('{"k":"2026-03-01","i":"x"}').toString('base64url'), Buffer.from('null').toString('base64url')]) {
      expect(await refusal(search(desk.master.owner, { after: cursor }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_CURSOR' });
    }
  });

  it('reads many transactions as merged ranges and few through their index, in the same order as the database sorts them, and counts up to the cap', async () => {
    // 1,200 more sales in North and 300 in South, by two customers: one searched customer matches more than the count's cap, the other few.
    const product = await server.deps.db('products').select('id', 'workspace_id').whereIn('workspace_id', [desk.north.id, desk.south.id]).where({ sku: 'guide' });
    for (const [account, count] of [
      [desk.north.id, 1200],
      [desk.south.id, 300],
    ] as const) {
      await server.deps.db.raw(
        `insert into transactions (id, workspace_id, product_id, receipt_number, kind, occurred_at, customer_name, customer_email, amount_minor, tax_minor, currency, recorded_by, created_at)
         select gen_random_uuid(), ?, ?, 'BULK-' || ? || '-' || i, 'sale',
                timestamptz '2025-06-01 00:00:00+00' + ((i % 97) * interval '1 hour') + (i * interval '7 seconds') + (i % 3) * interval '123 microseconds',
                case when i % 50 = 0 then 'Rare Raven' else 'Many Magpie' end, case when i % 50 = 0 then 'raven@example.org' else 'magpie@example.org' end,
                100 + i, null, 'EUR', null, now()
           from generate_series(1, ?) as i`,
        [account, product.find((p) => p.workspace_id === account)!.id, account.slice(0, 8), count],
      );
    }
    const reference = async (where: string, bindings: unknown[] = []) =>
      (
        await server.deps.db.raw(`select id from transactions where workspace_id in (?, ?) and ${where} order by occurred_at desc, id desc`, [desk.north.id, desk.south.id, ...bindings])
      ).rows.map((row: { id: string }) => row.id);
    const walk = async (input: Search) => {
      const found: string[] = [];
      let after: string | undefined;
      let first: Awaited<ReturnType<typeof search>> | undefined;
      do {
        const page = await search(desk.master.owner, { ...input, limit: 100, after });
        first ??= page;
        found.push(...page.transactions.map((t) => t.id));
        after = page.nextCursor ?? undefined;
      } while (after);
      return { found, first: first! };
    };
    const everything = await walk({});
    expect(everything.found).toEqual(await reference('true'));
    expect(everything.first).toMatchObject({ total: 1000, totalExact: false });
    const magpies = await walk({ customer: 'magpie' });
    expect(magpies.found).toEqual(await reference("customer_name ilike '%magpie%'"));
    expect(magpies.first.totalExact).toBe(false);
    const ravens = await walk({ customer: 'RAVEN@' });
    expect(ravens.found).toEqual(await reference("customer_email ilike '%raven@%'"));
    expect(ravens.first).toMatchObject({ total: 30, totalExact: true });
    const sales = await walk({ kinds: ['sale'], to: '2025-06-03T00:00:00Z' });
    expect(sales.found).toEqual(await reference("kind = 'sale' and occurred_at < '2025-06-03T00:00:00Z'"));
    await server.deps.db('transactions').whereIn('workspace_id', [desk.north.id, desk.south.id]).where('receipt_number', 'like', 'BULK-%').delete();
  });

  it('gives a transaction’s order details: its sale, what followed under its receipt, what was refunded so far, and the customer’s language', async () => {
    const owner = desk.master.owner;
    const refund = await owner.transactions.get({ workspace: desk.master.handle, account: desk.north.handle, transaction: id.n1refund! });
    expect(refund.account.handle).toBe(desk.north.handle);
    expect(refund.transaction).toMatchObject({ id: id.n1refund, kind: 'refund', amount: 1000, customer: { name: 'Ada Lovelace', locale: 'hu' } });
    expect(refund.sale).toMatchObject({ id: id.n1, kind: 'sale', amount: 4700, tax: 700, currency: 'EUR', product: { sku: 'guide' } });
    expect(refund.related.map((t) => t.id)).toEqual([id.n1refund, id.n1chargeback]);
    expect(refund).toMatchObject({ refunded: 1500, cancelledAt: null });
    const club = await owner.transactions.get({ workspace: desk.master.handle, account: desk.north.handle, transaction: id.n2! });
    expect(club.sale?.id).toBe(id.n2);
    expect(club.related.map((t) => t.kind)).toEqual(['rebill', 'cancellation']);
    expect(club).toMatchObject({ refunded: 0, cancelledAt: '2026-05-02T10:00:00.000Z', transaction: { customer: { locale: null } } });
  });

  it('answers an id of another account, of another master account, or of nothing as it answers a transaction that does not exist', async () => {
    const owner = desk.master.owner;
    const get = (account: string, transaction: string) => owner.transactions.get({ workspace: desk.master.handle, account, transaction });
    for (const [account, transaction] of [
      [desk.south.handle, id.n1!],
      [desk.north.handle, id.x1!],
      [others.north.handle, id.x1!],
      [desk.north.handle, randomUUID()],
      ['no-such-account', id.n1!],
    ]) {
      expect(await refusal(get(account!, transaction!))).toMatchObject({ code: 'NOT_FOUND', appCode: 'TRANSACTION_NOT_FOUND' });
    }
    expect(await refusal(search(owner, { account: others.north.handle }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'ACCOUNT_NOT_LINKED' });
    expect(await refusal(owner.transactions.search({ workspace: others.master.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    // A seller account has no linked accounts to search, whoever owns it.
    expect(await refusal(owner.transactions.search({ workspace: desk.north.handle }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_MASTER_ACCOUNT' });
  });

  describe('third-party users', () => {
    let searcher: GivenHelper;
    let ticketsOnly: GivenHelper;
    let reporter: GivenHelper;

    beforeAll(async () => {
      searcher = await givenHelper(server, desk.master, ['orders.search'], [desk.north.handle]);
      ticketsOnly = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle, desk.south.handle]);
      reporter = await givenHelper(server, desk.master, ['members.manage'], [desk.north.handle, desk.south.handle]);
    }, 60_000);

    it('shows a Search orders user every transaction of the accounts it works in, and nothing of the others', async () => {
      const page = await search(searcher.caller);
      expect(new Set(page.transactions.map((t) => t.account.handle))).toEqual(new Set([desk.north.handle]));
      expect(page.total).toBe(7);
      expect(await refusal(search(searcher.caller, { account: desk.south.handle }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'ACCOUNT_NOT_LINKED' });
      expect(await refusal(searcher.caller.transactions.get({ workspace: desk.master.handle, account: desk.south.handle, transaction: id.s1! }))).toMatchObject({
        appCode: 'TRANSACTION_NOT_FOUND',
      });
      // Given South, it sees South's from the next call; unlinking takes it away again.
      await desk.master.owner.masterUsers.update({ workspace: desk.master.handle, identityId: searcher.identityId, accounts: [desk.north.handle, desk.south.handle] });
      expect((await search(searcher.caller)).total).toBe(9);
      await desk.master.owner.masterUsers.update({ workspace: desk.master.handle, identityId: searcher.identityId, accounts: [desk.north.handle] });
      expect((await search(searcher.caller)).total).toBe(7);
    });

    it('shows an Orders/Tickets user only the transactions of sales that have a ticket: the sale and what followed under its receipt', async () => {
      expect(await search(ticketsOnly.caller)).toMatchObject({ transactions: [], total: 0 });
      await desk.backend.caller.tickets.open({ workspace: desk.north.handle, type: 'cancellation', customerEmail: 'bob@builder.example', receiptNumber: r.n2!, comment: 'Please cancel.' });
      const page = await search(ticketsOnly.caller);
      expect(page.transactions.map((t) => t.id)).toEqual([id.n2cancel, id.n2rebill, id.n2]);
      expect(page.total).toBe(3);
      // Its searches find nothing else, whatever they name.
      expect((await search(ticketsOnly.caller, { customer: 'lovelace' })).transactions).toEqual([]);
      expect((await search(ticketsOnly.caller, { receiptNumber: r.n1 })).transactions).toEqual([]);
      const details = await ticketsOnly.caller.transactions.get({ workspace: desk.master.handle, account: desk.north.handle, transaction: id.n2rebill! });
      expect(details.related.map((t) => t.id)).toEqual([id.n2rebill, id.n2cancel]);
      expect(await refusal(ticketsOnly.caller.transactions.get({ workspace: desk.master.handle, account: desk.north.handle, transaction: id.n1! }))).toMatchObject({
        code: 'NOT_FOUND',
        appCode: 'TRANSACTION_NOT_FOUND',
      });
      // The owner still sees everything.
      expect((await search(desk.master.owner)).total).toBe(9);
    });

    it('refuses a user who holds neither Search orders nor Orders/Tickets', async () => {
      expect(await refusal(search(reporter.caller))).toMatchObject({ code: 'FORBIDDEN', appCode: 'FORBIDDEN' });
      expect(await refusal(reporter.caller.transactions.get({ workspace: desk.master.handle, account: desk.north.handle, transaction: id.n1! }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('lets a user’s API key search where the user holds API read, and refuses it otherwise', async () => {
      const withRead = await givenHelper(server, desk.master, ['orders.search', 'api.read'], [desk.north.handle], true);
      expect((await search(withRead.caller)).total).toBe(7);
      const withoutRead = await givenHelper(server, desk.master, ['orders.search'], [desk.north.handle], true);
      expect(await refusal(search(withoutRead.caller))).toMatchObject({ code: 'FORBIDDEN', appCode: 'API_READ_REQUIRED' });
    });
  });

  describe('bad input', () => {
    let http: Awaited<ReturnType<typeof listen>>;
    beforeAll(async () => {
      http = await listen(server);
    });
    afterAll(() => http.close());
    const ask = (input: Record<string, unknown>) => trpcHttp(http.base, 'query', 'transactions.search', { workspace: desk.master.handle, ...input }, { token: desk.master.token });

    it('names the field and its problem, and answers no transaction', async () => {
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ customer: 'ad' }, 'customer', 'must be at least 3 characters'],
        [{ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to', 'must be after from'],
        [{ from: '2026-03-02T00:00:00Z', to: '2026-03-02T00:00:00Z' }, 'to', 'must be after from'],
        [{ from: 'yesterday' }, 'from', 'must be an ISO 8601 date and time'],
        [{ minAmount: 500, maxAmount: 400 }, 'maxAmount', 'must not be less than minAmount'],
        [{ minAmount: -1 }, 'minAmount', 'must not be negative'],
        [{ kinds: [] }, 'kinds', 'must name at least one kind'],
        [{ receiptNumber: 'R 100' }, 'receiptNumber', 'may hold only letters, digits and hyphens'],
        [{ limit: 0 }, 'limit', 'must be at least 1'],
        [{ limit: 101 }, 'limit', 'must be at most 100'],
        [{ after: 'not a cursor!' }, 'after', 'must be a cursor from a previous page'],
      ];
      for (const [input, field, sentence] of cases) {
        const answer = await ask(input);
        expect(answer.status, JSON.stringify(input)).toBe(400);
        expect(answer.body.error.data.appCode).toBe('INVALID_INPUT');
        expect(answer.body.error.data.fieldErrors[field]?.[0], JSON.stringify(input)).toBe(sentence);
      }
      const notAnId = await trpcHttp(http.base, 'query', 'transactions.get', { workspace: desk.master.handle, account: desk.north.handle, transaction: 'n1' }, { token: desk.master.token });
      expect(notAnId.status).toBe(400);
      expect(notAnId.body.error.data.fieldErrors.transaction).toEqual(['must be a valid id']);
    });
  });
});
