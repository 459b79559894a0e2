import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, type GivenWorkspace } from '../test-support/builders.js';
import { givenContact } from '../test-support/contacts.js';

/**
 * Changes made through doors that name no workspace still reach the activity log: a new
 * workspace, a contact activating their account, and a person changing their own account —
 * which every workspace they belong to sees.
 */
describe.each(databaseKinds)('the activity log of changes outside a workspace on %s', (kind) => {
  let server: TestServer;
  let studio: GivenWorkspace;
  let ownerId: string;
  const entries = (workspaceId: string) => server.deps.db('audit_log').select('action', 'actor_kind', 'actor_identity_id', 'details').where({ workspace_id: workspaceId }).orderBy('at');
  const workspaceId = async (handle: string) => (await server.deps.db('workspaces').select('id').where({ handle }).first()).id as string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    studio = await givenWorkspace(server);
    ownerId = (await server.deps.db('identities').select('id').where({ email: studio.ownerEmail }).first()).id;
  });
  afterAll(() => server.close());

  it('records a new workspace in its own log, by its owner', async () => {
    expect((await entries(studio.id))[0]).toEqual({ action: 'workspaces.create', actor_kind: 'owner', actor_identity_id: ownerId, details: { template: 'photography' } });
  });

  it('records a contact activating their account, as the contact', async () => {
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const contact = await givenContact(server, shop, 'active', { name: 'Kari' });
    const identityId = (await server.deps.db('contacts').select('identity_id').where({ id: contact.row.id }).first()).identity_id;
    expect((await entries(shop.id)).filter((e) => e.action === 'activation.complete')).toEqual([
      { action: 'activation.complete', actor_kind: 'contact', actor_identity_id: identityId, details: { newAccount: true } },
    ]);
  });

  it('records a person’s own password and email changes in every workspace they belong to, each by how they belong there', async () => {
    const second = `second-${Date.now()}`;
    await studio.owner.workspaces.create({ handle: second, name: 'Second studio' });
    const member = await givenWorkspace(server);
    const invited = await member.member('assistant', studio.ownerEmail);
    const places = [studio.id, await workspaceId(second), member.id];

    await invited.caller.identity.changePassword({ currentPassword: 'correct horse battery', newPassword: 'a new horse battery' });
    const last = async () => Promise.all(places.map(async (id) => (await entries(id)).at(-1)));
    expect(await last()).toEqual([
      { action: 'identity.changePassword', actor_kind: 'owner', actor_identity_id: ownerId, details: null },
      { action: 'identity.changePassword', actor_kind: 'owner', actor_identity_id: ownerId, details: null },
      { action: 'identity.changePassword', actor_kind: 'member', actor_identity_id: ownerId, details: null },
    ]);

    const newEmail = `moved-${Date.now()}@example.com`;
    await invited.caller.identity.changeEmail({ password: 'a new horse battery', email: newEmail });
    await server.caller(invited.token).identity.confirmEmailChange({ token: await mailedLinkToken(server, newEmail, 'email-change') });
    expect((await last()).map((e) => e?.action)).toEqual(['identity.confirmEmailChange', 'identity.confirmEmailChange', 'identity.confirmEmailChange']);
  });

  it('keeps signing out out of the log', async () => {
    const before = (await entries(studio.id)).length;
    const { token } = (await server
      .caller()
      .identity.signIn({ email: (await server.deps.db('identities').select('email').where({ id: ownerId }).first()).email, password: 'a new horse battery' })) as { token: string };
    await server.caller(token).identity.signOut();
    expect((await entries(studio.id)).length).toBe(before);
  });
});
