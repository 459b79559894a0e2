import { randomUUID } from 'node:crypto';
import { allPermissions, catalogs, catalogTemplates, effectivePermissions, grantsOnlyKeyAccess, type CatalogTemplate } from '@foyer/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import type { ProcedureMeta } from './trpc.js';
import { databaseKinds, startTestServer, type TestServer } from './test-support/databases.js';
import { enrolSecondFactor, signInWithCode, signInWithPassword } from './test-support/second-factor.js';
import { setFeature } from './areas/workspaces/features.js';
import { refusal, signedUpIdentity, registeredAgency } from './test-support/builders.js';

/**
 * Random workspaces of random templates; members, API users (calling with their key) and
 * agencies (with a second factor) holding random template or custom roles; then random
 * calls naming random workspaces with random ids. Each call must succeed exactly
 * when the catalog allows it (and its ids are the named workspace's own), and no call may
 * change anything in a workspace other than the one it names — or in that one, when refused.
 */

type Caller = ReturnType<TestServer['caller']>;
type Ids = { galleryId: string; accessId: string; contactId: string };
const unknownIds = (): Ids => ({ galleryId: randomUUID(), accessId: randomUUID(), contactId: randomUUID() });

/** Calls with valid input, each able to succeed; `ids` may come from another workspace. */
const probes: Record<
  string,
  {
    usesIds: boolean;
    ownerOnlyIn?: CatalogTemplate[] | 'all';
    /** The owner may call it whatever the catalog holds (a workspace's settings: the marketplace's catalog names no permission for them). */
    ownerAlways?: boolean;
    needsAgencyFeature?: boolean;
    /** A master account's procedure: where the caller may call it, a workspace that is not one says so (these are all seller accounts or other templates). */
    masterOnly?: boolean;
    call: (caller: Caller, workspace: string, ids: Ids) => Promise<unknown>;
  }
