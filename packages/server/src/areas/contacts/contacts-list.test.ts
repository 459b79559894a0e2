import type { ContactRow, ContactSortColumn, ContactStatus } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { givenContact } from '../../test-support/contacts.js';

const columns: ContactSortColumn[] = ['name', 'email', 'company', 'status', 'invitationSent', 'termsAcceptedAt'];
const statusOrder: ContactStatus[] = ['unregistered', 'not-active', 'active', 'deactivated'];

describe.each(databaseKinds)('the contacts list on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const statuses: ContactStatus[] = ['unregistered', 'not-active', 'active', 'deactivated'];
    for (let i = 0; i < 24; i++) {
      // Repeated names and companies, and no company at all, so ties and nulls are paged too.
      await givenContact(server, ws, statuses[i % 4]!, {
        name: `Person ${String(i % 6).padStart(2, '0')}`,
        email: `person-${String(i).padStart(2, '0')}@example.com`,
        company: i % 3 === 0 ? undefined : `Firm ${i % 5}`,
      });
    }
    await ws.owner.contacts.create({ workspace: ws.handle, name: 'Percent 100% _under', email: 'percent@example.com', company: 'Odd%Co' });
    // Two dozen contacts through the real activation flow, each hashing a password: slow on a busy machine.
  }, 180_000);
  afterAll(() => server.close());

  async function allPages(input: { sort: { column: ContactSortColumn; direction: 'asc' | 'desc' }; limit: number; status?: ContactStatus[] }) {
    const rows: ContactRow[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await ws.owner.contacts.list({ workspace: ws.handle, ...input, after });
      rows.push(...page.rows);
      if (!page.nextCursor) return { rows, total: page.total };
      after = page.nextCursor;
    }
    throw new Error('paging did not end');
  }

  it('pages through every sort column in both directions with no row lost or repeated, in the order of one big page', async () => {
    for (const column of columns) {
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { column, direction };
        const whole = await ws.owner.contacts.list({ workspace: ws.handle, sort, limit: 200 });
        const paged = await allPages({ sort, limit: 7 });
        expect(
          paged.rows.map((r) => r.id),
          `${column} ${direction}`,
        ).toEqual(whole.rows.map((r) => r.id));
        expect(new Set(paged.rows.map((r) => r.id)).size).toBe(25);
        expect(paged.total).toBe(25);
      }
    }
  });

  it('sorts by status in the lifecycle order, and puts contacts without a company last ascending and first descending', async () => {
    const byStatus = (await ws.owner.contacts.list({ workspace: ws.handle, sort: { column: 'status', direction: 'asc' }, limit: 200 })).rows;
    const ranks = byStatus.map((r) => statusOrder.indexOf(r.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const asc = (await ws.owner.contacts.list({ workspace: ws.handle, sort: { column: 'company', direction: 'asc' }, limit: 200 })).rows;
    expect(asc.at(-1)!.company).toBeNull();
    expect(asc[0]!.company).not.toBeNull();
    const desc = (await ws.owner.contacts.list({ workspace: ws.handle, sort: { column: 'company', direction: 'desc' }, limit: 200 })).rows;
    expect(desc[0]!.company).toBeNull();
  });

  it('filters by status and by the invitation flag, counting the filtered set', async () => {
    const active = await allPages({ sort: { column: 'name', direction: 'asc' }, limit: 4, status: ['active'] });
    expect(active.total).toBe(6);
    expect(active.rows.every((r) => r.status === 'active')).toBe(true);
    const invited = await ws.owner.contacts.list({ workspace: ws.handle, invitationSent: true, limit: 200 });
    expect(invited.rows.every((r) => r.invitationSent)).toBe(true);
    expect(invited.total).toBe(12); // the active and the deactivated were sent their link
    const both = await ws.owner.contacts.list({ workspace: ws.handle, status: ['unregistered', 'not-active'], invitationSent: false });
    expect(both.total).toBe(13);
  });

  it('searches name, email and company, matching %, _ and \\ as themselves', async () => {
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: 'PERSON-07@' })).rows.map((r) => r.email)).toEqual(['person-07@example.com']);
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: 'firm 4' })).total).toBe(3);
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: '100%' })).rows.map((r) => r.email)).toEqual(['percent@example.com']);
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: '%' })).total).toBe(1);
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: '_' })).total).toBe(1);
    expect((await ws.owner.contacts.list({ workspace: ws.handle, search: '\\' })).total).toBe(0);
  });

  it('refuses a cursor of another sort, or one made up, and a search longer than 200 characters', async () => {
    const page = await ws.owner.contacts.list({ workspace: ws.handle, sort: { column: 'name', direction: 'asc' }, limit: 3 });
    const other = await refusal(ws.owner.contacts.list({ workspace: ws.handle, sort: { column: 'email', direction: 'asc' }, after: page.nextCursor! }));
    expect(other.appCode).toBe('CURSOR_INVALID');
    for (const forged of ['not-a-cursor', Buffer.from('{"column":"name","direction":"asc","values":[1],"id":"x"}').toString('base64url')]) {
      expect((await refusal(ws.owner.contacts.list({ workspace: ws.handle, after: forged }))).appCode).toBe('CURSOR_INVALID');
    }
    const injected = Buffer.from(JSON.stringify({ column: 'name', direction: 'asc', values: ["x') or 1=1 --"], id: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    expect((await ws.owner.contacts.list({ workspace: ws.handle, after: injected })).rows.every((r) => r.name.toLowerCase() > "x') or 1=1 --")).toBe(true);
    expect((await refusal(ws.owner.contacts.list({ workspace: ws.handle, search: 'x'.repeat(201) }))).appCode).toBe('INVALID_INPUT');
  });
});
