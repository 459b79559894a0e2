import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { insertGeneratedContacts } from './bulk-contacts.js';
import { seedPrintShop, type PrintShopSeed } from './print-shop.js';

describe.each(databaseKinds)('the demo print shop on %s', (kind) => {
  let server: TestServer;
  let seed: PrintShopSeed;
  const options = { activationUrl: 'http://localhost:3000/activate.html' };

  beforeAll(async () => {
    server = await startTestServer(kind);
    seed = await seedPrintShop(server.deps, options);
  });
  afterAll(() => server.close());

  const adminCaller = async () => {
    const { token } = await server.caller().identity.signIn({ email: seed.admin.email, password: seed.admin.password });
    return server.caller(token);
  };

  it('has contacts in every status and jobs in every status, and enough contacts to page through', async () => {
    const admin = await adminCaller();
    const workspace = seed.workspace.handle;
    for (const status of ['unregistered', 'not-active', 'active', 'deactivated'] as const) {
      expect(
        seed.contacts.some((c) => c.status === status),
        status,
      ).toBe(true);
      expect((await admin.contacts.list({ workspace, status: [status] })).total, status).toBeGreaterThan(10);
    }
    const jobStatuses = new Set(seed.contacts.flatMap((c) => c.jobs.map((j) => j.status)));
    expect([...jobStatuses].sort()).toEqual(['completed', 'finishing', 'incoming', 'new', 'preflight', 'printing']);
    const first = await admin.contacts.list({ workspace });
    expect(first.total).toBe(seed.total);
    expect(seed.total).toBeGreaterThanOrEqual(300);
    expect(first.rows).toHaveLength(100);
    expect(first.nextCursor).not.toBeNull();
    expect((await admin.contacts.list({ workspace, invitationSent: true })).total).toBeGreaterThan(0);
  });

  it('lets the seeded contacts sign in as their status allows', async () => {
    const workspace = seed.workspace.handle;
    const kari = seed.contacts.find((c) => c.email === 'kari@fjordreklame.example')!;
    const { token } = await server.caller().identity.signIn({ email: kari.email, password: kari.password! });
    expect(await server.caller(token).contacts.me({ workspace })).toMatchObject({ status: 'active', termsAcceptanceDue: false });
    const generated = await server.deps.db('contacts').where({ status: 'active' }).whereLike('email', '%@customers.example').first('email');
    const signedIn = await server.caller().identity.signIn({ email: generated.email, password: seed.generated.password });
    expect((await server.caller(signedIn.token).jobs.mine({ workspace })).length).toBe(0);
    const per = seed.contacts.find((c) => c.status === 'deactivated')!;
    const perSession = await server.caller().identity.signIn({ email: per.email, password: per.password! });
    await expect(server.caller(perSession.token).contacts.me({ workspace })).rejects.toMatchObject({ appCode: 'MEMBERSHIP_DISABLED' });
  });

  it('refuses to delete the contact whose jobs are in processing, naming them', async () => {
    const admin = await adminCaller();
    const ola = (await admin.contacts.list({ workspace: seed.workspace.handle, search: 'ola@bryggentrykk' })).rows[0]!;
    const preview = await admin.contacts.deletionPreview({ workspace: seed.workspace.handle, contactId: ola.id });
    expect(preview.blockingJobs.map((j) => j.name).sort()).toEqual(['Brochure', 'Flyer A5', 'Poster A1']);
  });

  it('seeds once: a second start finds the shop and returns the same facts', async () => {
    const again = await seedPrintShop(server.deps, { activationUrl: 'http://localhost:4111/activate.html' });
    expect(again.total).toBe(seed.total);
    expect(again.contacts).toEqual(seed.contacts);
    const row = await server.deps.db('workspaces').where({ handle: seed.workspace.handle }).first('activation_url');
    expect(row.activation_url).toBe('http://localhost:4111/activate.html');
  });

  it('adds generated contacts in bulk with consistent logins and memberships', async () => {
    const workspace = await server.deps.db('workspaces').where({ handle: seed.workspace.handle }).first('id', 'handle');
    const started = Date.now();
    await insertGeneratedContacts(server.deps.db, workspace, 5000, server.clock.now());
    expect(Date.now() - started).toBeLessThan(30_000);
    const counts = await server.deps.db('contacts').where({ workspace_id: workspace.id }).groupBy('status').select('status').count({ n: '*' });
    expect(Object.fromEntries(counts.map((c: { status: string; n: unknown }) => [c.status, Number(c.n)]))).toMatchObject({ active: expect.any(Number), deactivated: expect.any(Number) });
    const loginless = await server.deps
      .db('contacts')
      .where({ workspace_id: workspace.id })
      .whereIn('status', ['active', 'deactivated', 'not-active'])
      .whereNull('identity_id')
      .count({ n: '*' })
      .first();
    expect(Number(loginless!.n)).toBe(0);
    const activeWithout = await server.deps
      .db('contacts as c')
      .leftJoin('memberships as m', function () {
        this.on('m.workspace_id', 'c.workspace_id').andOn('m.identity_id', 'c.identity_id');
      })
      .where({ 'c.workspace_id': workspace.id, 'c.status': 'active' })
      .whereNull('m.identity_id')
      .count({ n: '*' })
      .first();
    expect(Number(activeWithout!.n)).toBe(0);
    const admin = await adminCaller();
    expect((await admin.contacts.list({ workspace: seed.workspace.handle })).total).toBe(seed.total + 5000);
  });
});
