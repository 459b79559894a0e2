import { randomUUID } from 'node:crypto';
import { marketplaceCatalog, type Dashboard, type TransactionKind } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { trpcHttp } from '../../test-support/trpc-http.js';

/** One transaction as a seller account's back-end would have recorded it. */
interface Sold {
  receipt: string;
  kind?: TransactionKind;
  at: string;
  amount: number;
  currency?: string;
}

/** The dashboard's series as bars: one per account, day and currency that sold, in the series' order, then by day. */
function bars(dashboard: Dashboard) {
  const start = Date.parse(`${dashboard.from}T00:00:00Z`);
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  return dashboard.series
    .flatMap((s) => s.count.map((count, i) => ({ day: day(i), account: s.account, currency: s.currency, count, gross: s.gross[i] })))
    .filter((bar) => bar.count !== 0 || bar.gross !== 0)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

describe.each(databaseKinds)('the master account’s sales dashboard on %s', (kind) => {
  let server: TestServer;
  let master: GivenWorkspace;
  let alpha: GivenWorkspace;
  let beta1: GivenWorkspace;
  let beta2: GivenWorkspace;
  let unlinked: GivenWorkspace;
  let otherMaster: GivenWorkspace;
  let othersAccount: GivenWorkspace;
  const march = { from: '2026-03-01', to: '2026-03-31' };

  /** A marketplace workspace made a master account, as registering one does. */
  async function givenMaster(): Promise<GivenWorkspace> {
    const given = await givenWorkspace(server, undefined, { template: 'marketplace' });
    await server.deps.db('workspaces').where({ id: given.id }).update({ kind: 'master' });
    return given;
  }
  const link = (account: GivenWorkspace, to: GivenWorkspace) => server.deps.db('master_links').insert({ account_id: account.id, workspace_id: to.id, linked_at: new Date() });
  const products = new Map<string, string>();

  /** Inserts the account's transactions in one statement, of its one product. */
  async function sell(account: GivenWorkspace, sold: Sold[]): Promise<void> {
    let product = products.get(account.id);
    if (!product) {
      product = randomUUID();
      await server.deps.db('products').insert({ id: product, workspace_id: account.id, sku: 'EBOOK', name: 'The e-book', kind: 'recurring', created_at: new Date() });
      products.set(account.id, product);
    }
    await server.deps.db('transactions').insert(
      sold.map((t) => ({
        id: randomUUID(),
        workspace_id: account.id,
        product_id: product,
        receipt_number: t.receipt,
        kind: t.kind ?? 'sale',
        occurred_at: new Date(t.at),
        customer_name: 'Cleo Customer',
        customer_email: 'cleo@example.com',
        amount_minor: t.amount,
        tax_minor: null,
        currency: t.currency ?? 'EUR',
        recorded_by: null,
        created_at: new Date(),
      })),
    );
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    master = await givenMaster();
    // Named so that the order of names differs from that of handles, and from a byte-wise order of names.
    alpha = await givenWorkspace(server, 'zz-alpha', { template: 'marketplace' });
    beta1 = await givenWorkspace(server, 'beta-books-1', { template: 'marketplace' });
    beta2 = await givenWorkspace(server, 'beta-books-2', { template: 'marketplace' });
    await server.deps.db('workspaces').where({ id: alpha.id }).update({ name: 'alpha apps' });
    await server.deps.db('workspaces').whereIn('id', [beta1.id, beta2.id]).update({ name: 'Beta Books' });
    unlinked = await givenWorkspace(server, undefined, { template: 'marketplace' });
    otherMaster = await givenMaster();
    othersAccount = await givenWorkspace(server, undefined, { template: 'marketplace' });
    for (const account of [beta2, alpha, beta1]) await link(account, master);
    await link(othersAccount, otherMaster);

    await sell(alpha, [
      // The period's first and last instants, and the instants just outside it.
      { receipt: 'A-BEFORE', at: '2026-02-28T23:59:59.999Z', amount: 500 },
      { receipt: 'A-FIRST', at: '2026-03-01T00:00:00.000Z', amount: 1000 },
      { receipt: 'A-FIRST', kind: 'rebill', at: '2026-03-31T23:59:59.999Z', amount: 700 },
      { receipt: 'A-AFTER', at: '2026-04-01T00:00:00.000Z', amount: 900 },
      // Two currencies on one day, and a sale refunded the same day.
      { receipt: 'A-DOLLAR', at: '2026-03-10T09:00:00Z', amount: 2000, currency: 'USD' },
      { receipt: 'A-REFUNDED', at: '2026-03-10T10:00:00Z', amount: 1500 },
      { receipt: 'A-REFUNDED', kind: 'refund', at: '2026-03-10T11:00:00Z', amount: 1500 },
      // A day with only a chargeback and a cancellation: money back, no sale, no bar.
      { receipt: 'A-FIRST', kind: 'chargeback', at: '2026-03-12T08:00:00Z', amount: 1000 },
      { receipt: 'A-FIRST', kind: 'cancellation', at: '2026-03-12T08:05:00Z', amount: 0 },
    ]);
    // 23:30 in New York on the 15th is the 16th in UTC: the dashboard's days are UTC days.
    await sell(alpha, [{ receipt: 'A-EVENING', at: '2026-03-15T23:30:00-05:00', amount: 250 }]);
    await sell(beta1, [
      { receipt: 'B-ONE', at: '2026-03-10T12:00:00Z', amount: 300 },
      { receipt: 'B-TWO', at: '2026-03-10T18:00:00Z', amount: 400 },
    ]);
    await sell(unlinked, [{ receipt: 'U-ONE', at: '2026-03-10T12:00:00Z', amount: 99_999 }]);
    await sell(othersAccount, [{ receipt: 'X-ONE', at: '2026-03-10T12:00:00Z', amount: 88_888 }]);
  });
  afterAll(() => server.close());

  it('lists the linked accounts by name, then handle: the order their colours follow', async () => {
    const dashboard = await master.owner.dashboard.sales({ workspace: master.handle, ...march });
    expect(dashboard.from).toBe('2026-03-01');
    expect(dashboard.to).toBe('2026-03-31');
    expect(dashboard.accounts).toEqual([
      { handle: 'zz-alpha', name: 'alpha apps' },
      { handle: 'beta-books-1', name: 'Beta Books' },
      { handle: 'beta-books-2', name: 'Beta Books' },
    ]);
  });

  it('gives each account’s sales per UTC day and currency, both ends of the period included', async () => {
    const dashboard = await master.owner.dashboard.sales({ workspace: master.handle, ...march });
    // One value per day of the period in every series, the first day first.
    for (const series of dashboard.series) expect([series.count.length, series.gross.length]).toEqual([31, 31]);
    expect(dashboard.series.map((s) => [s.account, s.currency])).toEqual([
      ['zz-alpha', 'EUR'],
      ['zz-alpha', 'USD'],
      ['beta-books-1', 'EUR'],
    ]);
    expect(bars(dashboard)).toEqual([
      { day: '2026-03-01', account: 'zz-alpha', currency: 'EUR', count: 1, gross: 1000 },
      { day: '2026-03-10', account: 'zz-alpha', currency: 'EUR', count: 1, gross: 1500 },
      { day: '2026-03-10', account: 'zz-alpha', currency: 'USD', count: 1, gross: 2000 },
      { day: '2026-03-10', account: 'beta-books-1', currency: 'EUR', count: 2, gross: 700 },
      { day: '2026-03-16', account: 'zz-alpha', currency: 'EUR', count: 1, gross: 250 },
      { day: '2026-03-31', account: 'zz-alpha', currency: 'EUR', count: 1, gross: 700 },
    ]);
  });

  it('totals each account and all of them per currency, refunds and chargebacks taken off for net', async () => {
    const { totals } = await master.owner.dashboard.sales({ workspace: master.handle, ...march });
    expect(totals).toEqual([
      { account: 'zz-alpha', currency: 'EUR', count: 4, gross: 3450, refunds: 2500, net: 950 },
      { account: 'beta-books-1', currency: 'EUR', count: 2, gross: 700, refunds: 0, net: 700 },
      { account: null, currency: 'EUR', count: 6, gross: 4150, refunds: 2500, net: 1650 },
      { account: 'zz-alpha', currency: 'USD', count: 1, gross: 2000, refunds: 0, net: 2000 },
      { account: null, currency: 'USD', count: 1, gross: 2000, refunds: 0, net: 2000 },
    ]);
  });

  it('takes in one day alone: the last instant of the day before and the first of the day after stay out', async () => {
    const first = await master.owner.dashboard.sales({ workspace: master.handle, from: '2026-03-01', to: '2026-03-01' });
    expect(bars(first)).toEqual([{ day: '2026-03-01', account: 'zz-alpha', currency: 'EUR', count: 1, gross: 1000 }]);
    const before = await master.owner.dashboard.sales({ workspace: master.handle, from: '2026-02-28', to: '2026-02-28' });
    expect(bars(before)).toEqual([{ day: '2026-02-28', account: 'zz-alpha', currency: 'EUR', count: 1, gross: 500 }]);
    const after = await master.owner.dashboard.sales({ workspace: master.handle, from: '2026-04-01', to: '2026-04-01' });
    expect(after.totals).toEqual([
      { account: 'zz-alpha', currency: 'EUR', count: 1, gross: 900, refunds: 0, net: 900 },
      { account: null, currency: 'EUR', count: 1, gross: 900, refunds: 0, net: 900 },
    ]);
  });

  it('shows a period without sales as no bars and no totals, with the accounts still listed', async () => {
    const quiet = await master.owner.dashboard.sales({ workspace: master.handle, from: '2025-01-01', to: '2025-12-31' });
    expect(quiet).toEqual({ from: '2025-01-01', to: '2025-12-31', accounts: expect.any(Array), series: [], totals: [] });
    expect(quiet.accounts).toHaveLength(3);
  });

  it('counts no account that is not linked, and never another master account’s', async () => {
    const dashboard = await master.owner.dashboard.sales({ workspace: master.handle, ...march });
    const text = JSON.stringify(dashboard);
    for (const account of [unlinked, othersAccount]) expect(text).not.toContain(account.handle);
    expect(text).not.toMatch(/99999|88888/);
    const others = await otherMaster.owner.dashboard.sales({ workspace: otherMaster.handle, ...march });
    expect(others.accounts.map((a) => a.handle)).toEqual([othersAccount.handle]);
    expect(others.totals).toEqual([
      { account: othersAccount.handle, currency: 'EUR', count: 1, gross: 88_888, refunds: 0, net: 88_888 },
      { account: null, currency: 'EUR', count: 1, gross: 88_888, refunds: 0, net: 88_888 },
    ]);
    // Naming the other master account is refused: its owner is not this caller.
    expect((await refusal(master.owner.dashboard.sales({ workspace: otherMaster.handle, ...march }))).appCode).toBe('NOT_A_MEMBER');
  });

  it('stops counting an account once it is unlinked, and counts it from the moment it is linked', async () => {
    const extra = await givenWorkspace(server, undefined, { template: 'marketplace' });
    await sell(extra, [{ receipt: 'E-ONE', at: '2026-03-20T12:00:00Z', amount: 5000 }]);
    await link(extra, master);
    const linked = await master.owner.dashboard.sales({ workspace: master.handle, ...march });
    expect(linked.accounts.map((a) => a.handle)).toContain(extra.handle);
    expect(linked.totals.find((t) => t.account === null && t.currency === 'EUR')).toMatchObject({ count: 7, gross: 9150 });
    await server.deps.db('master_links').where({ account_id: extra.id }).delete();
    const unlinkedAgain = await master.owner.dashboard.sales({ workspace: master.handle, ...march });
    expect(unlinkedAgain.accounts.map((a) => a.handle)).not.toContain(extra.handle);
    expect(unlinkedAgain.totals.find((t) => t.account === null && t.currency === 'EUR')).toMatchObject({ count: 6, gross: 4150 });
  });

  it('refuses a user of the master account even with every permission: only the owner sees the dashboard', async () => {
    const user = await master.member('customer-service-manager');
    await master.owner.members.changeRole({ workspace: master.handle, identityId: user.identityId, role: { permissions: Object.keys(marketplaceCatalog.permissions) } });
    expect((await user.caller.permissions.mine({ workspace: master.handle })).permissions).toEqual(expect.arrayContaining(Object.keys(marketplaceCatalog.permissions)));
    expect(await refusal(user.caller.dashboard.sales({ workspace: master.handle, ...march }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'OWNER_ONLY' });
    const { apiKey } = await master.owner.apiUsers.create({
      workspace: master.handle,
      email: `robot-${randomUUID()}@example.com`,
      firstName: 'Report',
      lastName: 'Robot',
      role: { permissions: Object.keys(marketplaceCatalog.permissions) },
    });
    expect(await refusal(server.caller(apiKey).dashboard.sales({ workspace: master.handle, ...march }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'OWNER_ONLY' });
  });

  it('refuses a seller account’s own owner: a seller account is not a master account', async () => {
    expect(await refusal(alpha.owner.dashboard.sales({ workspace: alpha.handle, ...march }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_MASTER_ACCOUNT' });
  });

  describe('periods', () => {
    let http: Awaited<ReturnType<typeof listen>>;
    beforeAll(async () => {
      http = await listen(server);
    });
    afterAll(() => http.close());
    const ask = (period: Record<string, unknown>) => trpcHttp(http.base, 'query', 'dashboard.sales', { workspace: master.handle, ...period }, { token: master.ownerToken });

    it('refuses a period that ends before it starts, naming the end', async () => {
      const answer = await ask({ from: '2026-03-10', to: '2026-03-09' });
      expect(answer.status).toBe(400);
      expect(answer.body.error.data).toMatchObject({ appCode: 'INVALID_INPUT', fieldErrors: { to: ['must not end before it starts'] } });
      expect(answer.body.error.message).toBe('to must not end before it starts');
    });

    it('takes 800 days and refuses 801', async () => {
      const longest = await ask({ from: '2024-01-01', to: '2026-03-10' });
      expect(longest.status).toBe(200);
      expect(longest.body.result.data.totals.length).toBeGreaterThan(0);
      const tooLong = await ask({ from: '2024-01-01', to: '2026-03-11' });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error.data.fieldErrors).toEqual({ to: ['must be at most 800 days after from'] });
    });

    it('refuses what is not a calendar date, naming the field', async () => {
      const notADate = 'must be a date such as 2026-12-06';
      const cases: Array<[Record<string, string>, string, string | undefined]> = [
        [{ from: 'yesterday', to: '2026-03-10' }, 'from', notADate],
        [{ from: '2026-03-01', to: '2026-02-30' }, 'to', notADate],
        [{ from: '2026-03-01T00:00:00Z', to: '2026-03-10' }, 'from', notADate],
        [{ from: '2026-03-01' }, 'to', undefined],
      ];
      for (const [period, field, sentence] of cases) {
        const answer = await ask(period);
        expect(answer.status, JSON.stringify(period)).toBe(400);
        expect(answer.body.error.data.appCode).toBe('INVALID_INPUT');
        expect(Object.keys(answer.body.error.data.fieldErrors), JSON.stringify(period)).toEqual([field]);
        if (sentence) expect(answer.body.error.data.fieldErrors[field][0]).toBe(sentence);
      }
    });
  });

  describe('kept dashboards', () => {
    let http: Awaited<ReturnType<typeof listen>>;
    beforeAll(async () => {
      http = await listen(server);
    });
    afterAll(() => http.close());
    const april = { from: '2026-04-01', to: '2026-04-30' };
    /** The dashboard as the elements ask for it: a GET with a batch of one. */
    const batchGet = (token: string, headers: Record<string, string> = {}, period = april) =>
      fetch(`${http.base}/trpc/dashboard.sales?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { workspace: master.handle, ...period } }))}`, {
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
    const euroTotal = (dashboard: Dashboard) => dashboard.totals.find((t) => t.account === null && t.currency === 'EUR');

    it('shows a sale, a changed amount, a deleted sale and a renamed account on the very next call', async () => {
      const before = await master.owner.dashboard.sales({ workspace: master.handle, ...april });
      expect(euroTotal(before)).toMatchObject({ count: 1, gross: 900 });
      await sell(beta2, [{ receipt: 'B2-APRIL', at: '2026-04-02T12:00:00Z', amount: 4200 }]);
      expect(euroTotal(await master.owner.dashboard.sales({ workspace: master.handle, ...april }))).toMatchObject({ count: 2, gross: 5100 });
      await server.deps.db('transactions').where({ workspace_id: beta2.id, receipt_number: 'B2-APRIL' }).update({ amount_minor: 4300 });
      expect(euroTotal(await master.owner.dashboard.sales({ workspace: master.handle, ...april }))).toMatchObject({ count: 2, gross: 5200 });
      await server.deps.db('workspaces').where({ id: beta2.id }).update({ name: 'Beta Books Two' });
      const renamed = await master.owner.dashboard.sales({ workspace: master.handle, ...april });
      expect(renamed.accounts.find((a) => a.handle === beta2.handle)?.name).toBe('Beta Books Two');
      await server.deps.db('transactions').where({ workspace_id: beta2.id, receipt_number: 'B2-APRIL' }).delete();
      expect(euroTotal(await master.owner.dashboard.sales({ workspace: master.handle, ...april }))).toMatchObject({ count: 1, gross: 900 });
    });

    it('answers the elements’ request with the procedure’s answer and its entity tag, and a current copy with 304 Not Modified', async () => {
      const answer = await batchGet(master.ownerToken);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      const etag = answer.headers.get('etag');
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
      const procedure = [{ result: { data: await master.owner.dashboard.sales({ workspace: master.handle, ...april }) } }];
      expect(await answer.json()).toEqual(procedure);

      const again = await batchGet(master.ownerToken, { 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');

      // A new sale is a new dashboard: the old copy is no longer current.
      await sell(beta1, [{ receipt: 'B1-APRIL', at: '2026-04-03T12:00:00Z', amount: 100 }]);
      const changed = await batchGet(master.ownerToken, { 'if-none-match': etag! });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(euroTotal(((await changed.json()) as Array<{ result: { data: Dashboard } }>)[0].result.data)).toMatchObject({ count: 2, gross: 1000 });
    });

    it('sends a dashboard of some size gzipped to a client that takes gzip, as fetch and every browser do, and as it is to one that does not', async () => {
      const year = { from: '2026-01-01', to: '2026-12-31' };
      const packed = await batchGet(master.ownerToken, {}, year);
      expect(packed.headers.get('content-encoding')).toBe('gzip');
      expect(packed.headers.get('vary')).toMatch(/accept-encoding/i);
      const plain = await batchGet(master.ownerToken, { 'accept-encoding': 'identity' }, year);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(Number(packed.headers.get('content-length')) * 2);
      const procedure = [{ result: { data: await master.owner.dashboard.sales({ workspace: master.handle, ...year }) } }];
      expect(await packed.json()).toEqual(procedure);
      expect(await plain.json()).toEqual(procedure);
    });

    it('refuses through the same door exactly as the procedure does: a user, a copy’s tag without a session, another master account', async () => {
      const etag = (await batchGet(master.ownerToken)).headers.get('etag')!;
      const user = await master.member('customer-service-manager');
      const refused = await batchGet(user.token, { 'if-none-match': etag });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as Array<{ error: { data: { appCode: string } } }>)[0].error.data.appCode).toBe('OWNER_ONLY');
      const signedOut = await fetch(`${http.base}/trpc/dashboard.sales?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { workspace: master.handle, ...april } }))}`, {
        headers: { 'if-none-match': etag },
      });
      expect(signedOut.status).toBe(401);
      const others = await batchGet(otherMaster.ownerToken, { 'if-none-match': etag });
      expect(others.status).toBe(403);
    });
  });
});
