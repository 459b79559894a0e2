import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenHelper, givenTicket, givenTicketDesk, type GivenHelper, type TicketDesk } from '../../test-support/tickets.js';
import { insertTickets } from '../../db/seed/bulk-tickets.js';

/**
 * `ticket_history_daily` is what the daily reports add up: whatever writes the history — a
 * ticket procedure, a bulk seed, a change of a row, a deletion — its sums per account, UTC day,
 * kind, types and actor must be the history's own counts.
 */
describe.each(databaseKinds)('the daily counts of the tickets’ history on %s', (kind) => {
  let server: TestServer;
  let desk: TicketDesk;
  let helper: GivenHelper;
  const db = () => server.deps.db;

  const counted = async () =>
    (
      await db().raw(
        `select workspace_id, kind, to_char(day, 'YYYY-MM-DD') as day, to_type, from_type, actor_identity_id, sum(n)::int as n
           from ticket_history_daily group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6`,
      )
    ).rows;
  const direct = async () =>
    (
      await db().raw(
        `select workspace_id, kind, to_char((at at time zone 'UTC')::date, 'YYYY-MM-DD') as day, to_type, from_type, actor_identity_id, count(*)::int as n
           from ticket_history group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`,
      )
    ).rows;

  beforeAll(async () => {
    server = await startTestServer(kind);
    desk = await givenTicketDesk(server);
    helper = await givenHelper(server, desk.master, ['tickets.manage'], [desk.north.handle, desk.south.handle]);
  });
  afterAll(() => server.close());

  it('counts every change a ticket procedure writes, on the UTC day it happened', async () => {
    server.clock.set(new Date('2026-03-09T23:59:59.999Z'));
    const { number } = await givenTicket(desk, desk.north, { type: 'support' });
    server.clock.set(new Date('2026-03-10T00:00:00.000Z'));
    const ticket = { workspace: desk.master.handle, ticket: number };
    await helper.caller.tickets.comment({ ...ticket, text: 'Looking into it.' });
    await helper.caller.tickets.changeType({ ...ticket, type: 'refund' });
    await desk.master.owner.tickets.close({ workspace: desk.master.handle, tickets: [number] });
    await helper.caller.tickets.reopen({ workspace: desk.master.handle, tickets: [number] });
    await helper.caller.tickets.refund({ ...ticket });
    expect(await counted()).toEqual(await direct());
    const days = await db()('ticket_history_daily').where({ workspace_id: desk.north.id }).select(db().raw("to_char(day, 'YYYY-MM-DD') as day"), 'kind');
    expect(days.filter((d) => d.kind === 'opened').map((d) => d.day)).toEqual(['2026-03-09']);
    expect(days.find((d) => d.kind === 'type_changed')).toMatchObject({ day: '2026-03-10' });
  });

  it('counts a bulk insert of tickets and their history', async () => {
    await insertTickets(db(), {
      accounts: [desk.north.id, desk.south.id],
      count: 150,
      now: server.clock.now(),
      actors: { opener: desk.backend.identityId, workers: [{ identityId: helper.identityId, kind: 'third-party' }] },
    });
    expect(Number((await db()('ticket_history').count({ n: '*' }).first())!.n)).toBeGreaterThan(300);
    expect(await counted()).toEqual(await direct());
  });

  it('follows a history row that moves to another day, and rows that are deleted with their ticket', async () => {
    const [row] = await db()('ticket_history').where({ workspace_id: desk.south.id }).orderBy('id').limit(1).select('id', 'at');
    await db()('ticket_history')
      .where({ id: row.id })
      .update({ at: new Date(new Date(row.at).getTime() - 3 * 86_400_000) });
    expect(await counted()).toEqual(await direct());
    // A change of a column no report groups by touches no count.
    const before = await db()('ticket_history_daily').select('*').orderByRaw('1, 2, 3, 4, 5, 6, 7');
    await db()('ticket_history').where({ id: row.id }).update({ text: 'Edited text' });
    expect(await db()('ticket_history_daily').select('*').orderByRaw('1, 2, 3, 4, 5, 6, 7')).toEqual(before);
    const { number } = await givenTicket(desk, desk.south);
    await db()('tickets').where({ number }).delete();
    expect(await counted()).toEqual(await direct());
  });

  it('keeps the sums right when many sessions write the same day at once', async () => {
    if (kind !== 'postgres') return;
    const north = await givenTicket(desk, desk.north);
    const south = await givenTicket(desk, desk.south);
    const comment = (account: string, ticket: number, at: string, text: string) => ({
      workspace_id: account,
      ticket_number: ticket,
      at: new Date(at),
      kind: 'commented',
      actor_identity_id: helper.identityId,
      actor_kind: 'third-party',
      to_type: 'support',
      text,
    });
    // Each transaction writes two buckets, half of them in the other order: they must not deadlock, nor lose a count.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        db().transaction(async (trx) => {
          const rows = [comment(desk.north.id, north.number, `2026-04-0${1 + (i % 2)}T10:00:00Z`, `Note ${i}`), comment(desk.south.id, south.number, '2026-04-01T11:00:00Z', `Other ${i}`)];
          for (const row of i % 2 ? rows : rows.reverse()) await trx('ticket_history').insert(row);
        }),
      ),
    );
    expect(await counted()).toEqual(await direct());
  });

  it('goes with a deleted account', async () => {
    await db()('workspaces').where({ id: desk.south.id }).delete();
    expect(Number((await db()('ticket_history_daily').where({ workspace_id: desk.south.id }).count({ n: '*' }).first())!.n)).toBe(0);
    expect(await counted()).toEqual(await direct());
  });
});
