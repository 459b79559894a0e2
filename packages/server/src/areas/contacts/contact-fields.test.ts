import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { trpcHttp } from '../../test-support/trpc-http.js';

const none = { line1: null, line2: null, city: null, state: null, postcode: null, country: null };

describe.each(databaseKinds)('a contact’s phone and address on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let host: GivenWorkspace;
  let shop: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    host = await givenWorkspace(server, undefined, { template: 'hosting' });
    shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const detail = (ws: GivenWorkspace, contactId: string) => ws.owner.contacts.get({ workspace: ws.handle, contactId });
  const count = async () => Number((await server.deps.db('contacts').count({ n: '*' }).first())!.n);

  it('saves the fields as typed by a person, normalized: separators out of the phone, the country upper case, text trimmed', async () => {
    const row = await host.owner.contacts.create({
      workspace: host.handle,
      name: 'Kovács Anna',
      email: 'anna@example.hu',
      phone: ' +36 (1) 234-5678 ',
      addressLine1: '  Fő utca 1. ',
      addressLine2: 'II. emelet 3.',
      city: 'Budapest',
      postcode: '1011',
      country: 'hu',
    });
    const saved = await detail(host, row.id);
    expect(saved).toMatchObject({
      phone: '+3612345678',
      address: { line1: 'Fő utca 1.', line2: 'II. emelet 3.', city: 'Budapest', state: null, postcode: '1011', country: 'HU' },
    });
  });

  it('leaves a contact added without them empty, and fills them in on update', async () => {
    const row = await host.owner.contacts.create({ workspace: host.handle, name: 'Later', email: 'later@example.com', phone: '', city: '   ' });
    expect(await detail(host, row.id)).toMatchObject({ phone: null, address: none });
    await host.owner.contacts.update({ workspace: host.handle, contactId: row.id, phone: '+47 22 12 34 56', state: 'Oslo', country: 'NO' });
    expect(await detail(host, row.id)).toMatchObject({ phone: '+4722123456', address: { ...none, state: 'Oslo', country: 'NO' } });
  });

  it('keeps the fields an update leaves out, and clears those it sends empty or null', async () => {
    const row = await host.owner.contacts.create({
      workspace: host.handle,
      name: 'Clearing',
      email: 'clearing@example.com',
      phone: '+49 30 1234567',
      addressLine1: 'Unter den Linden 1',
      addressLine2: 'Hinterhaus',
      city: 'Berlin',
      state: 'Berlin',
      postcode: '10117',
      country: 'DE',
    });
    await host.owner.contacts.update({ workspace: host.handle, contactId: row.id, name: 'Cleared' });
    expect((await detail(host, row.id)).address.line2).toBe('Hinterhaus');
    await host.owner.contacts.update({ workspace: host.handle, contactId: row.id, phone: '', addressLine2: ' ', state: null, country: '' });
    expect(await detail(host, row.id)).toMatchObject({
      name: 'Cleared',
      phone: null,
      address: { line1: 'Unter den Linden 1', line2: null, city: 'Berlin', state: null, postcode: '10117', country: null },
    });
  });

  it('gives a print shop’s contacts the same fields, nothing about them depending on the template', async () => {
    const row = await shop.owner.contacts.create({ workspace: shop.handle, name: 'Print Customer', email: 'print@example.com', phone: '+47.22.12.34.56', country: 'no' });
    expect(await detail(shop, row.id)).toMatchObject({ phone: '+4722123456', address: { ...none, country: 'NO' } });
    await shop.owner.contacts.update({ workspace: shop.handle, contactId: row.id, phone: '' });
    expect((await detail(shop, row.id)).phone).toBeNull();
  });

  const refusals: Array<[string, unknown, string]> = [
    ['phone', '06 1 234 5678', 'must be a phone number in international form such as +36 1 234 5678'],
    ['phone', '+36 1 23', 'must be a phone number in international form such as +36 1 234 5678'],
    ['phone', '+36 1 234 5678 ext 9', 'must be a phone number in international form such as +36 1 234 5678'],
    ['country', 'UK', 'must be a two-letter country code such as HU'],
    ['country', 'Hungary', 'must be a two-letter country code such as HU'],
    ['addressLine1', 'Fő utca\n1.', 'must not contain control characters'],
    ['addressLine2', 'x'.repeat(201), 'must be at most 200 characters'],
    ['city', 'x'.repeat(121), 'must be at most 120 characters'],
    ['state', 'Pest\u0000', 'must not contain the NUL character (U+0000)'],
    ['postcode', '1'.repeat(21), 'must be at most 20 characters'],
  ];

  it('refuses each bad field on create, naming the field, and adds nothing', async () => {
    for (const [field, value, sentence] of refusals) {
      const before = await count();
      const answer = await trpcHttp(
        http.base,
        'mutation',
        'contacts.create',
        { workspace: host.handle, name: 'Refused', email: 'refused@example.com', [field]: value },
        { token: host.ownerToken },
      );
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.data.appCode, field).toBe('INVALID_INPUT');
      expect(answer.body.error.data.fieldErrors, `${field}: ${String(value)}`).toEqual({ [field]: [sentence] });
      expect(await count()).toBe(before);
    }
  });

  it('refuses each bad field on update, naming the field, and changes nothing', async () => {
    const row = await host.owner.contacts.create({ workspace: host.handle, name: 'Steady', email: 'steady@example.com', phone: '+36 1 234 5678', country: 'HU', city: 'Budapest' });
    const before = await detail(host, row.id);
    for (const [field, value, sentence] of refusals) {
      const answer = await trpcHttp(http.base, 'mutation', 'contacts.update', { workspace: host.handle, contactId: row.id, name: 'Changed', [field]: value }, { token: host.ownerToken });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.data.fieldErrors, `${field}: ${String(value)}`).toEqual({ [field]: [sentence] });
    }
    expect(await detail(host, row.id)).toEqual(before);
  });
});
