import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, signedUpIdentity } from '../../test-support/builders.js';
import { signInWithPassword } from '../../test-support/second-factor.js';

const password = 'correct horse battery';

describe.each(databaseKinds)('one identity in many workspaces, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('is owner of one, member of another and contact of a third, with one email and one sign-in', async () => {
    const email = `many-hats-${Date.now().toString(36)}@example.com`;
    const own = await givenWorkspace(server);
    const team = await givenWorkspace(server);
    const shop = await givenWorkspace(server);
    await server.deps.db('workspaces').where({ id: shop.id }).update({ catalog_template: 'hosting' });
    await team.member('assistant', email);
    const identityId = (await server.deps.db('identities').select('id').where({ email }).first()).id;
    await server.deps
      .db('memberships')
      .insert({ workspace_id: shop.id, identity_id: identityId, kind: 'contact', permissions: JSON.stringify(['invoices.pay']), created_at: server.clock.now() });
    // The owner of the first workspace hands it over: the identity owns it now.
    await server.deps.db('memberships').where({ workspace_id: own.id }).update({ identity_id: identityId });

    const { token } = await signInWithPassword(server, email, password);
    const accounts = await server.caller(token).identity.accounts();
    const byHandle = new Map(accounts.map((a) => [a.workspace, [a.kind, a.roleName, a.usable]]));
    expect(accounts).toHaveLength(3);
    expect(byHandle.get(own.handle)).toEqual(['owner', 'Owner', true]);
    expect(byHandle.get(team.handle)).toEqual(['member', 'Assistant', true]);
    expect(byHandle.get(shop.handle)).toEqual(['contact', 'Custom permissions', true]);
    // The same session acts in each, named by the call.
    const calls = server.caller(token);
    expect((await calls.workspaces.settings({ workspace: own.handle })).handle).toBe(own.handle);
    expect(await calls.accesses.list({ workspace: team.handle })).toEqual([]);
    expect((await refusal(calls.accesses.list({ workspace: shop.handle }))).appCode).toBe('FORBIDDEN');
  });

  it('is empty for an identity with no workspace, and needs a session', async () => {
    const { token } = await signedUpIdentity(server, { email: `lonely-${Date.now().toString(36)}@example.com`, password });
    expect(await server.caller(token).identity.accounts()).toEqual([]);
    expect((await refusal(server.caller().identity.accounts())).appCode).toBe('NOT_SIGNED_IN');
  });
});
