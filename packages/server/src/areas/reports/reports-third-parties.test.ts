import type { ReportChangesPage } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../test-support/builders.js';
import { databaseKinds, type TestServer } from '../../test-support/databases.js';
import { givenReportStory, march, startReportServer, type ReportStory } from '../../test-support/reports.js';

/** A list's changes as `[ticket, kind, at]`. */
const listed = (page: ReportChangesPage) => page.changes.map((c) => [c.ticket, c.change.kind, c.change.at]);

describe.each(databaseKinds)('the master account’s reports of third parties on %s', (kind) => {
  let server: TestServer;
  let story: ReportStory;
  const ask = () => ({ workspace: story.desk.master.handle, ...march });

  beforeAll(async () => {
    server = await startReportServer(kind);
    story = await givenReportStory(server);
  }, 120_000);
  afterAll(() => server.close());

  it('names every user of the master account as a third party, API-only ones too, and never the owner', async () => {
    const { thirdParties } = await story.desk.master.owner.reports.thirdParties({ workspace: story.desk.master.handle });
    expect(thirdParties.map((t) => [t.name, t.apiOnly])).toEqual([
      ['Ada Helper', false],
      ['Ben Helper', false],
      ['Mo Manager', false],
      ['Shop Backend', true],
    ]);
    expect(thirdParties.find((t) => t.name === 'Ada Helper')).toEqual({ identityId: story.ada.identityId, name: 'Ada Helper', email: story.ada.email, apiOnly: false });
    expect(JSON.stringify(thirdParties)).not.toContain(story.desk.master.email);
  });

  it('counts the tickets each third party worked on, once each, under the type it had after their last change', async () => {
    const report = await story.desk.master.owner.reports.ticketsByTypePerThirdParty(ask());
    expect(report.rows.map((r) => [r.thirdParty.name, r.support, r.refund, r.cancellation, r.tickets])).toEqual([
      // T1 changed to a refund, then reopened, refunded; T4 closed as support.
      ['Ada Helper', 1, 1, 0, 2],
      // T1, commented on and closed after it had become a refund.
      ['Ben Helper', 0, 1, 0, 1],
      // Opened T1 as support and T2 as a cancellation.
      ['Shop Backend', 1, 0, 1, 2],
    ]);
    const mo = await story.desk.master.owner.reports.ticketsByTypePerThirdParty({ ...ask(), thirdParty: story.manager.identityId });
    expect(mo.rows).toEqual([{ thirdParty: expect.objectContaining({ name: 'Mo Manager' }), support: 0, refund: 0, cancellation: 0, tickets: 0 }]);
    const south = await story.desk.master.owner.reports.ticketsByTypePerThirdParty({ ...ask(), account: story.desk.south.handle });
    expect(south.rows.map((r) => [r.thirdParty.name, r.tickets])).toEqual([
      ['Ada Helper', 1],
      ['Shop Backend', 1],
    ]);
  });

  it('lists everything one third party did in the period, newest first, with the ticket, its account and the change', async () => {
    const page = await story.desk.master.owner.reports.thirdPartyChanges({ ...ask(), thirdParty: story.ada.identityId });
    const { t1, t4 } = story.tickets;
    expect(listed(page)).toEqual([
      [t4, 'closed', '2026-03-20T08:00:00.000Z'],
      [t1, 'refunded', '2026-03-10T12:00:00.000Z'],
      [t1, 'reopened', '2026-03-10T11:00:00.000Z'],
      [t1, 'type_changed', '2026-03-10T09:00:00.000Z'],
    ]);
    expect(page.nextCursor).toBeNull();
    expect(page.changes[0]!.account).toEqual({ handle: story.desk.south.handle, name: `Studio ${story.desk.south.handle}` });
    expect(page.changes[1]!.change).toMatchObject({
      kind: 'refunded',
      amount: 4700,
      currency: 'USD',
      actor: { kind: 'third-party', identityId: story.ada.identityId, email: story.ada.email },
    });
    expect(page.changes[3]!.change).toMatchObject({ kind: 'type_changed', from: 'support', to: 'refund' });
  });

  it('pages through the changes: the pages add up to the whole list, each change once', async () => {
    const whole = await story.desk.master.owner.reports.thirdPartyChanges({ ...ask(), thirdParty: story.ada.identityId });
    const seen: ReportChangesPage['changes'] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await story.desk.master.owner.reports.thirdPartyChanges({ ...ask(), thirdParty: story.ada.identityId, limit: 1, after });
      seen.push(...page.changes);
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(seen).toEqual(whole.changes);
  });

  it('lists the third parties’ comments with who wrote them, and not the owner’s nor those outside the period', async () => {
    const page = await story.desk.master.owner.reports.thirdPartyComments(ask());
    expect(listed(page)).toEqual([[story.tickets.t1, 'commented', '2026-03-10T09:30:00.000Z']]);
    expect(page.changes[0]!.change).toMatchObject({ text: '=SUM(A1) — refund, "soon"', actor: { identityId: story.ben.identityId, name: 'Ben Helper' } });
    const april = await story.desk.master.owner.reports.thirdPartyComments({ workspace: story.desk.master.handle, from: '2026-04-01', to: '2026-04-30', thirdParty: story.ada.identityId });
    expect(april.changes.map((c) => c.change)).toMatchObject([{ kind: 'commented', text: 'After March.' }]);
    const none = await story.desk.master.owner.reports.thirdPartyComments({ ...ask(), thirdParty: story.ada.identityId });
    expect(none).toEqual({ changes: [], nextCursor: null });
  });

  it('refuses a cursor of another list, or one that is not a cursor', async () => {
    const first = await story.desk.master.owner.reports.thirdPartyChanges({ ...ask(), thirdParty: story.ada.identityId, limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const comments = { ...ask(), thirdParty: story.ada.identityId, after: first.nextCursor! };
    expect(await refusal(story.desk.master.owner.reports.thirdPartyComments(comments))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_CURSOR' });
    const forged = Buffer.from(JSON.stringify({ l: 'changes', a: 'yesterday', i: 1 })).toString('base64url');
    expect(await refusal(story.desk.master.owner.reports.thirdPartyChanges({ ...comments, after: forged }))).toMatchObject({ appCode: 'INVALID_CURSOR' });
    expect(await refusal(story.desk.master.owner.reports.thirdPartyChanges({ ...comments, after: 'not a cursor!' }))).toMatchObject({ appCode: 'INVALID_INPUT' });
  });
});
