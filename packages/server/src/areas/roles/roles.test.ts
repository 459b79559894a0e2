import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('custom roles on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  const roles = () => server.deps.db('workspace_roles').select('name', 'permissions').where({ workspace_id: ws.id }).orderBy('name');

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'marketplace' });
  });
  afterAll(() => server.close());

  it('lists the template’s roles beside the workspace’s own, for a role picker', async () => {
    const list = await ws.owner.roles.list({ workspace: ws.handle });
    expect(list.template).toBe('marketplace');
    expect(list.templateRoles.map((r) => r.key)).toEqual(['customer-service', 'customer-service-manager', 'api-reader', 'api-writer']);
    expect(list.templateRoles[0]).toEqual({
      key: 'customer-service',
      name: 'Customer service',
      description: 'Answers tickets without seeing the money.',
      permissions: ['tickets.manage'],
    });
    expect(list.customRoles).toEqual([]);
    // The picker shows the workspace's catalog as the server decides with it.
    expect(list.catalog.template).toBe('marketplace');
    expect(list.catalog.permissions['tickets.manage']?.label).toBeTruthy();
  });

  it('creates, renames and deletes a role made of the catalog’s permissions', async () => {
    const role = await ws.owner.roles.create({ workspace: ws.handle, name: 'Refund desk', description: 'Tickets and orders', permissions: ['orders.search', 'tickets.manage'] });
    expect(role).toEqual({ id: role.id, name: 'Refund desk', description: 'Tickets and orders', permissions: ['orders.search', 'tickets.manage'], holders: 0, heldBy: [] });
    const renamed = await ws.owner.roles.update({ workspace: ws.handle, roleId: role.id, name: 'Refunds', permissions: ['tickets.manage'] });
    expect(renamed).toMatchObject({ name: 'Refunds', permissions: ['tickets.manage'] });
    expect((await ws.owner.roles.list({ workspace: ws.handle })).customRoles.map((r) => r.name)).toEqual(['Refunds']);
    await ws.owner.roles.delete({ workspace: ws.handle, roleId: role.id });
    expect(await roles()).toEqual([]);
  });

  it('refuses permissions the catalog does not define, naming each of them, and creates nothing', async () => {
    const refused = await refusal(ws.owner.roles.create({ workspace: ws.handle, name: 'Galleries', permissions: ['tickets.manage', 'galleries.manage', 'emails.send'] }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'UNKNOWN_PERMISSIONS' });
    expect(refused.message).toBe('These permissions are not in this workspace’s catalog: emails.send, galleries.manage.');
    expect(await roles()).toEqual([]);
  });

  it('refuses a second role with the same name, whatever its case', async () => {
    const first = await ws.owner.roles.create({ workspace: ws.handle, name: 'Night shift', permissions: ['tickets.manage'] });
    expect((await refusal(ws.owner.roles.create({ workspace: ws.handle, name: 'night SHIFT', permissions: ['orders.search'] }))).appCode).toBe('ROLE_NAME_TAKEN');
    await ws.owner.roles.delete({ workspace: ws.handle, roleId: first.id });
  });

  it('lets a manager of users make roles only from what they hold, and never edit a stronger role', async () => {
    const strong = await ws.owner.roles.create({ workspace: ws.handle, name: 'API writer and tickets', permissions: ['api.write', 'tickets.manage'] });
    const { caller: manager } = await ws.member('customer-service-manager');
    const refused = await refusal(manager.roles.create({ workspace: ws.handle, name: 'Too much', permissions: ['tickets.manage', 'api.write'] }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'BEYOND_OWN_PERMISSIONS' });
    // api.write implies api.read: both are beyond what the manager holds, and both are named.
    expect(refused.message).toBe('You can only grant permissions you hold yourself. Not yours: api.read, api.write.');
    expect((await refusal(manager.roles.update({ workspace: ws.handle, roleId: strong.id, name: 'Renamed' }))).appCode).toBe('BEYOND_OWN_PERMISSIONS');
    expect((await refusal(manager.roles.delete({ workspace: ws.handle, roleId: strong.id }))).appCode).toBe('BEYOND_OWN_PERMISSIONS');
    const own = await manager.roles.create({ workspace: ws.handle, name: 'Tickets only', permissions: ['tickets.manage'] });
    expect(own.permissions).toEqual(['tickets.manage']);
    expect((await roles()).map((r) => r.name)).toEqual(['API writer and tickets', 'Tickets only']);
  });

  it('refuses to delete a role someone holds or an open invitation gives, and keeps it', async () => {
    const role = await ws.owner.roles.create({ workspace: ws.handle, name: 'Held', permissions: ['orders.search'] });
    await ws.owner.members.invite({ workspace: ws.handle, email: 'held@example.com', role: { customRoleId: role.id } });
    expect((await ws.owner.roles.list({ workspace: ws.handle })).customRoles.find((r) => r.id === role.id)?.holders).toBe(1);
    expect((await refusal(ws.owner.roles.delete({ workspace: ws.handle, roleId: role.id }))).appCode).toBe('ROLE_IN_USE');
    expect((await roles()).map((r) => r.name)).toContain('Held');
  });

  it('names who holds a role, members first and then open invitations, so a manager sees why it stays', async () => {
    const role = await ws.owner.roles.create({ workspace: ws.handle, name: 'Named holders', permissions: ['orders.search'] });
    const { identityId } = await ws.member('customer-service', 'zoe.holder@example.com');
    await ws.owner.members.changeRole({ workspace: ws.handle, identityId, role: { customRoleId: role.id } });
    await ws.owner.members.invite({ workspace: ws.handle, email: 'anna.invited@example.com', role: { customRoleId: role.id } });
    const listed = (await ws.owner.roles.list({ workspace: ws.handle })).customRoles.find((r) => r.id === role.id);
    expect(listed).toMatchObject({
      holders: 2,
      heldBy: [
        { name: null, email: 'zoe.holder@example.com', invited: false },
        { name: null, email: 'anna.invited@example.com', invited: true },
      ],
    });
    // The other roles name only their own holders.
    expect((await ws.owner.roles.list({ workspace: ws.handle })).customRoles.find((r) => r.name === 'Held')?.heldBy).toEqual([{ name: null, email: 'held@example.com', invited: true }]);
    // A role someone was just given says so in the answer of its update too.
    expect((await ws.owner.roles.update({ workspace: ws.handle, roleId: role.id, description: 'Orders' })).heldBy.map((h) => h.email)).toEqual([
      'zoe.holder@example.com',
      'anna.invited@example.com',
    ]);
  });

  it('keeps roles to members who manage users', async () => {
    const { caller: agent } = await ws.member('customer-service');
    expect((await refusal(agent.roles.list({ workspace: ws.handle }))).appCode).toBe('FORBIDDEN');
    expect((await refusal(agent.roles.create({ workspace: ws.handle, name: 'Mine', permissions: ['tickets.manage'] }))).appCode).toBe('FORBIDDEN');
  });
});
