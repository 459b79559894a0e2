import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../test-support/builders.js';
import { databaseKinds, type TestServer } from '../../test-support/databases.js';
import { givenSellerAccount, type GivenMaster } from '../../test-support/marketplace.js';
import { givenReportStory, march, startReportServer, type ReportStory } from '../../test-support/reports.js';
import { givenHelper, givenTicket, givenTicketDesk } from '../../test-support/tickets.js';

type Caller = ReturnType<TestServer['caller']>;

/** Every report, asked of the whole of March by `caller` in the master account `workspace`. */
const everyReport = (caller: Caller, workspace: string, thirdParty: string) => ({
  thirdParties: () => caller.reports.thirdParties({ workspace }),
  ticketsCreated: () => caller.reports.ticketsCreated({ workspace, ...march }),
  ticketChanges: () => caller.reports.ticketChanges({ workspace, ...march }),
  closedByThirdParties: () => caller.reports.closedByThirdParties({ workspace, ...march }),
  openedByThirdParties: () => caller.reports.openedByThirdParties({ workspace, ...march }),
  ticketsByTypePerThirdParty: () => caller.reports.ticketsByTypePerThirdParty({ workspace, ...march }),
  thirdPartyChanges: () => caller.reports.thirdPartyChanges({ workspace, ...march, thirdParty }),
  thirdPartyComments: () => caller.reports.thirdPartyComments({ workspace, ...march }),
});

const total = (series: Array<{ counts: number[] }>) => series.flatMap((s) => s.counts).reduce((a, b) => a + b, 0);

