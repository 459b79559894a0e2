import type { TicketSort } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenTicket, givenTicketDesk, type TicketDesk } from '../../test-support/tickets.js';
import { markedEmailSql, markedPiece } from './email-piece.js';
import { emailSearchPage, walkedPage } from './email-search.js';
import { mergedPage, searchedPage, type TicketListFilter } from './list-query.js';

describe.each(databaseKinds)('the search by a piece of an email, read either way, on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  let filter: (more?: Partial<TicketListFilter>) => TicketListFilter;
  const hoppers: number[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
    filter = (more = {}) => ({ accountIds: [desk.north.id, desk.south.id], statuses: ['open', 'reopened', 'closed'], productKind: 'both', ...more });
    // Sixteen tickets a minute apart: nine of a Hopper (of several types, some closed), seven of others.
    for (let i = 0; i < 16; i++) {
      server.clock.advance(60_000);
      const hopper = i % 2 === 0 || i === 15;
      const email = hopper ? `g.hopper+${i}@navy.example` : `buyer${i}@example.com`;
      const account = i % 3 === 0 ? desk.south : desk.north;
      const t = await givenTicket(desk, account, { type: i % 4 === 0 ? 'refund' : 'support', sku: i % 5 === 0 ? 'club' : 'guide', email });
      if (i % 3 === 1) await desk.master.owner.tickets.close({ workspace: desk.master.handle, tickets: [t.number] });
      if (hopper) hoppers.unshift(t.number);
    }
  });
  afterAll(() => server.close());

  const numbers = (rows: Array<{ number: string | number }>) => rows.map((r) => Number(r.number));

  it('finds the same page in time order as through the trigram index, for every sort and filter, from the start and after a cursor', async () => {
    for (const sort of ['newest', 'oldest', 'changed'] as TicketSort[]) {
      for (const more of [{}, { statuses: ['open' as const] }, { type: 'refund' as const }, { productKind: 'recurring' as const }, { accountIds: [desk.north.id] }]) {
        const asked = filter({ customerEmail: 'hopper+', ...more });
        const how = `${sort} ${JSON.stringify(more)}`;
        const indexed = (await searchedPage(server.deps.db, asked, sort, undefined, 3)).rows;
        expect(indexed.length, how).toBeGreaterThan(0);
        expect(numbers(await walkedPage(server.deps.db, asked, sort, undefined, 3)), how).toEqual(numbers(indexed));
        expect(numbers(await mergedPage(server.deps.db, asked, sort, undefined, 3)), how).toEqual(numbers(indexed));
        const after = { key: indexed.at(-1)!.cursor_key, number: Number(indexed.at(-1)!.number) };
        expect(numbers(await walkedPage(server.deps.db, asked, sort, after, 100)), how).toEqual(numbers((await searchedPage(server.deps.db, asked, sort, after, 100)).rows));
      }
    }
  });

  it('counts a rare piece exactly, estimates a common one from its share of the newest tickets, and counts exactly when they were all read', async () => {
    const asked = filter({ customerEmail: 'g.hopper' });
    const rare = await emailSearchPage(server.deps.db, asked, 'newest', undefined, 4, { sample: 4, denseHits: 5, countCap: 100 });
    expect(rare).toMatchObject({ total: 9, totalExact: true, totalEstimated: false });
    expect(numbers(rare.rows)).toEqual(hoppers.slice(0, 4));
    // Three of the newest four tickets are Hoppers' (15, 14, 12): three quarters of sixteen is twelve.
    const common = await emailSearchPage(server.deps.db, asked, 'newest', undefined, 4, { sample: 4, denseHits: 2, countCap: 100 });
    expect(common).toMatchObject({ total: 12, totalExact: false, totalEstimated: true });
    expect(numbers(common.rows)).toEqual(hoppers.slice(0, 4));
    const whole = await emailSearchPage(server.deps.db, asked, 'newest', undefined, 4, { sample: 100, denseHits: 2, countCap: 100 });
    expect(whole).toMatchObject({ total: 9, totalExact: true, totalEstimated: false });
    expect(numbers(whole.rows)).toEqual(hoppers.slice(0, 4));
  });

  it('pages a rare piece with more matches than it counts in time order, and says "at least"', async () => {
    const asked = filter({ customerEmail: 'hopper' });
    const capped = await emailSearchPage(server.deps.db, asked, 'oldest', undefined, 3, { sample: 4, denseHits: 5, countCap: 5 });
    expect(capped).toMatchObject({ total: 5, totalExact: false, totalEstimated: false });
    expect(numbers(capped.rows)).toEqual([...hoppers].reverse().slice(0, 3));
  });

  it('marks the piece as the trigram index marks the email, so the index and the search never drift apart', async () => {
    const db = server.deps.db;
    const expression = (index: string) => db.raw('select pg_get_expr(indexprs, indrelid) as e from pg_index where indexrelid = ?::regclass', [index]).then((r) => r.rows[0].e as string);
    const built = await expression('tickets_search_email_marks');
    const searched = await db.transaction(async (trx) => {
      await trx.raw('create temporary table marked_emails (customer_email text) on commit drop');
      await trx.raw(`create index marked_emails_expression on marked_emails ((${markedEmailSql}))`);
      return (await trx.raw('select pg_get_expr(indexprs, indrelid) as e from pg_index where indexrelid = ?::regclass', ['marked_emails_expression'])).rows[0].e as string;
    });
    expect(searched).toBe(built);
    expect(markedPiece("g.hopper+1@o'neil_x-y")).toBe('g0hopper411o5neil2x3y');
  });

  it('keeps customers’ emails in lower case, which both ways compare as they are', async () => {
    const t = await givenTicket(desk, desk.north, { email: 'Ada.Lovelace@Example.COM' });
    expect(numbers((await searchedPage(server.deps.db, filter({ customerEmail: 'lovelace@example' }), 'newest', undefined, 5)).rows)).toEqual([t.number]);
    await expect(server.deps.db.raw("update tickets set customer_email = 'Ada@Example.com' where number = ?", [t.number])).rejects.toThrow(/tickets_customer_email_lower_case/);
  });
});