> = {
  'workspaces.settings': { usesIds: false, ownerAlways: true, call: (c, workspace) => c.workspaces.settings({ workspace }) },
  'workspaces.update': { usesIds: false, ownerAlways: true, call: (c, workspace) => c.workspaces.update({ workspace, name: `Renamed ${randomUUID().slice(0, 6)}` }) },
  'galleries.list': { usesIds: false, call: (c, workspace) => c.galleries.list({ workspace }) },
  'galleries.create': { usesIds: false, call: (c, workspace) => c.galleries.create({ workspace, title: 'Made by a random call' }) },
  'galleries.update': { usesIds: true, call: (c, workspace, ids) => c.galleries.update({ workspace, galleryId: ids.galleryId, title: 'Retitled' }) },
  'galleries.items': { usesIds: true, call: (c, workspace, ids) => c.galleries.items({ workspace, galleryId: ids.galleryId }) },
  'accesses.list': { usesIds: false, call: (c, workspace) => c.accesses.list({ workspace }) },
  'accesses.get': { usesIds: true, call: (c, workspace, ids) => c.accesses.get({ workspace, accessId: ids.accessId }) },
  'accesses.create': { usesIds: false, call: (c, workspace) => c.accesses.create({ workspace, name: 'Random client' }) },
  'accesses.update': { usesIds: true, call: (c, workspace, ids) => c.accesses.update({ workspace, accessId: ids.accessId, note: 'touched' }) },
  'accesses.setDisabled': { usesIds: true, call: (c, workspace, ids) => c.accesses.setDisabled({ workspace, accessId: ids.accessId, disabled: false }) },
  'accesses.addGalleries': {
    usesIds: true,
    call: (c, workspace, ids) => c.accesses.addGalleries({ workspace, accessId: ids.accessId, galleryIds: [ids.galleryId] }),
  },
  'outbox.list': { usesIds: false, call: (c, workspace) => c.outbox.list({ workspace }) },
  'contacts.list': { usesIds: false, call: (c, workspace) => c.contacts.list({ workspace }) },
  'contacts.get': { usesIds: true, call: (c, workspace, ids) => c.contacts.get({ workspace, contactId: ids.contactId }) },
  // A host back-end's list of the contacts that may be a domain's registrant.
  'contacts.registrants': { usesIds: false, call: (c, workspace) => c.contacts.registrants({ workspace }) },
  'contacts.create': {
    usesIds: false,
    // In a hosting account only the primary user adds contacts.
    ownerOnlyIn: ['hosting'],
    call: (c, workspace) => c.contacts.create({ workspace, name: 'Random contact', email: `contact-${randomUUID()}@example.com` }),
  },
  'roles.list': { usesIds: false, call: (c, workspace) => c.roles.list({ workspace }) },
  'members.list': { usesIds: false, call: (c, workspace) => c.members.list({ workspace }) },
  'activity.list': { usesIds: false, call: (c, workspace) => c.activity.list({ workspace }) },
  'workspaces.features': { usesIds: false, ownerOnlyIn: 'all', call: (c, workspace) => c.workspaces.features({ workspace }) },
  // Agency access comes with the plan; without it there are no grants to list.
  'agencyGrants.list': { usesIds: false, ownerOnlyIn: 'all', needsAgencyFeature: true, call: (c, workspace) => c.agencyGrants.list({ workspace }) },
  'contacts.update': { usesIds: true, call: (c, workspace, ids) => c.contacts.update({ workspace, contactId: ids.contactId, company: 'Renamed Ltd' }) },
  // A seller account's sales, through the API: read with API read, record with API read/write.
  'sales.products': { usesIds: false, call: (c, workspace) => c.sales.products({ workspace }) },
  'sales.transactions': { usesIds: false, call: (c, workspace) => c.sales.transactions({ workspace, limit: 5 }) },
  // A master account's transactions, by Search orders or Orders/Tickets: never in a seller account or another template's workspace.
  'transactions.search': { usesIds: false, masterOnly: true, call: (c, workspace) => c.transactions.search({ workspace }) },
  'transactions.get': { usesIds: false, masterOnly: true, call: (c, workspace) => c.transactions.get({ workspace, account: 'some-account', transaction: randomUUID() }) },
  'receipts.email': { usesIds: false, masterOnly: true, call: (c, workspace) => c.receipts.email({ workspace, account: 'some-account', transaction: randomUUID() }) },
  // A master account's reports, by Reports: in no other workspace, whatever its catalog calls audit.view.
  'reports.ticketsCreated': { usesIds: false, masterOnly: true, call: (c, workspace) => c.reports.ticketsCreated({ workspace, from: '2026-11-01', to: '2026-11-30' }) },
  'reports.thirdParties': { usesIds: false, masterOnly: true, call: (c, workspace) => c.reports.thirdParties({ workspace }) },
  'sales.saveProduct': { usesIds: false, call: (c, workspace) => c.sales.saveProduct({ workspace, sku: `sku-${randomUUID().slice(0, 8)}`, name: 'A product', kind: 'standard' }) },
  // A customer's ticket, opened by the host back-end with API read/write (the master account's side: master-scope.property.test.ts).
  'tickets.open': { usesIds: false, call: (c, workspace) => c.tickets.open({ workspace, type: 'support', customerEmail: 'buyer@example.com', comment: 'A question' }) },
  'tickets.ofAccount': { usesIds: false, call: (c, workspace) => c.tickets.ofAccount({ workspace, limit: 5 }) },
};
const probeNames = Object.keys(probes);
const metaOf = (path: string) => {
  const def = (appRouter._def.procedures as Record<string, { _def: { meta?: ProcedureMeta; type: 'query' | 'mutation' } }>)[path]!._def;
  return { meta: def.meta!, type: def.type };
};

/**
 * A call made with an API key also needs the catalog's API permission: read for queries and
 * read/write for changes where the catalog has both (marketplace), its one API permission
 * where it has one (email marketing), nothing more where it has none.
 */
function keyMayCall(template: CatalogTemplate, held: ReadonlySet<string>, type: 'query' | 'mutation'): boolean {
  const permissions = catalogs[template].permissions;
  if ('api.read' in permissions && 'api.write' in permissions) return held.has(type === 'query' ? 'api.read' : 'api.write');
  if ('api.use' in permissions) return held.has('api.use');
  return true;
}

