import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { givenContact, type GivenContact } from '../../test-support/contacts.js';
import { listen } from '../../test-support/http.js';
import { readZip } from '../../test-support/zip.js';

/** Every entry of a ZIP: its name and its bytes. */
async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Map([...(await readZip(buffer))].map(([name, entry]) => [name, entry.bytes]));
}

describe.each(databaseKinds)('backing up a contact’s data on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;
  let contact: GivenContact;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024, 7)]);
  const model = Buffer.from(JSON.stringify({ pages: [{ size: 'A4', edits: 3 }] }));
  const support = Buffer.from('fonts and notes');
  let poster: string;
  let flyer: string;

  const put = (jobId: string, slot: string, name: string, body: Buffer, type: string, token = ws.ownerToken) =>
    fetch(`${http.base}/jobs/${ws.handle}/${jobId}/${slot}?name=${encodeURIComponent(name)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: new Uint8Array(body),
    });
  const backup = (contactId: string, token: string | null = ws.ownerToken, handle = ws.handle) =>
    fetch(`${http.base}/contacts/${handle}/${contactId}/backup`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server, undefined, { template: 'print-shop' });
    contact = await givenContact(server, ws, 'active', { name: 'Åse <b>Nilsen</b>', company: 'Nilsen Trykk' });
    poster = (await ws.owner.jobs.create({ workspace: ws.handle, contactId: contact.row.id, name: 'Poster A2' })).id;
    flyer = (await ws.owner.jobs.create({ workspace: ws.handle, contactId: contact.row.id, name: 'Flyer/back' })).id;
    await ws.owner.jobs.create({ workspace: ws.handle, contactId: contact.row.id, name: 'Empty' });
    expect((await put(poster, 'input', 'poster.pdf', pdf, 'application/pdf')).status).toBe(200);
    expect((await put(poster, 'model', 'edits.json', model, 'application/json')).status).toBe(200);
    expect((await put(poster, 'support', 'notes.txt', support, 'text/plain')).status).toBe(200);
    // The contact uploads their own job's input while it is New.
    expect((await put(flyer, 'input', 'flyer.pdf', pdf.subarray(0, 1000), 'application/pdf', contact.token)).status).toBe(200);
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('streams a ZIP named after the user with jobs.json, user-profile.json and a folder per job holding its files', async () => {
    const response = await backup(contact.row.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Åse _b_Nilsen__b_.zip')}`);
    expect(disposition).toContain('filename="_se _b_Nilsen__b_.zip"');

    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    const posterFolder = `Poster A2 (${poster.slice(0, 8)})`;
    const flyerFolder = `Flyer_back (${flyer.slice(0, 8)})`;
    expect([...entries.keys()].sort()).toEqual(
      ['jobs.json', 'user-profile.json', `${posterFolder}/poster.pdf`, `${posterFolder}/model.json`, `${posterFolder}/notes.txt`, `${flyerFolder}/flyer.pdf`].sort(),
    );
    expect(JSON.parse(entries.get('user-profile.json')!.toString())).toEqual({ name: 'Åse <b>Nilsen</b>', email: contact.email, company: 'Nilsen Trykk' });
    const jobs = JSON.parse(entries.get('jobs.json')!.toString());
    expect(jobs.map((j: { name: string; status: string }) => [j.name, j.status]).sort()).toEqual([
      ['Empty', 'new'],
      ['Flyer/back', 'new'],
      ['Poster A2', 'new'],
    ]);
    const byName = Object.fromEntries(jobs.map((j: { name: string }) => [j.name, j]));
    expect(byName['Poster A2'].files).toEqual({ input: 'poster.pdf', model: 'model.json', support: 'notes.txt' });
    expect(byName['Poster A2'].folder).toBe(posterFolder);
    expect(byName.Empty.files).toEqual({ input: null, model: null, support: null });
    expect(entries.get(`${posterFolder}/poster.pdf`)!.equals(pdf)).toBe(true);
    expect(entries.get(`${posterFolder}/model.json`)!.equals(model)).toBe(true);
    expect(entries.get(`${posterFolder}/notes.txt`)!.equals(support)).toBe(true);
    expect(entries.get(`${flyerFolder}/flyer.pdf`)!.equals(pdf.subarray(0, 1000))).toBe(true);
  });

  it('answers 401 without a session, 403 without the backup permission and 404 for another workspace’s contact, as JSON', async () => {
    expect((await backup(contact.row.id, null)).status).toBe(401);
    const operator = await ws.member('operator');
    const forbidden = await backup(contact.row.id, operator.token);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Your role in this workspace does not allow this.' } });
    const other = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const missing = await backup(contact.row.id, other.ownerToken, other.handle);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('CONTACT_NOT_FOUND');
    expect((await backup('not-an-id')).status).toBe(400);
  });

  it('refuses a job file of the wrong type, and a contact’s upload to a job that is no longer New or not theirs', async () => {
    const wrong = await put(flyer, 'input', 'flyer.exe', Buffer.from('MZ'), 'application/octet-stream');
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.code).toBe('JOB_FILE_TYPE');
    await ws.owner.jobs.setStatus({ workspace: ws.handle, jobId: flyer, status: 'preflight' });
    const locked = await put(flyer, 'support', 'late.txt', support, 'text/plain', contact.token);
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.code).toBe('JOB_LOCKED');
    const someoneElse = await givenContact(server, ws, 'active');
    const notTheirs = await put(poster, 'support', 'x.txt', support, 'text/plain', someoneElse.token);
    expect(notTheirs.status).toBe(404);
    expect((await ws.owner.jobs.list({ workspace: ws.handle, contactId: contact.row.id })).find((j) => j.id === poster)!.supportName).toBe('notes.txt');
  });
});
