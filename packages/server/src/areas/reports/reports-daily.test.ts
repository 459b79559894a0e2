import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, type TestServer } from '../../test-support/databases.js';
import { givenReportStory, march, startReportServer, type ReportStory } from '../../test-support/reports.js';

/** The days of a series that are not 0: `{ '2026-03-10': 1 }`. */
function days(from: string, counts: readonly number[]): Record<string, number> {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Object.fromEntries(counts.flatMap((n, i) => (n === 0 ? [] : [[new Date(start + i * 86_400_000).toISOString().slice(0, 10), n]])));
}

describe.each(databaseKinds)('the master account’s reports per day on %s', (kind) => {
  let server: TestServer;
  let story: ReportStory;
  const ask = () => ({ workspace: story.desk.master.handle, ...march });

  beforeAll(async () => {
    server = await startReportServer(kind);
    story = await givenReportStory(server);
  }, 120_000);
  afterAll(() => server.close());

  it('counts the tickets opened per UTC day by type, both ends of the period included and nothing outside it', async () => {
    const report = await story.desk.master.owner.reports.ticketsCreated(ask());
    expect(report.from).toBe('2026-03-01');
    expect(report.to).toBe('2026-03-31');
    expect(report.series.map((s) => s.type)).toEqual(['support', 'refund', 'cancellation']);
    for (const s of report.series) expect(s.counts).toHaveLength(31);
    // T1 by the back-end and T4 by the owner on the 1st, T2 in the period's last millisecond; T0 and T3 lie outside.
    expect(report.series.map((s) => [s.type, days(report.from, s.counts)])).toEqual([
      ['support', { '2026-03-01': 2 }],
      ['refund', {}],
      ['cancellation', { '2026-03-31': 1 }],
    ]);
  });

  it('counts the tickets of one day alone, and of one account alone', async () => {
    const owner = story.desk.master.owner;
    const m = story.desk.master.handle;
    const byType = (report: { series: Array<{ type: string; counts: number[] }> }) => Object.fromEntries(report.series.map((s) => [s.type, s.counts]));
    expect(byType(await owner.reports.ticketsCreated({ workspace: m, from: '2026-02-28', to: '2026-02-28' }))).toEqual({ support: [0], refund: [1], cancellation: [0] });
    expect(byType(await owner.reports.ticketsCreated({ workspace: m, from: '2026-04-01', to: '2026-04-01' }))).toEqual({ support: [1], refund: [0], cancellation: [0] });
    const south = await owner.reports.ticketsCreated({ ...ask(), account: story.desk.south.handle });
    expect(south.series.map((s) => [s.type, days(south.from, s.counts)])).toEqual([
      ['support', { '2026-03-01': 1 }],
      ['refund', {}],
      ['cancellation', { '2026-03-31': 1 }],
    ]);
  });

  it('counts each type change, reopening, closing and refund per day, whoever made it', async () => {
    const report = await story.desk.master.owner.reports.ticketChanges(ask());
    expect(report.series.map((s) => s.change)).toEqual([
      'support-to-refund',
      'support-to-cancellation',
      'refund-to-support',
      'refund-to-cancellation',
      'cancellation-to-support',
      'cancellation-to-refund',
      'reopened',
      'closed',
      'refunded',
    ]);
    const counted = Object.fromEntries(report.series.map((s) => [s.change, days(report.from, s.counts)]).filter(([, d]) => Object.keys(d as object).length > 0));
    expect(counted).toEqual({
      'support-to-refund': { '2026-03-10': 1 },
      reopened: { '2026-03-10': 1 },
      // The owner's close on the 10th, Ben's at 23:30 in New York on the 15th (the 16th in UTC), Ada's on the 20th.
      closed: { '2026-03-10': 1, '2026-03-16': 1, '2026-03-20': 1 },
      refunded: { '2026-03-10': 1 },
    });
  });

  it('agrees with the tickets’ own history', async () => {
    const owner = story.desk.master.owner;
    const m = story.desk.master.handle;
    const changes = await owner.reports.ticketChanges(ask());
    const total = (change: string) => changes.series.find((s) => s.change === change)!.counts.reduce((a, b) => a + b, 0);
    const history = (await Promise.all(Object.values(story.tickets).map((ticket) => owner.tickets.get({ workspace: m, ticket })))).flatMap((t) => t.history);
    const inMarch = history.filter((c) => c.at >= '2026-03-01T00:00:00.000Z' && c.at < '2026-04-01T00:00:00.000Z');
    expect(total('closed')).toBe(inMarch.filter((c) => c.kind === 'closed').length);
    expect(total('reopened')).toBe(inMarch.filter((c) => c.kind === 'reopened').length);
    expect(total('refunded')).toBe(inMarch.filter((c) => c.kind === 'refunded').length);
    const created = await owner.reports.ticketsCreated(ask());
    expect(created.series.flatMap((s) => s.counts).reduce((a, b) => a + b, 0)).toBe(inMarch.filter((c) => c.kind === 'opened').length);
  });

  it('counts the tickets closed by third parties per day, each apart, and never the owner’s', async () => {
    const report = await story.desk.master.owner.reports.closedByThirdParties(ask());
    expect(report.thirdParties.map((t) => t.name)).toEqual(['Ada Helper', 'Ben Helper']);
    expect(report.series.map((s) => [s.thirdParty, days(report.from, s.counts)])).toEqual([
      [story.ada.identityId, { '2026-03-20': 1 }],
      [story.ben.identityId, { '2026-03-16': 1 }],
    ]);
    const ben = await story.desk.master.owner.reports.closedByThirdParties({ ...ask(), thirdParty: story.ben.identityId });
    expect(ben.series.map((s) => [s.thirdParty, days(ben.from, s.counts)])).toEqual([[story.ben.identityId, { '2026-03-16': 1 }]]);
    // One asked about is shown even where it closed nothing.
    const backend = await story.desk.master.owner.reports.closedByThirdParties({ ...ask(), thirdParty: story.desk.backend.identityId });
    expect(backend.thirdParties).toEqual([{ identityId: story.desk.backend.identityId, name: 'Shop Backend', email: story.desk.backend.email, apiOnly: true }]);
    expect(backend.series).toEqual([{ thirdParty: story.desk.backend.identityId, counts: new Array(31).fill(0) }]);
  });

  it('counts the tickets opened by third parties per day: the host back-end’s API user is one, the owner is not', async () => {
    const report = await story.desk.master.owner.reports.openedByThirdParties(ask());
    expect(report.thirdParties.map((t) => [t.name, t.apiOnly])).toEqual([['Shop Backend', true]]);
    expect(report.series.map((s) => days(report.from, s.counts))).toEqual([{ '2026-03-01': 1, '2026-03-31': 1 }]);
    const ada = await story.desk.master.owner.reports.openedByThirdParties({ ...ask(), thirdParty: story.ada.identityId });
    expect(ada.series).toEqual([{ thirdParty: story.ada.identityId, counts: new Array(31).fill(0) }]);
  });

  it('counts a ticket changed after the report was read in the next one', async () => {
    const owner = story.desk.master.owner;
    const before = await owner.reports.ticketChanges(ask());
    server.clock.set('2026-03-25T12:00:00Z');
    await story.ada.caller.tickets.reopen({ workspace: story.desk.master.handle, tickets: [story.tickets.t4] });
    const after = await owner.reports.ticketChanges(ask());
    const reopened = (report: typeof before) => days(report.from, report.series.find((s) => s.change === 'reopened')!.counts);
    expect(reopened(before)).toEqual({ '2026-03-10': 1 });
    expect(reopened(after)).toEqual({ '2026-03-10': 1, '2026-03-25': 1 });
    await story.ada.caller.tickets.close({ workspace: story.desk.master.handle, tickets: [story.tickets.t4] });
  });
});
