import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('managing a team on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  const membership = (identityId: string) =>
    server.deps.db('memberships').select('kind', 'role_key', 'permissions', 'disabled_at').where({ workspace_id: ws.id, identity_id: identityId }).first();

  beforeAll(async () => {
    server = await startTestServer(kind);
    // The marketplace's third-party users: people a seller lets work in some of its accounts.
    ws = await givenWorkspace(server, undefined, { template: 'marketplace' });
  });
  afterAll(() => server.close());

  it('lists the owner first, then members and API users with their roles, then open invitations', async () => {
    const agent = await ws.member('customer-service', 'agent-list@example.com');
    await ws.owner.members.invite({ workspace: ws.handle, email: 'pending-list@example.com', role: { permissions: ['orders.search'] } });
    const team = await ws.owner.members.list({ workspace: ws.handle });
    expect(team[0]).toMatchObject({ email: ws.ownerEmail, kind: 'owner', role: { name: 'Owner', choice: null }, disabled: false, invitation: null });
    expect(team.find((m) => m.identityId === agent.identityId)).toMatchObject({
      email: 'agent-list@example.com',
      kind: 'member',
      role: { name: 'Customer service', choice: { template: 'customer-service' }, permissions: ['tickets.manage'] },
      secondFactor: false,
      apiKey: null,
    });
    expect(team.at(-1)).toMatchObject({
      identityId: null,
      email: 'pending-list@example.com',
      role: { name: 'Custom permissions', choice: { permissions: ['orders.search'] } },
      invitation: { state: 'valid' },
    });
  });

  describe('a member who manages users (the "Manage users" permission)', () => {
    let manager: Awaited<ReturnType<GivenWorkspace['member']>>;
    beforeAll(async () => {
      manager = await ws.member('customer-service-manager', 'manager@example.com');
    });

    it('invites users and grants permissions it holds, and sees the reports', async () => {
      const invitation = await manager.caller.members.invite({ workspace: ws.handle, email: 'by-manager@example.com', role: { permissions: ['tickets.manage', 'orders.search'] } });
      expect(invitation.role.permissions).toEqual(['orders.search', 'tickets.manage']);
      await manager.caller.activity.list({ workspace: ws.handle });
    });

    it('never grants more than it holds: not by invitation, role change or API user, and changes nothing', async () => {
      const agent = await ws.member('customer-service');
      const before = await server.deps.db('member_invitations').count({ n: '*' }).where({ workspace_id: ws.id }).first();
      const invite = await refusal(manager.caller.members.invite({ workspace: ws.handle, email: 'too-much@example.com', role: { template: 'api-writer' } }));
      expect(invite).toMatchObject({ code: 'FORBIDDEN', appCode: 'BEYOND_OWN_PERMISSIONS' });
      expect(invite.message).toContain('api.read, api.write');
      const change = await refusal(manager.caller.members.changeRole({ workspace: ws.handle, identityId: agent.identityId, role: { permissions: ['tickets.manage', 'api.read'] } }));
      expect(change.appCode).toBe('BEYOND_OWN_PERMISSIONS');
      const api = await refusal(manager.caller.apiUsers.create({ workspace: ws.handle, email: 'api-too-much@example.com', firstName: 'A', lastName: 'B', role: { template: 'api-reader' } }));
      expect(api.appCode).toBe('BEYOND_OWN_PERMISSIONS');
      expect(await server.deps.db('member_invitations').count({ n: '*' }).where({ workspace_id: ws.id }).first()).toEqual(before);
      expect(await membership(agent.identityId)).toMatchObject({ role_key: 'customer-service', permissions: null });
      expect(await server.deps.db('identities').where({ email: 'api-too-much@example.com' })).toEqual([]);
    });

    it('never changes or removes the owner, nor someone holding more than itself, nor itself', async () => {
      const owner = await server.deps.db('identities').select('id').where({ email: ws.ownerEmail }).first();
      const stronger = await ws.member('api-writer');
      await ws.owner.members.changeRole({ workspace: ws.handle, identityId: stronger.identityId, role: { permissions: ['api.write', 'tickets.manage'] } });
      for (const call of [
        () => manager.caller.members.setDisabled({ workspace: ws.handle, identityId: owner.id, disabled: true }),
        () => manager.caller.members.remove({ workspace: ws.handle, identityId: owner.id }),
        () => manager.caller.members.changeRole({ workspace: ws.handle, identityId: owner.id, role: { template: 'customer-service' } }),
        () => manager.caller.members.resetPassword({ workspace: ws.handle, identityId: owner.id }),
      ]) {
        expect((await refusal(call())).appCode).toBe('OWNER_UNTOUCHABLE');
      }
      for (const call of [
        () => manager.caller.members.setDisabled({ workspace: ws.handle, identityId: stronger.identityId, disabled: true }),
        () => manager.caller.members.remove({ workspace: ws.handle, identityId: stronger.identityId }),
        () => manager.caller.members.changeRole({ workspace: ws.handle, identityId: stronger.identityId, role: { template: 'customer-service' } }),
        () => manager.caller.members.resetPassword({ workspace: ws.handle, identityId: stronger.identityId }),
        () => manager.caller.apiUsers.rotateKey({ workspace: ws.handle, identityId: stronger.identityId }),
      ]) {
        expect((await refusal(call())).appCode).toBe('MEMBER_OUTRANKS_YOU');
      }
      expect((await refusal(manager.caller.members.changeRole({ workspace: ws.handle, identityId: manager.identityId, role: { template: 'customer-service' } }))).appCode).toBe(
        'NOT_YOURSELF',
      );
      expect(await membership(stronger.identityId)).toMatchObject({ kind: 'member', disabled_at: null });
      expect(await membership(owner.id)).toMatchObject({ kind: 'owner', disabled_at: null });
    });

    it('may not open the owner-only areas, whatever it holds', async () => {
      const check = await manager.caller.permissions.check({ workspace: ws.handle, permission: 'dashboard' });
      expect(check).toEqual({ allowed: false, code: 'OWNER_ONLY', reason: 'Only the owner of this workspace can do this.' });
      expect((await refusal(manager.caller.workspaces.features({ workspace: ws.handle }))).appCode).toBe('OWNER_ONLY');
    });
  });

  it('says with each row of the list what the caller may do to it, as the calls themselves decide', async () => {
    const team = await givenWorkspace(server, undefined, { template: 'marketplace' });
    const elsewhere = await givenWorkspace(server);
    const manager = await team.member('customer-service-manager');
    const agent = await team.member('customer-service');
    const twoTeams = await team.member('customer-service', `two-teams-${Date.now().toString(36)}@example.com`);
    const twoTeamsEmail = (await server.deps.db('identities').select('email').where({ id: twoTeams.identityId }).first()).email;
    await elsewhere.member('viewer', twoTeamsEmail);
    const stronger = await team.member('api-writer');
    await team.owner.members.changeRole({ workspace: team.handle, identityId: stronger.identityId, role: { permissions: ['api.write', 'tickets.manage'] } });
    const { user: robot } = await team.owner.apiUsers.create({
      workspace: team.handle,
      email: `robot-may-${Date.now().toString(36)}@example.com`,
      firstName: 'R',
      lastName: 'Obot',
      role: { template: 'customer-service' },
    });
    await team.owner.members.invite({ workspace: team.handle, email: `within-${Date.now().toString(36)}@example.com`, role: { template: 'customer-service' } });
    await team.owner.members.invite({ workspace: team.handle, email: `beyond-${Date.now().toString(36)}@example.com`, role: { template: 'api-writer' } });
    const ownerId = (await server.deps.db('identities').select('id').where({ email: team.ownerEmail }).first()).id;
    const mayOf = (list: Awaited<ReturnType<typeof team.owner.members.list>>, id: string) => list.find((m) => m.identityId === id)?.may;
    const invitationMay = (list: Awaited<ReturnType<typeof team.owner.members.list>>, prefix: string) => list.find((m) => m.email.startsWith(prefix))?.may;

    const byOwner = await team.owner.members.list({ workspace: team.handle });
    expect(mayOf(byOwner, ownerId)).toEqual({ manage: false, apiKey: true, resetPassword: false });
    expect(mayOf(byOwner, agent.identityId)).toEqual({ manage: true, apiKey: true, resetPassword: true });
    expect(mayOf(byOwner, twoTeams.identityId)).toEqual({ manage: true, apiKey: true, resetPassword: false });
    expect(mayOf(byOwner, robot.identityId)).toEqual({ manage: true, apiKey: true, resetPassword: false });
    expect(invitationMay(byOwner, 'beyond-')).toEqual({ manage: true, apiKey: false, resetPassword: false });

    const byManager = await manager.caller.members.list({ workspace: team.handle });
    expect(mayOf(byManager, ownerId)).toEqual({ manage: false, apiKey: false, resetPassword: false });
    expect(mayOf(byManager, manager.identityId)).toEqual({ manage: false, apiKey: true, resetPassword: false });
    expect(mayOf(byManager, stronger.identityId)).toEqual({ manage: false, apiKey: false, resetPassword: false });
    expect(mayOf(byManager, agent.identityId)).toEqual({ manage: true, apiKey: true, resetPassword: true });
    expect(invitationMay(byManager, 'within-')).toEqual({ manage: true, apiKey: false, resetPassword: false });
    expect(invitationMay(byManager, 'beyond-')).toEqual({ manage: false, apiKey: false, resetPassword: false });

    // Each answer is what the call does: refused where the list says no, done where it says yes.
    for (const member of byManager) {
      if (!member.identityId) {
        const resend = manager.caller.members.resendInvitation({ workspace: team.handle, invitationId: member.invitation!.id });
        if (member.may.manage) await resend;
        else expect((await refusal(resend)).appCode).toBe('BEYOND_OWN_PERMISSIONS');
        continue;
      }
      const ref = { workspace: team.handle, identityId: member.identityId };
      const reset = manager.caller.members.resetPassword(ref);
      if (member.may.resetPassword) await reset;
      else await refusal(reset);
      const ended = manager.caller.members.endSessions(ref);
      if (member.may.manage) await ended;
      else await refusal(ended);
    }
    // The answers of a change carry it too, for the row they replace.
    const disabled = await manager.caller.members.setDisabled({ workspace: team.handle, identityId: agent.identityId, disabled: true });
    expect(disabled.may).toEqual({ manage: true, apiKey: true, resetPassword: true });
  });

  it('keeps the team to members who manage users', async () => {
    const agent = await ws.member('customer-service');
    expect((await refusal(agent.caller.members.list({ workspace: ws.handle }))).appCode).toBe('FORBIDDEN');
    expect((await refusal(agent.caller.members.invite({ workspace: ws.handle, email: 'x@example.com', role: { template: 'customer-service' } }))).appCode).toBe('FORBIDDEN');
  });

  it('changes a member’s role, which holds from the member’s next request', async () => {
    const agent = await ws.member('customer-service');
    const role = await ws.owner.roles.create({ workspace: ws.handle, name: 'Order desk', permissions: ['orders.search'] });
    const changed = await ws.owner.members.changeRole({ workspace: ws.handle, identityId: agent.identityId, role: { customRoleId: role.id } });
    expect(changed.role).toEqual({ name: 'Order desk', choice: { customRoleId: role.id }, permissions: ['orders.search'] });
    expect((await agent.caller.permissions.mine({ workspace: ws.handle })).permissions).toEqual(['orders.search']);
  });

  it('disables a member: refused at once in this workspace, still signed in to its others; enabling lets it back', async () => {
    const other = await givenWorkspace(server);
    const agent = await ws.member('customer-service', 'two-teams@example.com');
    await other.member('viewer', 'two-teams@example.com');
    await agent.caller.permissions.mine({ workspace: ws.handle });
    const disabled = await ws.owner.members.setDisabled({ workspace: ws.handle, identityId: agent.identityId, disabled: true });
    expect(disabled.disabled).toBe(true);
    expect((await refusal(agent.caller.permissions.mine({ workspace: ws.handle }))).appCode).toBe('MEMBERSHIP_DISABLED');
    expect((await refusal(agent.caller.permissions.check({ workspace: ws.handle, permission: 'tickets.manage' }))).appCode).toBe('MEMBERSHIP_DISABLED');
    // The same session still works where the person is not disabled.
    await agent.caller.galleries.list({ workspace: other.handle });
    await ws.owner.members.setDisabled({ workspace: ws.handle, identityId: agent.identityId, disabled: false });
    expect((await agent.caller.permissions.mine({ workspace: ws.handle })).permissions).toEqual(['tickets.manage']);
  });

  it('resets a password by mail: the old one works until the new one is chosen, which signs out every other session', async () => {
    const agent = await ws.member('customer-service', 'forgetful@example.com');
    const elsewhere = (await server.caller().identity.signIn({ email: 'forgetful@example.com', password: 'correct horse battery' })).token;
    const sent = await ws.owner.members.resetPassword({ workspace: ws.handle, identityId: agent.identityId });
    expect(sent).toEqual({ sentTo: 'forgetful@example.com', transport: 'outbox' });
    const token = await mailedLinkToken(server, 'forgetful@example.com', 'password-reset');
    expect(JSON.stringify(await server.deps.db('password_resets'))).not.toContain(token);
    await server.caller(elsewhere).permissions.mine({ workspace: ws.handle });

    const signedIn = await server.caller().identity.resetPassword({ token, password: 'a fresh password 2026' });
    if (signedIn.secondFactorRequired) throw new Error('expected a session');
    expect(signedIn.identity.email).toBe('forgetful@example.com');
    expect((await refusal(server.caller(elsewhere).permissions.mine({ workspace: ws.handle }))).appCode).toBe('NOT_SIGNED_IN');
    expect((await refusal(agent.caller.permissions.mine({ workspace: ws.handle }))).appCode).toBe('NOT_SIGNED_IN');
    await server.caller(signedIn.token).permissions.mine({ workspace: ws.handle });
    expect((await refusal(server.caller().identity.signIn({ email: 'forgetful@example.com', password: 'correct horse battery' }))).appCode).toBe('WRONG_CREDENTIALS');
    // Works once.
    expect((await refusal(server.caller().identity.resetPassword({ token, password: 'another password 2026' }))).appCode).toBe('RESET_LINK_INVALID');
  });

  it('lets a reset link expire, and a newer link void the older one', async () => {
    const agent = await ws.member('customer-service');
    const email = (await server.deps.db('identities').select('email').where({ id: agent.identityId }).first()).email;
    await ws.owner.members.resetPassword({ workspace: ws.handle, identityId: agent.identityId });
    const first = await mailedLinkToken(server, email, 'password-reset');
    server.clock.advance(HOUR);
    await ws.owner.members.resetPassword({ workspace: ws.handle, identityId: agent.identityId });
    const second = await mailedLinkToken(server, email, 'password-reset');
    expect(second).not.toBe(first);
    expect((await refusal(server.caller().identity.resetPassword({ token: first, password: 'first link password' }))).appCode).toBe('RESET_LINK_INVALID');
    server.clock.advance(DAY + 1);
    await ws.signInAgain();
    const expired = await refusal(server.caller().identity.resetPassword({ token: second, password: 'too late password' }));
    expect(expired).toMatchObject({ code: 'BAD_REQUEST', appCode: 'RESET_LINK_EXPIRED' });
  });

  it('sends no password reset to an API user, who has no password', async () => {
    const { user } = await ws.owner.apiUsers.create({ workspace: ws.handle, email: 'robot-reset@example.com', firstName: 'R', lastName: 'Obot', role: { template: 'api-reader' } });
    expect((await refusal(ws.owner.members.resetPassword({ workspace: ws.handle, identityId: user.identityId }))).appCode).toBe('API_USER_NO_PASSWORD');
    expect(await server.deps.db('outbox').where({ to_address: 'robot-reset@example.com' })).toEqual([]);
  });

  it('removes a member: its calls are refused from the next one, and its API key is revoked', async () => {
    const agent = await ws.member('customer-service');
    await ws.owner.members.changeRole({ workspace: ws.handle, identityId: agent.identityId, role: { permissions: ['tickets.manage', 'api.read'] } });
    const { apiKey } = await ws.owner.apiUsers.rotateKey({ workspace: ws.handle, identityId: agent.identityId });
    await ws.owner.members.remove({ workspace: ws.handle, identityId: agent.identityId });
    expect(await membership(agent.identityId)).toBeUndefined();
    expect((await refusal(agent.caller.permissions.mine({ workspace: ws.handle }))).appCode).toBe('NOT_A_MEMBER');
    expect((await refusal(server.caller(apiKey).permissions.mine({ workspace: ws.handle }))).appCode).toBe('API_KEY_INVALID');
    expect((await refusal(ws.owner.members.remove({ workspace: ws.handle, identityId: agent.identityId }))).appCode).toBe('MEMBER_NOT_FOUND');
  });
});