describe.each(databaseKinds)('who sees which reports, of which accounts, on %s', (kind) => {
  let server: TestServer;
  let story: ReportStory;
  let other: GivenMaster;
  let otherHelper: string;
  const m = () => story.desk.master.handle;

  beforeAll(async () => {
    server = await startReportServer(kind);
    story = await givenReportStory(server);
    // Another master account with a ticket of its own in March.
    const desk = await givenTicketDesk(server);
    other = desk.master;
    otherHelper = (await givenHelper(server, other, ['tickets.manage'], [desk.north.handle])).identityId;
    server.clock.set('2026-03-12T12:00:00Z');
    const { number } = await givenTicket(desk, desk.north);
    await other.owner.tickets.close({ workspace: other.handle, tickets: [number] });
  }, 180_000);
  afterAll(() => server.close());

  it('lets a user with Manage users see the reports of its own accounts only', async () => {
    const mo = story.manager.caller;
    const created = await mo.reports.ticketsCreated({ workspace: m(), ...march });
    // T1 in North; T4 and T2 are South's.
    expect(created.series.map((s) => [s.type, total([s])])).toEqual([
      ['support', 1],
      ['refund', 0],
      ['cancellation', 0],
    ]);
    const closed = await mo.reports.closedByThirdParties({ workspace: m(), ...march });
    expect(closed.thirdParties.map((t) => t.name)).toEqual(['Ben Helper']);
    const ada = await mo.reports.thirdPartyChanges({ workspace: m(), ...march, thirdParty: story.ada.identityId });
    expect(new Set(ada.changes.map((c) => c.ticket))).toEqual(new Set([story.tickets.t1]));
    expect(JSON.stringify(ada)).not.toContain(story.desk.south.handle);
    const byType = await mo.reports.ticketsByTypePerThirdParty({ workspace: m(), ...march });
    expect(byType.rows.map((r) => [r.thirdParty.name, r.tickets])).toEqual([
      ['Ada Helper', 1],
      ['Ben Helper', 1],
      ['Shop Backend', 1],
    ]);
    expect(await refusal(mo.reports.ticketsCreated({ workspace: m(), ...march, account: story.desk.south.handle }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'ACCOUNT_NOT_LINKED' });
  });

  it('lets Reports alone open the reports, and refuses them to a user without it', async () => {
    const reader = await givenHelper(server, story.desk.master, ['audit.view'], [story.desk.north.handle, story.desk.south.handle]);
    expect(total((await reader.caller.reports.ticketsCreated({ workspace: m(), ...march })).series)).toBe(3);
    for (const [name, call] of Object.entries(everyReport(story.ada.caller, m(), story.ben.identityId))) {
      expect(await refusal(call()), name).toMatchObject({ code: 'FORBIDDEN', appCode: 'FORBIDDEN' });
    }
  });

  it('lets an API user read the reports with its key only where it holds API read as well', async () => {
    const withRead = await givenHelper(server, story.desk.master, ['audit.view', 'api.read'], [story.desk.north.handle], true);
    expect(total((await withRead.caller.reports.ticketsCreated({ workspace: m(), ...march })).series)).toBe(1);
    const without = await givenHelper(server, story.desk.master, ['audit.view'], [story.desk.north.handle], true);
    expect(await refusal(without.caller.reports.ticketsCreated({ workspace: m(), ...march }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'API_READ_REQUIRED' });
  });

  it('shows another master account nothing of this one’s, and refuses its owner here', async () => {
    const theirs = everyReport(other.owner, other.handle, otherHelper);
    const answers = JSON.stringify(await Promise.all(Object.values(theirs).map((call) => call())));
    for (const secret of [story.desk.north.handle, story.desk.south.handle, story.ada.identityId, story.ben.identityId, story.desk.backend.identityId, 'Ada Helper']) {
      expect(answers).not.toContain(secret);
    }
    const closed = await other.owner.reports.ticketChanges({ workspace: other.handle, ...march });
    expect(total(closed.series)).toBe(1);
    for (const [name, call] of Object.entries(everyReport(other.owner, m(), story.ada.identityId))) {
      expect(await refusal(call()), name).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    }
    // This master account's third party and account named in the other one are unknown there.
    expect(await refusal(other.owner.reports.thirdPartyChanges({ workspace: other.handle, ...march, thirdParty: story.ada.identityId }))).toMatchObject({
      code: 'NOT_FOUND',
      appCode: 'THIRD_PARTY_NOT_FOUND',
    });
    expect(await refusal(other.owner.reports.ticketsCreated({ workspace: other.handle, ...march, account: story.desk.north.handle }))).toMatchObject({ appCode: 'ACCOUNT_NOT_LINKED' });
  });

  it('refuses the reports in a seller account: only a master account has them', async () => {
    const north = story.desk.north;
    expect(await refusal(north.owner.reports.ticketsCreated({ workspace: north.handle, ...march }))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'NOT_A_MASTER_ACCOUNT' });
    expect(await refusal(north.owner.reports.thirdParties({ workspace: north.handle }))).toMatchObject({ appCode: 'NOT_A_MASTER_ACCOUNT' });
  });

  it('says what is wrong with a period, a third party, an account or a page', async () => {
    const owner = story.desk.master.owner;
    const workspace = m();
    const invalid = async (call: Promise<unknown>, words: string) => {
      const refused = await refusal(call);
      expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_INPUT' });
      expect(refused.message).toContain(words);
    };
    await invalid(owner.reports.ticketsCreated({ workspace, from: '2026-03-31', to: '2026-03-01' }), 'must not end before it starts');
    await invalid(owner.reports.ticketChanges({ workspace, from: '2026-02-30', to: '2026-03-01' }), 'must be a date such as 2026-12-06');
    await invalid(owner.reports.closedByThirdParties({ workspace, from: '2024-01-01', to: '2026-12-31' }), 'must be at most 800 days after from');
    await invalid(owner.reports.openedByThirdParties({ workspace, ...march, thirdParty: 'ada' }), 'must be a valid id');
    await invalid(owner.reports.thirdPartyComments({ workspace, ...march, limit: 101 }), 'must be at most 100');
    await invalid(owner.reports.thirdPartyChanges({ workspace, ...march } as never), 'thirdParty');
    for (const thirdParty of [randomUUID(), (await server.deps.db('memberships').where({ workspace_id: story.desk.master.id, kind: 'owner' }).first()).identity_id]) {
      expect(await refusal(owner.reports.ticketsByTypePerThirdParty({ workspace, ...march, thirdParty }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'THIRD_PARTY_NOT_FOUND' });
    }
    expect(await refusal(owner.reports.ticketsCreated({ workspace, ...march, account: 'no-such-account' }))).toMatchObject({ code: 'NOT_FOUND', appCode: 'ACCOUNT_NOT_LINKED' });
  });

  it('follows a user’s accounts and the linked accounts from the next report on', async () => {
    const owner = story.desk.master.owner;
    await owner.masterUsers.update({ workspace: m(), identityId: story.manager.identityId, accounts: [story.desk.south.handle] });
    const south = await story.manager.caller.reports.ticketsCreated({ workspace: m(), ...march });
    expect(south.series.map((s) => total([s]))).toEqual([1, 0, 1]);
    const extra = await givenSellerAccount(server);
    expect(await refusal(owner.reports.ticketsCreated({ workspace: m(), ...march, account: extra.handle }))).toMatchObject({ appCode: 'ACCOUNT_NOT_LINKED' });
    await owner.master.unlinkAccount({ workspace: m(), account: story.desk.south.handle });
    expect(total((await owner.reports.ticketsCreated({ workspace: m(), ...march })).series)).toBe(1);
    expect(total((await story.manager.caller.reports.ticketsCreated({ workspace: m(), ...march })).series)).toBe(0);
  });
});
