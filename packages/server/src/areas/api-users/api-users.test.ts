import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';

describe.each(databaseKinds)('API users and keys on %s', (kind) => {
  let server: TestServer;
  let market: GivenWorkspace;
  let n = 0;
  const robot = () => `robot-${n++}@example.com`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    market = await givenWorkspace(server, undefined, { template: 'marketplace' });
  });
  afterAll(() => server.close());

  it('creates an API user with a key shown once and kept only as a hash, no password and no email', async () => {
    const email = robot();
    const created = await market.owner.apiUsers.create({
      workspace: market.handle,
      email,
      description: 'Ticket sync',
      firstName: 'Ticket',
      lastName: 'Robot',
      role: { template: 'api-reader' },
    });
    expect(created.apiKey).toMatch(/^fy_[A-Za-z0-9_-]{43}$/);
    expect(created.user).toMatchObject({ email, name: 'Ticket Robot', description: 'Ticket sync', disabled: false, role: { name: 'API read', permissions: ['api.read'] } });
    expect(created.user.apiKey?.hint).toBe(created.apiKey.slice(-4));
    const stored = await server.deps.db('api_keys').where({ workspace_id: market.id });
    expect(JSON.stringify(stored)).not.toContain(created.apiKey.slice(3));
    const listed = (await market.owner.members.list({ workspace: market.handle })).find((m) => m.email === email);
    expect(listed).toMatchObject({ kind: 'api', apiKey: { hint: created.apiKey.slice(-4) } });
    expect(JSON.stringify(await market.owner.members.list({ workspace: market.handle }))).not.toContain(created.apiKey);
    // No password email, and no way into the interface: sign-in answers as for a wrong password.
    expect(await server.deps.db('outbox').where({ to_address: email })).toEqual([]);
    const signIn = await refusal(server.caller().identity.signIn({ email, password: 'anything at all' }));
    expect(signIn).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'WRONG_CREDENTIALS' });
  });

  it('reads with API read but may not change anything; the refusal names the missing permission', async () => {
    const { apiKey } = await market.owner.apiUsers.create({
      workspace: market.handle,
      email: robot(),
      firstName: 'Read',
      lastName: 'Only',
      role: { permissions: ['api.read', 'members.manage'] },
    });
    const key = server.caller(apiKey);
    const mine = await key.permissions.mine({ workspace: market.handle });
    expect(mine).toMatchObject({ kind: 'api', viaApiKey: true, permissions: ['api.read', 'audit.view', 'members.manage'] });
    await key.members.list({ workspace: market.handle });
    const refused = await refusal(key.roles.create({ workspace: market.handle, name: 'By key', permissions: ['api.read'] }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'API_WRITE_REQUIRED' });
    expect(await server.deps.db('workspace_roles').where({ workspace_id: market.id, name: 'By key' })).toEqual([]);
  });

  it('refuses every call of a key whose user lacks API read, even those its other permissions allow', async () => {
    const email = robot();
    const { user } = await market.owner.apiUsers.create({ workspace: market.handle, email, firstName: 'No', lastName: 'Api', role: { permissions: ['api.read'] } });
    await market.owner.members.changeRole({ workspace: market.handle, identityId: user.identityId, role: { permissions: ['members.manage'] } });
    const { apiKey } = await market.owner.apiUsers.rotateKey({ workspace: market.handle, identityId: user.identityId });
    expect((await refusal(server.caller(apiKey).members.list({ workspace: market.handle }))).appCode).toBe('API_READ_REQUIRED');
  });

  it('changes with API read/write, and the activity log says which key made the change', async () => {
    const { apiKey, user } = await market.owner.apiUsers.create({
      workspace: market.handle,
      email: robot(),
      firstName: 'Write',
      lastName: 'Robot',
      role: { permissions: ['api.write', 'members.manage'] },
    });
    const role = await server.caller(apiKey).roles.create({ workspace: market.handle, name: 'Made by a key', permissions: ['api.read'] });
    const key = await server.deps.db('api_keys').select('id', 'hint').where({ workspace_id: market.id, identity_id: user.identityId }).whereNull('revoked_at').first();
    const row = await server.deps
      .db('audit_log')
      .select('actor_identity_id', 'actor_kind', 'via_api_key_id')
      .where({ workspace_id: market.id, action: 'roles.create' })
      .orderBy('at', 'desc')
      .first();
    expect(row).toEqual({ actor_identity_id: user.identityId, actor_kind: 'api', via_api_key_id: key.id });
    const { entries } = await market.owner.activity.list({ workspace: market.handle, action: 'roles.create' });
    expect(entries[0]).toMatchObject({ actor: { identityId: user.identityId, kind: 'api' }, via: { apiKey: `API key …${key.hint}`, agency: null }, subjectIds: {} });
    expect(role.name).toBe('Made by a key');
  });

  it('rotates a key: the old one stops at once and the new one works; a revoked key works nowhere', async () => {
    const { apiKey: first, user } = await market.owner.apiUsers.create({ workspace: market.handle, email: robot(), firstName: 'Rota', lastName: 'Ted', role: { template: 'api-reader' } });
    const rotated = await market.owner.apiUsers.rotateKey({ workspace: market.handle, identityId: user.identityId });
    expect(rotated.apiKey).not.toBe(first);
    expect((await refusal(server.caller(first).permissions.mine({ workspace: market.handle }))).appCode).toBe('API_KEY_INVALID');
    await server.caller(rotated.apiKey).permissions.mine({ workspace: market.handle });
    await market.owner.apiUsers.revokeKey({ workspace: market.handle, identityId: user.identityId });
    expect((await refusal(server.caller(rotated.apiKey).permissions.mine({ workspace: market.handle }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(market.owner.apiUsers.revokeKey({ workspace: market.handle, identityId: user.identityId }))).appCode).toBe('NO_API_KEY');
  });

  it('acts only in its own workspace and only through calls that name it', async () => {
    const { apiKey, user } = await market.owner.apiUsers.create({ workspace: market.handle, email: robot(), firstName: 'Home', lastName: 'Body', role: { template: 'api-writer' } });
    const other = await givenWorkspace(server, undefined, { template: 'marketplace' });
    // The same identity is an API user of the other workspace too, with a key of its own there.
    await other.owner.apiUsers.create({
      workspace: other.handle,
      email: (await server.deps.db('identities').select('email').where({ id: user.identityId }).first()).email,
      firstName: 'Home',
      lastName: 'Body',
      role: { template: 'api-writer' },
    });
    expect((await refusal(server.caller(apiKey).permissions.mine({ workspace: other.handle }))).appCode).toBe('NOT_A_MEMBER');
    expect((await refusal(server.caller(apiKey).identity.me())).appCode).toBe('API_KEY_NEEDS_WORKSPACE');
    expect((await refusal(server.caller(apiKey).workspaces.create({ handle: 'made-by-key', name: 'Nope' }))).appCode).toBe('API_KEY_NEEDS_WORKSPACE');
    expect(await server.deps.db('workspaces').where({ handle: 'made-by-key' })).toEqual([]);
  });

  it('stops a disabled API user’s key from the next call on', async () => {
    const { apiKey, user } = await market.owner.apiUsers.create({ workspace: market.handle, email: robot(), firstName: 'Dis', lastName: 'Abled', role: { template: 'api-reader' } });
    await server.caller(apiKey).permissions.mine({ workspace: market.handle });
    await market.owner.members.setDisabled({ workspace: market.handle, identityId: user.identityId, disabled: true });
    expect((await refusal(server.caller(apiKey).permissions.mine({ workspace: market.handle }))).appCode).toBe('MEMBERSHIP_DISABLED');
  });

  it('keeps a person’s API membership out of the interface: it works with its key only', async () => {
    const person = await givenWorkspace(server);
    const { apiKey } = await market.owner.apiUsers.create({ workspace: market.handle, email: person.ownerEmail, firstName: 'Real', lastName: 'Person', role: { template: 'api-reader' } });
    expect((await refusal(person.owner.permissions.mine({ workspace: market.handle }))).appCode).toBe('API_USER_NO_INTERFACE');
    expect((await server.caller(apiKey).permissions.mine({ workspace: market.handle })).kind).toBe('api');
    // The person's own workspace and password are untouched.
    await person.owner.galleries.list({ workspace: person.handle });
  });

  it('takes the key as a bearer over HTTP, like a session token', async () => {
    const { apiKey } = await market.owner.apiUsers.create({ workspace: market.handle, email: robot(), firstName: 'Over', lastName: 'Http', role: { template: 'api-reader' } });
    const http = await listen(server);
    try {
      const input = encodeURIComponent(JSON.stringify({ workspace: market.handle }));
      const ok = await fetch(`${http.base}/trpc/permissions.mine?input=${input}`, { headers: { authorization: `Bearer ${apiKey}` } });
      expect(ok.status).toBe(200);
      expect((await ok.json()).result.data.viaApiKey).toBe(true);
      const write = await fetch(`${http.base}/trpc/roles.create`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ workspace: market.handle, name: 'Over HTTP', permissions: ['api.read'] }),
      });
      expect(write.status).toBe(403);
      expect((await write.json()).error.data.appCode).toBe('API_WRITE_REQUIRED');
      const wrong = await fetch(`${http.base}/trpc/permissions.mine?input=${input}`, { headers: { authorization: `Bearer fy_${'A'.repeat(43)}` } });
      expect(wrong.status).toBe(401);
    } finally {
      await http.close();
    }
  });

  describe('in templates with one API permission, or none', () => {
    it('asks email marketing’s API access (api.use) of every call made with a key', async () => {
      const mail = await givenWorkspace(server, undefined, { template: 'email-marketing' });
      const writer = await mail.member('copywriter');
      const { apiKey: noApi } = await mail.owner.apiUsers.rotateKey({ workspace: mail.handle, identityId: writer.identityId });
      expect((await refusal(server.caller(noApi).permissions.mine({ workspace: mail.handle }))).appCode).toBe('API_ACCESS_REQUIRED');
      const { apiKey } = await mail.owner.apiUsers.create({ workspace: mail.handle, email: robot(), firstName: 'Api', lastName: 'User', role: { template: 'api-user' } });
      expect((await server.caller(apiKey).permissions.mine({ workspace: mail.handle })).permissions).toEqual(['api.use']);
    });

    it('lets a photography key act with exactly its member’s permissions, the catalog naming no API permission', async () => {
      const studio = await givenWorkspace(server);
      const assistant = await studio.member('assistant');
      const { apiKey } = await studio.owner.apiUsers.rotateKey({ workspace: studio.handle, identityId: assistant.identityId });
      await server.caller(apiKey).galleries.create({ workspace: studio.handle, title: 'Uploaded by a script' });
      expect((await refusal(server.caller(apiKey).members.list({ workspace: studio.handle }))).appCode).toBe('FORBIDDEN');
    });
  });
});
