import { catalogs, type CatalogShape } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberContext } from '../../callers/contexts.js';
import { memberCall } from '../../callers/member-call.js';
import { ChangeNotes } from '../../audit/change-notes.js';
import { createContextInner } from '../../context.js';
import type { FoyerError } from '../../errors.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { givenContact } from '../../test-support/contacts.js';
import { activateContact, contactDetail, createContact, listContacts } from './service.js';

/**
 * What differs between templates is catalog data: the same print-shop workspace, given a
 * catalog that says otherwise, keeps other kinds of contact and lets other people add them.
 */
describe.each(databaseKinds)('contacts as the catalog declares them on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let administrator: string;
  const printShop: CatalogShape = catalogs['print-shop'];

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
    administrator = (await ws.member('administrator')).token;
  });
  afterAll(() => server.close());

  /** The context a member's procedure gives its service, with the catalog swapped for `catalog`. */
  async function memberContext(token: string, catalog?: CatalogShape): Promise<MemberContext> {
    const request = createContextInner(server.deps, { token });
    const call = await memberCall(request, ws.handle, 'mutation');
    return { ...request, ...call, catalog: catalog ?? call.catalog, audit: new ChangeNotes() };
  }

  const input = (email: string) => ({ workspace: ws.handle, name: 'Kari Nordmann', email });
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: FoyerError) => error.appCode,
    );

  it('gives a new contact the first kind its catalog keeps', async () => {
    const ctx = await memberContext(ws.ownerToken, { ...printShop, contacts: { kinds: ['notification-only', 'customer'] } });
    const row = await createContact(ctx, input('first-kind@example.com'));
    expect((await contactDetail(ctx, { workspace: ws.handle, contactId: row.id })).kind).toBe('notification-only');
    expect((await contactDetail(await memberContext(ws.ownerToken), { workspace: ws.handle, contactId: row.id })).kind).toBe('notification-only');
    const customer = await createContact(await memberContext(ws.ownerToken), input('customer-kind@example.com'));
    expect((await contactDetail(ctx, { workspace: ws.handle, contactId: customer.id })).kind).toBe('customer');
  });

  it('refuses contacts where the catalog keeps none, and kinds it does not list', async () => {
    const none = await memberContext(ws.ownerToken, { ...printShop, contacts: undefined });
    expect(await refusalOf(createContact(none, input('no-contacts@example.com')))).toBe('CONTACT_KIND_NOT_AVAILABLE');
    const customers = await memberContext(ws.ownerToken);
    expect(await refusalOf(createContact(customers, { ...input('sub-account@example.com'), kind: 'sub-account' }))).toBe('CONTACT_KIND_NOT_AVAILABLE');
  });

  it('leaves adding contacts to the owner where the catalog lists new contacts as owner-only', async () => {
    const ownerOnly: CatalogShape = { ...printShop, ownerOnly: { 'contacts.create': { name: 'New contacts', description: 'Only the owner adds contacts.' } } };
    const restricted = await memberContext(administrator, ownerOnly);
    expect(await refusalOf(createContact(restricted, input('owner-only@example.com')))).toBe('CONTACTS_OWNER_ONLY');
    expect((await listContacts(restricted, { workspace: ws.handle, sort: { column: 'name', direction: 'asc' }, limit: 10 })).may.add).toBe(false);
    const row = await createContact(await memberContext(administrator), input('any-manager@example.com'));
    expect(row.status).toBe('unregistered');
    expect((await createContact(await memberContext(ws.ownerToken, ownerOnly), input('the-owner@example.com'))).status).toBe('unregistered');
  });

  it('lets a sub-account be given only the permissions its catalog lists for sub-accounts', async () => {
    const ctx = await memberContext(ws.ownerToken, { ...printShop, contacts: { kinds: ['sub-account'], subAccountPermissions: ['jobs.submit'] } });
    const row = await createContact(ctx, { ...input('grantable@example.com'), permissions: ['jobs.submit'] });
    expect((await contactDetail(ctx, { workspace: ws.handle, contactId: row.id })).permissions).toEqual(['jobs.submit']);
    expect(await refusalOf(createContact(ctx, { ...input('not-grantable@example.com'), permissions: ['jobs.manage'] }))).toBe('PERMISSION_NOT_IN_CATALOG');
  });

  it('gives a customer who signs in the role its catalog names for customers', async () => {
    const contact = await givenContact(server, ws, 'not-active');
    const ctx = await memberContext(ws.ownerToken, { ...printShop, contacts: { kinds: ['customer'], customerRole: 'operator' } });
    expect((await activateContact(ctx, { workspace: ws.handle, contactId: contact.row.id })).status).toBe('active');
    const { token } = await server.caller().identity.signIn({ email: contact.email, password: contact.password });
    const asContact = server.caller(token);
    expect((await asContact.contacts.list({ workspace: ws.handle })).rows.length).toBeGreaterThan(0);
    expect(await refusalOf(asContact.jobs.submit({ workspace: ws.handle, name: 'Flyer' }))).toBe('FORBIDDEN');
  });
});
