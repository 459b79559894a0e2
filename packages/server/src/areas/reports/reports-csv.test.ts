import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, type TestServer } from '../../test-support/databases.js';
import { listen } from '../../test-support/http.js';
import { strongPassword } from '../../test-support/marketplace.js';
import { givenReportStory, startReportServer, type ReportStory } from '../../test-support/reports.js';

describe.each(databaseKinds)('reports as CSV downloads on %s', (kind) => {
  let server: TestServer;
  let story: ReportStory;
  let http: Awaited<ReturnType<typeof listen>>;

  /** GET the report with a bearer token (the owner's unless given), over real HTTP. */
  const download = (report: string, query: Record<string, string>, token = story.desk.master.token, workspace = story.desk.master.handle) =>
    fetch(`${http.base}/reports/${workspace}/${report}?${new URLSearchParams(query)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const march = { from: '2026-03-01', to: '2026-03-31' };
  /** The file's lines, after its byte order mark (which a UTF-8 decoder drops). */
  const linesOf = async (response: Response) => {
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    return text.slice(0, -2).split('\r\n');
  };

  beforeAll(async () => {
    server = await startReportServer(kind);
    story = await givenReportStory(server);
    http = await listen(server);
  }, 120_000);
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('gives the tickets created per day as a CSV file named after the report and its period, every day a line', async () => {
    const response = await download('tickets-created', march);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="report-tickets-created_2026-03-01_2026-03-31.csv"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const lines = await linesOf(response);
    expect(lines).toHaveLength(32);
    expect(lines[0]).toBe('Day (UTC),Support,Refund,Cancellation,All types');
    expect(lines[1]).toBe('2026-03-01,2,0,0,2');
    expect(lines[2]).toBe('2026-03-02,0,0,0,0');
    expect(lines[31]).toBe('2026-03-31,0,0,1,1');
    const north = await download('tickets-created', { ...march, account: story.desk.north.handle });
    expect(north.headers.get('content-disposition')).toContain(`_2026-03-31_${story.desk.north.handle}.csv`);
    expect((await linesOf(north))[1]).toBe('2026-03-01,1,0,0,1');
  });

  it('gives the changes per day with a column for each counted change', async () => {
    const lines = await linesOf(await download('ticket-changes', march));
    expect(lines[0]).toBe(
      'Day (UTC),Support to refund,Support to cancellation,Refund to support,Refund to cancellation,Cancellation to support,Cancellation to refund,Reopened,Closed,Refunded',
    );
    expect(lines[10]).toBe('2026-03-10,1,0,0,0,0,0,1,1,1');
    expect(lines[16]).toBe('2026-03-16,0,0,0,0,0,0,0,1,0');
  });

  it('names the third parties in the columns, a name that looks like a formula made harmless', async () => {
    await server.deps.db('identities').where({ id: story.ben.identityId }).update({ name: '=HYPERLINK("https://evil.example","Ben")' });
    try {
      const lines = await linesOf(await download('closed-by-third-parties', march));
      // Listed by name: the renamed Ben comes first now.
      expect(lines[0]).toBe(`Day (UTC),"'=HYPERLINK(""https://evil.example"",""Ben"")",Ada Helper,All third parties`);
      expect(lines[16]).toBe('2026-03-16,1,0,1');
      expect(lines[20]).toBe('2026-03-20,0,1,1');
    } finally {
      await server.deps.db('identities').where({ id: story.ben.identityId }).update({ name: 'Ben Helper' });
    }
    const opened = await linesOf(await download('opened-by-third-parties', march));
    expect(opened[0]).toBe('Day (UTC),Shop Backend,All third parties');
    const byType = await linesOf(await download('third-party-tickets-by-type', march));
    expect(byType).toEqual([
      'Third party,Email,API only,Support,Refund,Cancellation,Tickets',
      `Ada Helper,${story.ada.email},no,1,1,0,2`,
      `Ben Helper,${story.ben.email},no,0,1,0,1`,
      `Shop Backend,${story.desk.backend.email},yes,1,0,1,2`,
    ]);
  });

  it('lists one third party’s changes, amounts in their currency’s decimals', async () => {
    const lines = await linesOf(await download('third-party-changes', { ...march, thirdParty: story.ada.identityId }));
    const { north, south } = story.desk;
    const { t1, t4 } = story.tickets;
    expect(lines).toEqual([
      'Time (UTC),Account,Ticket,Third party,Email,Change,Type,From,To,Amount,Currency,Text',
      `2026-03-20 08:00:00,${south.handle},${t4},Ada Helper,${story.ada.email},closed,support,,,,,`,
      `2026-03-10 12:00:00,${north.handle},${t1},Ada Helper,${story.ada.email},refunded,refund,,,47.00,USD,`,
      `2026-03-10 11:00:00,${north.handle},${t1},Ada Helper,${story.ada.email},reopened,refund,,,,,`,
      `2026-03-10 09:00:00,${north.handle},${t1},Ada Helper,${story.ada.email},type changed,refund,support,refund,,,`,
    ]);
  });

  it('lists every comment of the period however many pages it takes, a comment’s quotes and formula made safe', async () => {
    const { t1 } = story.tickets;
    // 1,200 more comments by Ada in North, one a minute on March 5th and 6th.
    await server.deps.db('ticket_history').insert(
      Array.from({ length: 1200 }, (_, i) => ({
        workspace_id: story.desk.north.id,
        ticket_number: t1,
        at: new Date(Date.parse('2026-03-05T00:00:00Z') + i * 60_000),
        kind: 'commented',
        actor_identity_id: story.ada.identityId,
        actor_kind: 'third-party',
        to_type: 'refund',
        text: `Note ${i}`,
      })),
    );
    const lines = await linesOf(await download('third-party-comments', march));
    expect(lines[0]).toBe('Time (UTC),Third party,Email,Account,Ticket,Comment');
    expect(lines).toHaveLength(1 + 1 + 1200);
    expect(lines[1]).toBe(`2026-03-10 09:30:00,Ben Helper,${story.ben.email},${story.desk.north.handle},${t1},"'=SUM(A1) — refund, ""soon"""`);
    expect(lines[2]).toBe(`2026-03-05 19:59:00,Ada Helper,${story.ada.email},${story.desk.north.handle},${t1},Note 1199`);
    expect(lines[1201]).toBe(`2026-03-05 00:00:00,Ada Helper,${story.ada.email},${story.desk.north.handle},${t1},Note 0`);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('gives a user with Manage users only its own accounts’ rows', async () => {
    const lines = await linesOf(await download('tickets-created', march, await tokenOf(story.manager.email)));
    expect(lines[1]).toBe('2026-03-01,1,0,0,1');
    expect(lines[31]).toBe('2026-03-31,0,0,0,0');
  });

  it('answers a refusal as the procedures do, before any line', async () => {
    const refused = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    };
    await refused(await download('tickets-created', march, ''), 401, 'NOT_SIGNED_IN');
    await refused(await download('tickets-created', march, await tokenOf(story.ada.email)), 403, 'FORBIDDEN');
    await refused(await download('third-party-changes', { ...march, thirdParty: '3f1c6c6e-0c1b-4c53-9d59-6d0c5b6f0b1a' }), 404, 'THIRD_PARTY_NOT_FOUND');
    await refused(await download('tickets-created', { ...march, account: 'no-such-account' }), 404, 'ACCOUNT_NOT_LINKED');
    await refused(await download('tickets-created', march, story.desk.north.ownerToken, story.desk.north.handle), 400, 'NOT_A_MASTER_ACCOUNT');
    const reversed = await download('tickets-created', { from: '2026-03-31', to: '2026-03-01' });
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'to is not valid.' } });
    expect(await (await download('third-party-changes', march)).json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'thirdParty is not valid.' } });
    expect(await (await download('sales', march)).json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'report is not valid.' } });
  });

  /** A helper's session token, signed in again with its password. */
  async function tokenOf(email: string): Promise<string> {
    return (await server.caller().identity.signIn({ email, password: strongPassword })).token;
  }
});
