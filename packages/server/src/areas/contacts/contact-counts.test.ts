import { ContactStatus, contactSearchCountCap } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGeneratedContacts } from '../../db/seed/bulk-contacts.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { givenContact } from '../../test-support/contacts.js';

/**
 * The list's totals come from per-bucket counters kept by triggers (migration 026), not from
 * counting rows. Here every way a contact changes is followed by a comparison of every filter's
 * total with the rows themselves.
 */
describe.each(databaseKinds)('contact totals on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
  }, 180_000);
  afterAll(() => server.close());

  const contactStatuses = ContactStatus.options;
  const filters: Array<{ status?: ContactStatus[]; invitationSent?: boolean }> = [
    {},
    ...contactStatuses.map((status) => ({ status: [status] })),
    { status: ['unregistered', 'active'] },
    { invitationSent: true },
    { invitationSent: false },
    ...contactStatuses.map((status) => ({ status: [status], invitationSent: true })),
  ];

  async function expectTotalsMatchRows(of: GivenWorkspace, when: string) {
    for (const filter of filters) {
      const rows = server.deps.db('contacts').where('workspace_id', of.id);
      if (filter.status) rows.whereIn('status', filter.status);
      if (filter.invitationSent !== undefined) rows.where('invitation_sent', filter.invitationSent);
      const counted = Number((await rows.count({ n: '*' }).first())!.n);
      const page = await of.owner.contacts.list({ workspace: of.handle, ...filter, limit: 1 });
      expect(page, `${when}: ${JSON.stringify(filter)}`).toMatchObject({ total: counted, totalExact: true });
    }
  }

  it('stay equal to the rows through every way a contact changes', async () => {
    await expectTotalsMatchRows(ws, 'no contacts yet');
    const made = new Map<ContactStatus, Array<Awaited<ReturnType<typeof givenContact>>>>();
    for (const status of contactStatuses) {
      made.set(status, [await givenContact(server, ws, status), await givenContact(server, ws, status)]);
    }
    await expectTotalsMatchRows(ws, 'created in every status');
    const [unregistered] = made.get('unregistered')!;
    await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [unregistered!.row.id], send: 'mailto' });
    await expectTotalsMatchRows(ws, 'activation request sent');
    const [notActive] = made.get('not-active')!;
    await ws.owner.contacts.activate({ workspace: ws.handle, contactId: notActive!.row.id });
    await expectTotalsMatchRows(ws, 'activated');
    const [active, otherActive] = made.get('active')!;
    await ws.owner.contacts.deactivate({ workspace: ws.handle, contactIds: [active!.row.id, otherActive!.row.id] });
    await expectTotalsMatchRows(ws, 'two deactivated in one call');
    const [deactivated] = made.get('deactivated')!;
    await ws.owner.contacts.delete({ workspace: ws.handle, contactId: deactivated!.row.id });
    await ws.owner.contacts.update({ workspace: ws.handle, contactId: unregistered!.row.id, name: 'Renamed' });
    await expectTotalsMatchRows(ws, 'deleted one, renamed one');
    const fresh = await givenContact(server, ws, 'active');
    await ws.owner.contacts.deleteIdentities({ workspace: ws.handle, contactId: fresh.row.id });
    await expectTotalsMatchRows(ws, 'identities deleted');
  });

  it('belong to one workspace, and go with it when the workspace is deleted', async () => {
    const other = await givenWorkspace(server, undefined, { template: 'print-shop' });
    await givenContact(server, other, 'unregistered');
    const before = await ws.owner.contacts.list({ workspace: ws.handle, limit: 1 });
    expect((await other.owner.contacts.list({ workspace: other.handle, limit: 1 })).total).toBe(1);
    await server.deps.db('workspaces').where('id', other.id).del();
    expect(await server.deps.db('contact_counts').where('workspace_id', other.id)).toEqual([]);
    expect((await ws.owner.contacts.list({ workspace: ws.handle, limit: 1 })).total).toBe(before.total);
  });

  it('count a search exactly up to the cap, and say when more than the cap match', async () => {
    const big = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const generated = contactSearchCountCap + 50;
    await insertGeneratedContacts(server.deps.db, big, generated, new Date());
    await expectTotalsMatchRows(big, 'generated in bulk');
    const everyone = await big.owner.contacts.list({ workspace: big.handle, search: '@customers.example', limit: 5 });
    expect(everyone).toMatchObject({ total: contactSearchCountCap, totalExact: false });
    expect(everyone.rows).toHaveLength(5);
    const few = await big.owner.contacts.list({ workspace: big.handle, search: '-00001', limit: 5 });
    expect(few.rows.length).toBe(5);
    expect(few).toMatchObject({ total: 10, totalExact: true }); // -000010 … -000019
  }, 120_000);
});