const tenantTables = [
  'galleries',
  'gallery_items',
  'client_accesses',
  'access_galleries',
  'outbox',
  'memberships',
  'workspace_roles',
  'audit_log',
  'products',
  'transactions',
  'tickets',
  'ticket_history',
];

describe.each(databaseKinds)('permissions and boundaries under random calls on %s', (kind) => {
  let server: TestServer;
  let counter = 0;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  async function snapshot(workspaceIds: string[]) {
    const result: Record<string, unknown> = {};
    for (const table of tenantTables) {
      result[table] = await server.deps.db(table).whereIn('workspace_id', workspaceIds).orderByRaw('1, 2');
    }
    result.workspaces = await server.deps.db('workspaces').whereIn('id', workspaceIds).orderBy('id');
    return JSON.stringify(result);
  }

  const roleArbitrary = (template: CatalogTemplate) => {
    const catalog = catalogs[template];
    return fc.oneof(
      fc.constantFrom(...Object.keys(catalog.roles)).map((key) => ({ template: key }) as const),
      fc.subarray(Object.keys(catalog.permissions), { minLength: 1 }).map((permissions) => ({ custom: permissions }) as const),
    );
  };
  const worldArbitrary = fc.array(fc.constantFrom(...catalogTemplates), { minLength: 2, maxLength: 3 }).chain((templates) =>
    fc.record({
      templates: fc.constant(templates),
      members: fc.array(
        fc.nat({ max: templates.length - 1 }).chain((at) => fc.record({ at: fc.constant(at), role: roleArbitrary(templates[at]!), via: fc.constantFrom('member', 'api', 'agency') })),
        { minLength: 1, maxLength: 4 },
      ),
      calls: fc.array(
        fc.record({
          caller: fc.nat(),
          target: fc.nat({ max: templates.length - 1 }),
          probe: fc.constantFrom(...probeNames),
          idsFrom: fc.nat({ max: templates.length }), // templates.length: ids of no workspace at all
        }),
        { minLength: 4, maxLength: 10 },
      ),
    }),
  );

  it('lets every call succeed exactly when the catalog allows it, and never reach another workspace', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const run = `${Date.now().toString(36)}${(counter++).toString(36)}`;
        const workspaces: Array<{ id: string; handle: string; template: CatalogTemplate; ids: Ids; agencyFeature: boolean }> = [];
        const people: Array<{ caller: Caller; held: Map<number, Set<string>>; owns: number | null; withKey: boolean }> = [];
        const owners: Caller[] = [];
        for (const [index, template] of world.templates.entries()) {
          const handle = `prop-${run}-${index}`;
          const { token } = await signedUpIdentity(server, { email: `owner-${handle}@example.com`, password: 'correct horse battery' });
          const owner = server.caller(token);
          await owner.workspaces.create({ handle, name: handle, template });
          const { id } = await server.deps.db('workspaces').select('id').where({ handle }).first();
          // Each workspace holds something of its own to name where its template has it.
          const ids = unknownIds();
          if (template === 'photography') {
            ids.galleryId = (await owner.galleries.create({ workspace: handle, title: 'Own gallery' })).id;
            ids.accessId = (await owner.accesses.create({ workspace: handle, name: 'Own access' })).access.id;
          }
          if (template === 'print-shop' || template === 'hosting') {
            ids.contactId = (await owner.contacts.create({ workspace: handle, name: 'Own contact', email: `own-${handle}@example.com` })).id;
          }
          workspaces.push({ id, handle, template, ids, agencyFeature: false });
          owners.push(owner);
          people.push({ caller: owner, held: new Map([[index, effectivePermissions(catalogs[template], allPermissions(catalogs[template]))]]), owns: index, withKey: false });
        }
        for (const [n, member] of world.members.entries()) {
          const workspace = workspaces[member.at]!;
          const owner = owners[member.at]!;
          const catalog = catalogs[workspace.template];
          const email = `${member.via}-${run}-${n}@example.com`;
          // A custom role is made by the owner through the API, like any workspace's own role.
          const role =
            'template' in member.role
              ? { template: member.role.template }
              : { customRoleId: (await owner.roles.create({ workspace: workspace.handle, name: `Role ${n}`, permissions: [...member.role.custom] })).id };
          const granted = 'template' in member.role ? (catalog.roles as Record<string, { permissions: readonly string[] }>)[member.role.template]!.permissions : member.role.custom;
          let caller: Caller;
          if (member.via === 'api') {
            const { apiKey } = await owner.apiUsers.create({ workspace: workspace.handle, email, firstName: 'Api', lastName: `User ${n}`, role });
            caller = server.caller(apiKey);
          } else if (member.via === 'agency') {
            await setFeature(server.deps, workspace.handle, 'agency', true);
            workspace.agencyFeature = true;
            await registeredAgency(server, { email, password: 'correct horse battery', name: `Agency ${n}` });
            const { token } = await signInWithPassword(server, email, 'correct horse battery');
            const { secret } = await enrolSecondFactor(server, token, 'correct horse battery');
            if (grantsOnlyKeyAccess(catalog, granted)) {
              // An agency never holds a key: a role of API access alone is refused, and grants nothing.
              expect((await refusal(owner.agencyGrants.grant({ workspace: workspace.handle, agencyEmail: email, role }))).appCode).toBe('AGENCY_ROLE_API_ONLY');
              continue;
            }
            await owner.agencyGrants.grant({ workspace: workspace.handle, agencyEmail: email, role });
            caller = server.caller((await signInWithCode(server, email, 'correct horse battery', secret)).token);
          } else {
            const { token, identity } = await signedUpIdentity(server, { email, password: 'correct horse battery' });
            const now = server.clock.now();
            const held = 'template' in role ? { role_key: role.template } : { custom_role_id: role.customRoleId };
            await server.deps.db('memberships').insert({ workspace_id: workspace.id, identity_id: identity.id, kind: 'member', ...held, created_at: now });
            caller = server.caller(token);
          }
          people.push({ caller, held: new Map([[member.at, effectivePermissions(catalog, granted)]]), owns: null, withKey: member.via === 'api' });
        }

        for (const call of world.calls) {
          const person = people[call.caller % people.length]!;
          const target = workspaces[call.target]!;
          const probe = probes[call.probe]!;
          const ids = workspaces[call.idsFrom]?.ids ?? unknownIds();
          const held = person.held.get(call.target);
          const { meta } = metaOf(call.probe);
          // One permission, or several of which any one will do.
          const needed = meta.anyOf ?? (meta.permission ? [meta.permission] : []);
          const others = workspaces.filter((w) => w !== target).map((w) => w.id);
          const before = { others: await snapshot(others), target: await snapshot([target.id]) };
          const outcome = await probe.call(person.caller, target.handle, ids).then(
            () => ({ ok: true as const }),
            (error: { code?: string; message?: string }) => ({ ok: false as const, code: error.code, message: error.message }),
          );
          const label = `${call.probe} in a ${target.template} workspace`;
          if (!held) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          else if (person.withKey && !keyMayCall(target.template, held, metaOf(call.probe).type)) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          else if (needed.length > 0 && !needed.some((p) => held.has(p)) && !(probe.ownerAlways && person.owns === call.target))
            expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          else if ((probe.ownerOnlyIn === 'all' || probe.ownerOnlyIn?.includes(target.template)) && person.owns !== call.target) {
            expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          } else if (probe.needsAgencyFeature && !target.agencyFeature) expect(outcome, label).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          else if (probe.masterOnly) expect(outcome, label).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('not a master account') });
          else if (probe.usesIds && call.idsFrom !== call.target) expect(outcome, label).toMatchObject({ ok: false, code: 'NOT_FOUND' });
          else expect(outcome, label).toEqual({ ok: true });
          expect(await snapshot(others), `${label} changed another workspace`).toBe(before.others);
          if (!outcome.ok) expect(await snapshot([target.id]), `${label} was refused but changed something`).toBe(before.target);
        }
      }),
      { numRuns: 12, endOnFailure: true },
    );
  }, 240_000);
});
