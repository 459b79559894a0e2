import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { givenContact, tokenIn } from '../../test-support/contacts.js';

describe.each(databaseKinds)('print-shop contacts on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop', activationUrl: 'https://shop.example/activate' });
  });
  afterAll(() => server.close());

  const count = async (table: string) => Number((await server.deps.db(table).count({ n: '*' }).first())!.n);

  it('adds a contact as Unregistered, with only the actions that status allows', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Ada Print', email: 'Ada@Example.com', company: 'Ada AS' });
    expect(row).toMatchObject({ name: 'Ada Print', email: 'ada@example.com', company: 'Ada AS', status: 'unregistered', invitationSent: false, termsAcceptedAt: null });
    expect(row.actions).toEqual(['delete', 'send-activation', 'backup']);
  });

  it('keeps a name with markup as plain text and refuses a second contact with the same email, changing nothing', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: '<img src=x onerror=alert(1)>', email: 'markup@example.com' });
    expect(row.name).toBe('<img src=x onerror=alert(1)>');
    const before = await count('contacts');
    const error = await refusal(ws.owner.contacts.create({ workspace: ws.handle, name: 'Copy', email: 'MARKUP@example.com' }));
    expect(error.appCode).toBe('CONTACT_EMAIL_TAKEN');
    expect(await count('contacts')).toBe(before);
  });

  it('refuses huge and empty input naming the field, and changes nothing', async () => {
    const before = await count('contacts');
    const huge = await refusal(ws.owner.contacts.create({ workspace: ws.handle, name: 'x'.repeat(100_000), email: 'huge@example.com' }));
    expect(huge.appCode).toBe('INVALID_INPUT');
    expect(huge.message).toContain('must be at most 120 characters');
    const empty = await refusal(ws.owner.contacts.create({ workspace: ws.handle, name: '  ', email: 'not-an-email' }));
    expect(empty.message).toContain('must not be empty');
    expect(empty.message).toContain('must be a valid email address');
    expect(await count('contacts')).toBe(before);
  });

  it('makes a contact whose email already has a login Not active: one identity, never a copy', async () => {
    const { row, email } = await givenContact(server, ws, 'not-active');
    expect(row.status).toBe('not-active');
    expect(row.actions).toEqual(['delete', 'send-activation', 'activate', 'backup']);
    expect(await server.deps.db('identities').whereRaw('lower(email) = ?', [email]).count({ n: '*' }).first()).toMatchObject({ n: expect.anything() });
    const identities = await server.deps.db('identities').whereRaw('lower(email) = ?', [email]).select('id');
    expect(identities).toHaveLength(1);
  });

  it('gives a prefilled mailto holding a single-use link, sets the invitation flag and stores only the link’s hash', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Bo Client', email: 'bo@example.com' });
    const { results } = await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' });
    const mailto = results[0]!.mailto!;
    expect(mailto).toMatch(/^mailto:bo%40example\.com\?subject=Activate%20your%20account/);
    const body = decodeURIComponent(mailto.split('&body=')[1]!);
    const token = tokenIn(body);
    expect(body).toContain(`https://shop.example/activate#token=${token}`);
    expect(JSON.stringify(await server.deps.db('contact_activation_links').select('*'))).not.toContain(token);
    const [listed] = (await ws.owner.contacts.list({ workspace: ws.handle, search: 'bo@example.com' })).rows;
    expect(listed!.invitationSent).toBe(true);

    const described = await server.caller().activation.describe({ workspace: ws.handle, token });
    expect(described).toMatchObject({ name: 'Bo Client', email: 'bo@example.com', state: 'valid', terms: null });
    const signedIn = await server.caller().activation.complete({ workspace: ws.handle, token, password: 'bo password 123', acceptTerms: true });
    expect(signedIn.identity.email).toBe('bo@example.com');
    const me = await server.caller(signedIn.token).contacts.me({ workspace: ws.handle });
    expect(me).toMatchObject({ status: 'active', termsAcceptanceDue: false });

    expect((await server.caller().activation.describe({ workspace: ws.handle, token })).state).toBe('used');
    const again = await refusal(server.caller().activation.complete({ workspace: ws.handle, token, password: 'bo password 123', acceptTerms: true }));
    expect(again.appCode).toBe('ACTIVATION_LINK_USED');
    expect(again.message).toMatch(/ask for a new activation request/);
  });

  it('lets a link expire after seven days, telling the person what to do, and a new request replaces the old link', async () => {
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Late Client', email: 'late@example.com' });
    const first = tokenIn((await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' })).results[0]!.mailto!);
    server.clock.advance(7 * DAY + 1000);
    await ws.signInAgain();
    expect((await server.caller().activation.describe({ workspace: ws.handle, token: first })).state).toBe('expired');
    const expired = await refusal(server.caller().activation.complete({ workspace: ws.handle, token: first, password: 'late password 1', acceptTerms: true }));
    expect(expired.appCode).toBe('ACTIVATION_LINK_EXPIRED');
    expect(expired.message).toBe('This activation link has expired. Ask for a new activation request.');

    const second = tokenIn((await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' })).results[0]!.mailto!);
    expect((await refusal(server.caller().activation.describe({ workspace: ws.handle, token: first }))).appCode).toBe('ACTIVATION_LINK_INVALID');
    await server.caller().activation.complete({ workspace: ws.handle, token: second, password: 'late password 1', acceptTerms: true });
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).status).toBe('active');
  });

  it('refuses a link of one workspace named with another workspace', async () => {
    const other = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Cross', email: 'cross@example.com' });
    const token = tokenIn((await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' })).results[0]!.mailto!);
    expect((await refusal(server.caller().activation.describe({ workspace: other.handle, token }))).appCode).toBe('ACTIVATION_LINK_INVALID');
  });

  it('lets only Active contacts into the workspace; Activate opens it to a Not active contact', async () => {
    const { row, email, password } = await givenContact(server, ws, 'not-active');
    const { token } = await server.caller().identity.signIn({ email, password });
    expect((await refusal(server.caller(token).contacts.me({ workspace: ws.handle }))).appCode).toBe('NOT_A_MEMBER');
    expect((await refusal(server.caller(token).jobs.submit({ workspace: ws.handle, name: 'Flyer' }))).appCode).toBe('NOT_A_MEMBER');

    const activated = await ws.owner.contacts.activate({ workspace: ws.handle, contactId: row.id });
    expect(activated.status).toBe('active');
    expect(activated.actions).toEqual(['delete-identities', 'delete', 'deactivate', 'backup']);
    expect((await server.caller(token).contacts.me({ workspace: ws.handle })).status).toBe('active');
    expect((await server.caller(token).jobs.submit({ workspace: ws.handle, name: 'Flyer' })).status).toBe('new');
  });

  it('refuses every action its status does not allow, with a message that says which status it needs', async () => {
    const unregistered = (await givenContact(server, ws, 'unregistered')).row;
    const activate = await refusal(ws.owner.contacts.activate({ workspace: ws.handle, contactId: unregistered.id }));
    expect(activate).toMatchObject({ appCode: 'ACTIVATE_NEEDS_NOT_ACTIVE', message: 'Only a contact whose account is not active yet can be activated.' });
    expect((await refusal(ws.owner.contacts.deleteIdentities({ workspace: ws.handle, contactId: unregistered.id }))).appCode).toBe('DELETE_IDENTITIES_NEEDS_ACTIVE');

    const active = await givenContact(server, ws, 'active');
    const { results } = await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [active.row.id, unregistered.id], send: 'mailto' });
    expect(results[0]!.refused?.code).toBe('ACTIVATION_NOT_NEEDED');
    expect(results[1]!.mailto).toMatch(/^mailto:/);
    expect((await refusal(ws.owner.contacts.activate({ workspace: ws.handle, contactId: active.row.id }))).appCode).toBe('ACTIVATE_NEEDS_NOT_ACTIVE');

    const deactivated = await givenContact(server, ws, 'deactivated');
    expect(deactivated.row.actions).toEqual(['delete', 'backup']);
    const bulk = await ws.owner.contacts.deactivate({ workspace: ws.handle, contactIds: [deactivated.row.id, unregistered.id, active.row.id] });
    expect(bulk.results.map((r) => r.refused?.code ?? r.row?.status)).toEqual(['DEACTIVATE_NEEDS_ACTIVE', 'DEACTIVATE_NEEDS_ACTIVE', 'deactivated']);
  });

  it('ends a deactivated contact’s sessions at once', async () => {
    const contact = await givenContact(server, ws, 'active');
    const caller = server.caller(contact.token);
    expect((await caller.contacts.me({ workspace: ws.handle })).status).toBe('active');
    await ws.owner.contacts.deactivate({ workspace: ws.handle, contactIds: [contact.row.id] });
    expect((await refusal(caller.contacts.me({ workspace: ws.handle }))).appCode).toBe('NOT_SIGNED_IN');
    const again = await server.caller().identity.signIn({ email: contact.email, password: contact.password });
    expect((await refusal(server.caller(again.token).jobs.mine({ workspace: ws.handle }))).appCode).toBe('MEMBERSHIP_DISABLED');
  });

  it('deletes identities of an Active contact: it becomes Unregistered and its login is gone', async () => {
    const contact = await givenContact(server, ws, 'active');
    const row = await ws.owner.contacts.deleteIdentities({ workspace: ws.handle, contactId: contact.row.id });
    expect(row).toMatchObject({ status: 'unregistered', termsAcceptedAt: null });
    expect(await server.deps.db('identities').where({ email: contact.email }).first()).toBeUndefined();
    expect((await refusal(server.caller(contact.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
  });

  it('keeps an identity other workspaces still hold when its identities are deleted here: one login, many workspaces', async () => {
    const other = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const here = await givenContact(server, ws, 'active');
    const there = await givenContact(server, other, 'active', { email: here.email, password: here.password });
    expect(await server.deps.db('identities').where({ email: here.email }).select('id')).toHaveLength(1);

    await ws.owner.contacts.deleteIdentities({ workspace: ws.handle, contactId: here.row.id });
    const { token } = await server.caller().identity.signIn({ email: here.email, password: here.password });
    expect((await server.caller(token).contacts.me({ workspace: other.handle })).id).toBe(there.row.id);
    expect((await refusal(server.caller(token).contacts.me({ workspace: ws.handle }))).appCode).toBe('NOT_A_MEMBER');
  });

  it('deletes a contact with its New, Incoming and Completed jobs, but nothing at all while a job is in processing', async () => {
    const { row } = await givenContact(server, ws, 'active');
    const job = (name: string) => ws.owner.jobs.create({ workspace: ws.handle, contactId: row.id, name });
    const done = await job('Done');
    await ws.owner.jobs.setStatus({ workspace: ws.handle, jobId: done.id, status: 'completed' });
    await job('Fresh');
    const printing = await job('Banner 3×1 m');
    await ws.owner.jobs.setStatus({ workspace: ws.handle, jobId: printing.id, status: 'printing' });

    expect(await ws.owner.contacts.deletionPreview({ workspace: ws.handle, contactId: row.id })).toEqual({
      jobsToDelete: 2,
      blockingJobs: [{ id: printing.id, name: 'Banner 3×1 m', status: 'printing' }],
    });
    const jobsBefore = await count('jobs');
    const blocked = await refusal(ws.owner.contacts.delete({ workspace: ws.handle, contactId: row.id }));
    expect(blocked.appCode).toBe('CONTACT_HAS_ACTIVE_JOBS');
    expect(blocked.message).toContain('“Banner 3×1 m” (printing)');
    expect(await count('jobs')).toBe(jobsBefore);
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).jobs).toHaveLength(3);

    await ws.owner.jobs.setStatus({ workspace: ws.handle, jobId: printing.id, status: 'completed' });
    expect(await ws.owner.contacts.delete({ workspace: ws.handle, contactId: row.id })).toEqual({ deletedJobs: 3 });
    expect(await count('jobs')).toBe(jobsBefore - 3);
    expect((await refusal(ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id }))).appCode).toBe('CONTACT_NOT_FOUND');
  });

  it('answers ids of another workspace with “not found” and changes nothing there', async () => {
    const other = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const theirs = await givenContact(server, other, 'active');
    const refused = async (call: Promise<unknown>) => expect((await refusal(call)).appCode).toBe('CONTACT_NOT_FOUND');
    await refused(ws.owner.contacts.get({ workspace: ws.handle, contactId: theirs.row.id }));
    await refused(ws.owner.contacts.update({ workspace: ws.handle, contactId: theirs.row.id, name: 'Taken over' }));
    await refused(ws.owner.contacts.deleteIdentities({ workspace: ws.handle, contactId: theirs.row.id }));
    await refused(ws.owner.contacts.delete({ workspace: ws.handle, contactId: theirs.row.id }));
    const bulk = await ws.owner.contacts.deactivate({ workspace: ws.handle, contactIds: [theirs.row.id] });
    expect(bulk.results[0]!.refused?.code).toBe('CONTACT_NOT_FOUND');
    expect(await other.owner.contacts.get({ workspace: other.handle, contactId: theirs.row.id })).toMatchObject({ name: theirs.row.name, status: 'active' });
  });

  it('keeps a print shop’s contacts customers: another kind is refused and nothing changes', async () => {
    const contact = await givenContact(server, ws, 'unregistered');
    const refused = await refusal(ws.owner.contacts.update({ workspace: ws.handle, contactId: contact.row.id, kind: 'sub-account', name: 'Renamed' }));
    expect(refused.appCode).toBe('CONTACT_KIND_NOT_AVAILABLE');
    expect(await ws.owner.contacts.get({ workspace: ws.handle, contactId: contact.row.id })).toMatchObject({ kind: 'customer', name: contact.row.name });
  });

  it('lets a team member act only as far as their role allows', async () => {
    const operator = await ws.member('operator');
    const page = await operator.caller.contacts.list({ workspace: ws.handle });
    expect(page.total).toBeGreaterThan(0);
    // Rows offer only what the role grants: an operator looks contacts up and does nothing to them.
    expect(page.may).toEqual({ add: false, edit: false });
    expect(page.rows.flatMap((row) => row.actions)).toEqual([]);
    const owners = await ws.owner.contacts.list({ workspace: ws.handle });
    expect(owners.may).toEqual({ add: true, edit: true });
    expect(owners.rows.flatMap((row) => row.actions)).toEqual(expect.arrayContaining(['delete', 'backup']));
    expect((await refusal(operator.caller.contacts.create({ workspace: ws.handle, name: 'No', email: 'no@example.com' }))).appCode).toBe('FORBIDDEN');
    const customer = await givenContact(server, ws, 'active');
    expect((await refusal(server.caller(customer.token).contacts.list({ workspace: ws.handle }))).appCode).toBe('FORBIDDEN');
  });
});
