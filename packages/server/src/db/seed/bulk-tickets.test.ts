import { TicketDetail } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { signedUpIdentity } from '../../test-support/builders.js';
import { generatedSellerAccounts, insertSellerAccounts, type SellerAccountsCreated } from './bulk-sales.js';
import { insertTickets, type TicketActors, type TicketsInserted } from './bulk-tickets.js';
import { helperComments, openingMessages } from './bulk-tickets-texts.js';
import { insertMasterAccount, insertMasterUser } from './master-accounts.js';

describe.each(databaseKinds)('tickets generated in bulk on %s', (kind) => {
  let server: TestServer;
  let created: SellerAccountsCreated;
  let inserted: TicketsInserted;
  let actors: TicketActors;
  let owner: ReturnType<TestServer['caller']>;
  let masterHandle: string;
  const count = 900;
  const ids = () => created.accounts.map((a) => a.id);
  const rows = async (sql: string, bindings: unknown[] = []) => (await server.deps.db.raw(sql, bindings)).rows as Array<Record<string, unknown>>;
  const one = async (sql: string, bindings: unknown[] = []) => Number(Object.values((await rows(sql, bindings))[0]!)[0]);

  beforeAll(async () => {
    server = await startTestServer(kind);
    const now = server.clock.now();
    created = await insertSellerAccounts(server.deps.db, await generatedSellerAccounts(server.deps.db, 3), 4000, now);
    const signedUp = await signedUpIdentity(server, { email: `bulk-owner-${kind}@example.com`, password: 'correct horse battery' });
    owner = server.caller(signedUp.token);
    masterHandle = `bulk-master-${kind}`;
    const master = await insertMasterAccount(server.deps.db, { handle: masterHandle, name: 'Bulk master', ownerId: signedUp.identity.id, accountIds: ids() }, now);
    const user = (email: string, apiOnly: boolean) =>
      insertMasterUser(
        server.deps.db,
        master.id,
        { email, name: 'Generated Helper', description: '', apiOnly, passwordHash: null, role: { template: apiOnly ? 'api-writer' : 'customer-service' }, accountIds: ids() },
        now,
      );
    const api = await user(`bulk-api-${kind}@example.com`, true);
    const helpers = [await user(`bulk-helper-a-${kind}@example.com`, false), await user(`bulk-helper-b-${kind}@example.com`, false)];
    actors = {
      opener: api.identityId,
      workers: [{ identityId: signedUp.identity.id, kind: 'owner' }, ...helpers.map((h) => ({ identityId: h.identityId, kind: 'third-party' as const }))],
    };
    inserted = await insertTickets(server.deps.db, { accounts: ids(), count, now, actors });
  }, 120_000);
  afterAll(() => server.close());

  it('makes exactly the tickets asked for, of every type, status and product kind, in every account', async () => {
    expect(inserted.tickets).toBe(count);
    expect(await one('select count(*) from tickets where workspace_id = any(?::uuid[])', [ids()])).toBe(count);
    const spread = await rows('select type, status, coalesce(product_kind, $$none$$) as kind, count(*)::int as n from tickets group by 1, 2, 3');
    expect(new Set(spread.map((r) => r.type))).toEqual(new Set(['support', 'refund', 'cancellation']));
    expect(new Set(spread.map((r) => r.status))).toEqual(new Set(['open', 'reopened', 'closed']));
    expect(new Set(spread.map((r) => r.kind))).toEqual(new Set(['standard', 'recurring', 'none']));
    expect(spread.filter((r) => r.type === 'cancellation' && r.kind !== 'recurring')).toEqual([]);
    expect(await one('select count(distinct workspace_id) from tickets')).toBe(3);
    const withoutSale = await one('select count(*) from tickets where transaction_id is null');
    expect(withoutSale).toBe(count / 10);
    // A ticket's sale is a sale of its account, with its receipt, product kind and (corrected) address.
    expect(
      await one(`select count(*) from tickets k join transactions t on t.id = k.transaction_id join products p on p.id = t.product_id
                  where t.kind <> 'sale' or t.workspace_id <> k.workspace_id or t.receipt_number <> k.receipt_number or p.kind <> k.product_kind
                     or t.customer_email <> k.customer_email or t.occurred_at > k.opened_at`),
    ).toBe(0);
    // Numbers follow the order the tickets were opened in.
    expect(await one('select count(*) from (select opened_at < lag(opened_at) over (order by number) as back from tickets) x where back')).toBe(0);
  });

  it('keeps the counts per status, type and product kind equal to the tickets', async () => {
    const counted = await rows('select workspace_id, status, type, product_kind, n::int as n from ticket_counts where n <> 0 order by 1, 2, 3, 4');
    const direct = await rows("select workspace_id, status, type, coalesce(product_kind, 'none') as product_kind, count(*)::int as n from tickets group by 1, 2, 3, 4 order by 1, 2, 3, 4");
    expect(counted).toEqual(direct);
  });

  it('writes a history that leads to each ticket as it is: opened once, then its type, address and status changes in order', async () => {
    expect(inserted.history).toBe(await one('select count(*) from ticket_history'));
    expect(inserted.history).toBeGreaterThan(count * 2.5);
    expect(await one("select count(*) from tickets k where (select count(*) from ticket_history h where h.ticket_number = k.number and h.kind = 'opened') <> 1")).toBe(0);
    const disagreeing = await rows(
      `select k.number from tickets k
        cross join lateral (select
            (array_agg(h.kind order by h.at, h.id) filter (where h.kind in ('closed', 'reopened')))[count(*) filter (where h.kind in ('closed', 'reopened'))] as last_move,
            (array_agg(h.to_type order by h.at desc, h.id desc))[1] as last_type,
            (array_agg(h.kind order by h.at, h.id))[1] as first_kind,
            (array_agg(h.to_email order by h.at desc, h.id desc) filter (where h.kind = 'email_changed'))[1] as last_email,
            max(h.at) as last_at, min(h.at) as first_at, bool_and(h.workspace_id = k.workspace_id) as same_account
          from ticket_history h where h.ticket_number = k.number) h
       where h.first_kind <> 'opened' or h.first_at <> k.opened_at or h.last_at <> k.changed_at or h.last_type <> k.type or not h.same_account
          or coalesce(h.last_move, 'open') <> case k.status when 'open' then 'open' when 'closed' then 'closed' else 'reopened' end
          or (h.last_email is not null and h.last_email <> k.customer_email)`,
    );
    expect(disagreeing).toEqual([]);
    // Each type change starts from the type the ticket had then.
    expect(
      await one(`select count(*) from ticket_history c where c.kind = 'type_changed'
                   and c.from_type <> (select h.to_type from ticket_history h where h.ticket_number = c.ticket_number and (h.at, h.id) < (c.at, c.id) order by h.at desc, h.id desc limit 1)`),
    ).toBe(0);
    expect(await one(`select count(*) from ticket_history where at > ?::timestamptz`, [server.clock.now()])).toBe(0);
  });

  it('records refunds that are the refund transactions of the tickets’ sales, by workers; the opener opens every ticket', async () => {
    const refunds = await rows(
      `select h.amount_minor, h.currency, r.amount_minor as paid, r.currency as paid_in, r.kind, r.receipt_number = k.receipt_number and r.workspace_id = k.workspace_id as same_order
         from ticket_history h join tickets k on k.number = h.ticket_number left join transactions r on r.id = h.refund_transaction_id
        where h.kind = 'refunded'`,
    );
    expect(refunds.length).toBeGreaterThan(20);
    for (const r of refunds)
      expect({ ...r, amount_minor: Number(r.amount_minor), paid: Number(r.paid) }).toMatchObject({ kind: 'refund', same_order: true, amount_minor: Number(r.paid), currency: r.paid_in });
    // The customers' and helpers' words, question marks and all.
    const words = await rows('select distinct kind, text from ticket_history where text is not null order by 1, 2');
    const known = new Set<string>([...Object.values(openingMessages).flat(), ...helperComments]);
    expect(words.filter((w) => !known.has(w.text as string))).toEqual([]);
    expect(words.map((w) => w.text)).toContain('Where do I find the bonus material mentioned on the sales page?');
    const opened = await rows("select distinct actor_identity_id, actor_kind from ticket_history where kind = 'opened'");
    expect(opened).toEqual([{ actor_identity_id: actors.opener, actor_kind: 'api' }]);
    const workers = await rows("select distinct actor_identity_id, actor_kind from ticket_history where kind <> 'opened' order by 2, 1");
    expect(workers.map((w) => `${w.actor_kind} ${w.actor_identity_id}`).sort()).toEqual(actors.workers.map((w) => `${w.kind} ${w.identityId}`).sort());
  });

  it('serves the generated tickets through the master account’s procedures as any other', async () => {
    const listed = await owner.tickets.list({ workspace: masterHandle, limit: 100 });
    expect(listed.total).toBe(count);
    expect(listed.byStatus!.open + listed.byStatus!.reopened + listed.byStatus!.closed).toBe(count);
    const sample = await rows('select distinct on (kind) ticket_number as number, kind from ticket_history order by kind, ticket_number');
    for (const { number } of sample) {
      const detail = await owner.tickets.get({ workspace: masterHandle, ticket: Number(number) });
      expect(TicketDetail.parse(detail).number).toBe(Number(number));
    }
    const page = await owner.tickets.list({ workspace: masterHandle, status: ['reopened'], type: 'refund', limit: 5 });
    expect(page.tickets.every((t) => t.status === 'reopened' && t.type === 'refund')).toBe(true);
  });
});
