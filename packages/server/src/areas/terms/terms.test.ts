import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { givenContact, tokenIn } from '../../test-support/contacts.js';

describe.each(databaseKinds)('terms of service on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
  });
  afterAll(() => server.close());

  it('are published in versions by whoever may manage them; contacts accept them when they activate', async () => {
    const operator = await ws.member('operator');
    expect((await refusal(operator.caller.terms.upload({ workspace: ws.handle, title: 'Terms', text: 'No.' }))).appCode).toBe('FORBIDDEN');
    expect(await ws.owner.terms.current({ workspace: ws.handle })).toBeNull();
    const first = await ws.owner.terms.upload({ workspace: ws.handle, title: 'Terms 2026', text: 'Pay within 14 days.' });
    expect(first).toMatchObject({ version: 1, title: 'Terms 2026', text: 'Pay within 14 days.' });

    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Terje', email: 'terje@example.com' });
    const token = tokenIn((await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' })).results[0]!.mailto!);
    expect((await server.caller().activation.describe({ workspace: ws.handle, token })).terms).toMatchObject({ version: 1, text: 'Pay within 14 days.' });
    const refused = await refusal(server.caller().activation.complete({ workspace: ws.handle, token, password: 'terje password', acceptTerms: false as true }));
    expect(refused.appCode).toBe('INVALID_INPUT');
    await server.caller().activation.complete({ workspace: ws.handle, token, password: 'terje password', acceptTerms: true });
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).termsAcceptedAt).toBe(server.clock.now().toISOString());
  });

  it('reset every contact’s acceptance with a new version; a contact accepts the current one at the next sign-in before submitting jobs', async () => {
    const contacts = [await givenContact(server, ws, 'active'), await givenContact(server, ws, 'active')];
    const accepted = await ws.owner.contacts.list({ workspace: ws.handle, sort: { column: 'termsAcceptedAt', direction: 'asc' } });
    expect(accepted.rows.filter((r) => r.termsAcceptedAt !== null).length).toBeGreaterThanOrEqual(3);

    await ws.owner.terms.upload({ workspace: ws.handle, title: 'Terms 2027', text: 'Pay within 10 days.' });
    const after = await ws.owner.contacts.list({ workspace: ws.handle, limit: 200 });
    expect(after.rows.every((r) => r.termsAcceptedAt === null)).toBe(true);

    const { token } = await server.caller().identity.signIn({ email: contacts[0]!.email, password: contacts[0]!.password });
    const contact = server.caller(token);
    const me = await contact.contacts.me({ workspace: ws.handle });
    expect(me).toMatchObject({ termsAcceptanceDue: true, terms: { version: 2, title: 'Terms 2027' } });
    expect((await refusal(contact.jobs.submit({ workspace: ws.handle, name: 'Flyer' }))).appCode).toBe('TERMS_NOT_ACCEPTED');
    expect((await refusal(contact.terms.accept({ workspace: ws.handle, version: 1 }))).appCode).toBe('TERMS_NOT_CURRENT');
    await contact.terms.accept({ workspace: ws.handle, version: 2 });
    expect((await contact.contacts.me({ workspace: ws.handle })).termsAcceptanceDue).toBe(false);
    expect((await contact.jobs.submit({ workspace: ws.handle, name: 'Flyer' })).status).toBe('new');
    expect((await contact.jobs.mine({ workspace: ws.handle })).map((j) => j.name)).toEqual(['Flyer']);
    // The other contact has not accepted yet.
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: contacts[1]!.row.id })).termsAcceptedAt).toBeNull();
  });

  it('refuses terms that are too long, and then resets nobody', async () => {
    const contact = await givenContact(server, ws, 'active');
    const error = await refusal(ws.owner.terms.upload({ workspace: ws.handle, title: 'Huge', text: 'x'.repeat(200_001) }));
    expect(error.appCode).toBe('INVALID_INPUT');
    expect((await ws.owner.terms.current({ workspace: ws.handle }))!.version).toBe(2);
    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: contact.row.id })).termsAcceptedAt).not.toBeNull();
  });

  it('list every version with how many contacts accepted it, for whoever may manage them', async () => {
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const operator = await shop.member('operator');
    expect((await refusal(operator.caller.terms.versions({ workspace: shop.handle }))).appCode).toBe('FORBIDDEN');
    expect(await shop.owner.terms.versions({ workspace: shop.handle })).toEqual({ current: null, versions: [], contacts: { total: 0, accepted: 0 } });

    await shop.owner.terms.upload({ workspace: shop.handle, title: 'Terms 2026', text: 'Pay within 14 days.' });
    const early = await givenContact(server, shop, 'active');
    await givenContact(server, shop, 'unregistered');
    const first = await shop.owner.terms.versions({ workspace: shop.handle });
    expect(first.current).toMatchObject({ version: 1, title: 'Terms 2026', text: 'Pay within 14 days.' });
    expect(first.versions).toEqual([{ version: 1, title: 'Terms 2026', publishedAt: first.current!.publishedAt, publishedBy: 'Owner', acceptedBy: 1 }]);
    expect(first.contacts).toEqual({ total: 2, accepted: 1 });

    await shop.owner.terms.upload({ workspace: shop.handle, title: 'Terms 2027', text: 'Pay within 10 days.' });
    const late = await givenContact(server, shop, 'active');
    const second = await shop.owner.terms.versions({ workspace: shop.handle });
    // The contact who accepted version 1 counts there only, until they accept version 2.
    expect(second.versions.map((v) => [v.version, v.title, v.acceptedBy])).toEqual([
      [2, 'Terms 2027', 1],
      [1, 'Terms 2026', 1],
    ]);
    expect(second.contacts).toEqual({ total: 3, accepted: 1 });

    const { token } = await server.caller().identity.signIn({ email: early.email, password: early.password });
    await server.caller(token).terms.accept({ workspace: shop.handle, version: 2 });
    // Accepting twice counts once.
    await server.caller(token).terms.accept({ workspace: shop.handle, version: 2 });
    const third = await shop.owner.terms.versions({ workspace: shop.handle });
    expect(third.versions.map((v) => v.acceptedBy)).toEqual([2, 1]);
    expect(third.contacts).toEqual({ total: 3, accepted: 2 });

    // A deleted contact takes their acceptances along.
    await shop.owner.contacts.deleteIdentities({ workspace: shop.handle, contactId: late.row.id });
    await shop.owner.contacts.delete({ workspace: shop.handle, contactId: late.row.id });
    expect((await shop.owner.terms.versions({ workspace: shop.handle })).versions.map((v) => v.acceptedBy)).toEqual([1, 1]);
  });

  it('are accepted only by contacts of the workspace', async () => {
    expect((await refusal(ws.owner.terms.accept({ workspace: ws.handle, version: 2 }))).appCode).toBe('NOT_A_CONTACT');
  });
});
