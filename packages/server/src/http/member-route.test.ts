import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { givenContact } from '../test-support/contacts.js';
import { listen } from '../test-support/http.js';
import { jpegLike } from '../test-support/pictures.js';

/**
 * The HTTP routes (uploads, job files, the contact backup) let callers in through the same door
 * as procedures: the same credentials, the same permissions, the same refusals, and the same
 * activity log.
 */
describe.each(databaseKinds)('the member door of the HTTP routes on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let studio: GivenWorkspace;
  let shop: GivenWorkspace;
  let galleryId: string;

  const upload = (token: string, handle = studio.handle, gallery = galleryId, name = 'photo.jpg') =>
    fetch(`${http.base}/uploads/${handle}/${gallery}?name=${encodeURIComponent(name)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
      body: new Uint8Array(jpegLike()),
    });
  const activity = (ws: GivenWorkspace) => server.deps.db('audit_log').select('action', 'actor_kind', 'via_api_key_id', 'subject_ids').where({ workspace_id: ws.id }).orderBy('at');
  const apiUser = async (ws: GivenWorkspace, permissions: string[]) =>
    ws.owner.apiUsers.create({ workspace: ws.handle, email: `robot-${Math.random().toString(36).slice(2)}@example.com`, firstName: 'Ro', lastName: 'Bot', role: { permissions } });

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    studio = await givenWorkspace(server);
    shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    galleryId = await studio.gallery('Wedding');
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('takes an upload with an API key whose member may manage galleries, and records it with the key', async () => {
    const { apiKey, user } = await apiUser(studio, ['galleries.manage']);
    const response = await upload(apiKey);
    expect(response.status).toBe(201);
    const item = await response.json();
    expect(item).toMatchObject({ name: 'photo.jpg', mediaType: 'image/jpeg' });
    const keyRow = await server.deps.db('api_keys').select('id').where({ identity_id: user.identityId }).first();
    expect((await activity(studio)).at(-1)).toEqual({ action: 'galleries.upload', actor_kind: 'api', via_api_key_id: keyRow.id, subject_ids: { galleryId } });
    expect((await studio.owner.galleries.items({ workspace: studio.handle, galleryId })).map((i) => i.id)).toContain(item.id);
  });

  it('refuses an API key whose member may not manage galleries, as a procedure would, and records nothing', async () => {
    const { apiKey } = await apiUser(studio, ['galleries.view']);
    const before = (await activity(studio)).length;
    const response = await upload(apiKey);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect((await activity(studio)).length).toBe(before);
  });

  it('refuses a key in another workspace than its own, and a key that does not exist', async () => {
    const { apiKey } = await apiUser(shop, ['contacts.view']);
    expect((await (await upload(apiKey)).json()).error.code).toBe('NOT_A_MEMBER');
    const unknown = await upload('foyer_key_' + 'x'.repeat(40));
    expect(unknown.status).toBe(401);
  });

  it('records a signed-in member’s upload as theirs', async () => {
    expect((await upload(studio.ownerToken, studio.handle, galleryId, 'by-owner.jpg')).status).toBe(201);
    expect((await activity(studio)).at(-1)).toMatchObject({ action: 'galleries.upload', actor_kind: 'owner', via_api_key_id: null });
  });

  it('lets an API key back up a contact where its member may, records a job file, and keeps downloads out of the log', async () => {
    const contact = await givenContact(server, shop, 'active', { name: 'Kari' });
    const job = await shop.owner.jobs.create({ workspace: shop.handle, contactId: contact.row.id, name: 'Poster' });
    const put = await fetch(`${http.base}/jobs/${shop.handle}/${job.id}/input?name=poster.pdf`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${shop.ownerToken}`, 'content-type': 'application/pdf' },
      body: new Uint8Array(Buffer.from('%PDF-1.7\n')),
    });
    expect(put.status).toBe(200);
    expect((await activity(shop)).at(-1)).toMatchObject({ action: 'jobs.storeFile', actor_kind: 'owner', subject_ids: { jobId: job.id } });

    const backup = (key: string) => fetch(`${http.base}/contacts/${shop.handle}/${contact.row.id}/backup`, { headers: { authorization: `Bearer ${key}` } });
    const allowed = await apiUser(shop, ['contacts.backup']);
    const viewer = await apiUser(shop, ['contacts.view']);
    const before = (await activity(shop)).length;
    const response = await backup(allowed.apiKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    await response.arrayBuffer();
    const refused = await backup(viewer.apiKey);
    expect(refused.status).toBe(403);
    expect((await activity(shop)).length).toBe(before);
  });

  it('answers input that does not parse with the field it names, before looking anyone up', async () => {
    const response = await fetch(`${http.base}/uploads/${studio.handle}/not-a-uuid?name=x.jpg`, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: 'x' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'gallery is not valid.' } });
  });
});
