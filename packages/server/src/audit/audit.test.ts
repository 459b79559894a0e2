import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../test-support/builders.js';

describe.each(databaseKinds)('the activity log on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  const entries = () => server.deps.db('audit_log').select('actor_identity_id', 'actor_kind', 'action', 'subject_ids', 'details').where({ workspace_id: ws.id }).orderBy('at');

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  it('records who changed what, by the ids the call named, and never the codes it carried', async () => {
    const before = (await entries()).length;
    const gallery = await ws.gallery('Wedding');
    server.clock.advance(1000);
    const { access } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', code: 'anna-secret-code', galleryIds: [gallery] });
    const owner = await server.deps.db('identities').select('id').where({ email: ws.ownerEmail }).first();
    const added = (await entries()).slice(before);
    expect(added.map((e) => [e.action, e.actor_kind, e.actor_identity_id])).toEqual([
      ['galleries.create', 'owner', owner.id],
      ['accesses.create', 'owner', owner.id],
    ]);
    expect(added[1]!.subject_ids).toEqual({ galleryIds: [gallery] });
    expect(JSON.stringify(await server.deps.db('audit_log').where({ workspace_id: ws.id }))).not.toContain('anna-secret-code');
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: access.id, disabled: true });
    expect((await entries()).at(-1)).toMatchObject({ action: 'accesses.setDisabled', subject_ids: { accessId: access.id } });
  });

  it('records nothing for reads, refusals and invalid input', async () => {
    const { caller: viewer } = await ws.member('viewer');
    const before = (await entries()).length;
    await ws.owner.galleries.list({ workspace: ws.handle });
    expect((await refusal(viewer.galleries.create({ workspace: ws.handle, title: 'Nope' }))).appCode).toBe('FORBIDDEN');
    await refusal(ws.owner.galleries.create({ workspace: ws.handle, title: '' }));
    expect((await entries()).length).toBe(before);
  });

  it('records a member by their membership kind, and a client who signs in with a code as public', async () => {
    const { caller: assistant, identityId } = await ws.member('assistant');
    await assistant.galleries.create({ workspace: ws.handle, title: 'By the assistant' });
    expect((await entries()).at(-1)).toMatchObject({ action: 'galleries.create', actor_kind: 'member', actor_identity_id: identityId });
    await ws.owner.accesses.create({ workspace: ws.handle, name: 'Ben', code: 'ben-code-2026' });
    await server.caller().client.signIn({ workspace: ws.handle, code: 'ben-code-2026' });
    expect((await entries()).at(-1)).toMatchObject({ action: 'client.signIn', actor_kind: 'public', actor_identity_id: null });
  });
});
