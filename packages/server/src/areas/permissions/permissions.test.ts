import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';

describe.each(databaseKinds)('permission checks on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'marketplace' });
  });
  afterAll(() => server.close());

  it('tells the owner it holds everything, may grant everything and opens the owner-only areas', async () => {
    expect(await ws.owner.permissions.mine({ workspace: ws.handle })).toEqual({
      kind: 'owner',
      permissions: ['api.read', 'api.write', 'audit.view', 'members.manage', 'orders.search', 'tickets.manage'],
      grantable: ['api.read', 'api.write', 'audit.view', 'members.manage', 'orders.search', 'tickets.manage'],
      ownerOnly: ['accounts', 'dashboard'],
      viaApiKey: false,
    });
  });

  it('tells a member what it holds, that it grants nothing without managing users, and opens no owner-only area', async () => {
    const agent = await ws.member('customer-service');
    expect(await agent.caller.permissions.mine({ workspace: ws.handle })).toEqual({
      kind: 'member',
      permissions: ['tickets.manage'],
      grantable: [],
      ownerOnly: [],
      viaApiKey: false,
    });
    const manager = await ws.member('customer-service-manager');
    const managerMine = await manager.caller.permissions.mine({ workspace: ws.handle });
    expect(managerMine.grantable).toEqual(['audit.view', 'members.manage', 'orders.search', 'tickets.manage']);
    expect(managerMine.ownerOnly).toEqual([]);
  });

  it('answers a host back-end’s check with the user’s own session token, over HTTP', async () => {
    const agent = await ws.member('customer-service');
    const http = await listen(server);
    const check = async (bearer: string, permission: string, workspace = ws.handle) => {
      const input = encodeURIComponent(JSON.stringify({ workspace, permission }));
      const response = await fetch(`${http.base}/trpc/permissions.check?input=${input}`, { headers: { authorization: `Bearer ${bearer}` } });
      const body = await response.json();
      return { status: response.status, result: body.result?.data, appCode: body.error?.data?.appCode };
    };
    try {
      expect(await check(agent.token, 'tickets.manage')).toEqual({ status: 200, result: { allowed: true }, appCode: undefined });
      expect(await check(agent.token, 'orders.search')).toEqual({
        status: 200,
        result: { allowed: false, code: 'FORBIDDEN', reason: 'Your role in this workspace does not allow this.' },
        appCode: undefined,
      });
      expect((await check(agent.token, 'dashboard')).result).toMatchObject({ allowed: false, code: 'OWNER_ONLY' });
      expect((await check(ws.ownerToken, 'dashboard')).result).toEqual({ allowed: true });
      expect((await check(agent.token, 'galleries.manage')).result).toEqual({
        allowed: false,
        code: 'UNKNOWN_PERMISSIONS',
        reason: 'These permissions are not in this workspace’s catalog: galleries.manage.',
      });
      // Not a member, or no valid bearer: refused as every other call is.
      const stranger = await givenWorkspace(server);
      expect(await check(stranger.ownerToken, 'tickets.manage')).toMatchObject({ status: 403, appCode: 'NOT_A_MEMBER' });
      expect(await check('x'.repeat(43), 'tickets.manage')).toMatchObject({ status: 401, appCode: 'NOT_SIGNED_IN' });
    } finally {
      await http.close();
    }
  });

  it('answers the same check for an API key, which itself needs API read to ask', async () => {
    const { apiKey } = await ws.owner.apiUsers.create({
      workspace: ws.handle,
      email: 'checker@example.com',
      firstName: 'C',
      lastName: 'Heck',
      role: { permissions: ['api.read', 'tickets.manage'] },
    });
    const key = server.caller(apiKey);
    expect(await key.permissions.check({ workspace: ws.handle, permission: 'tickets.manage' })).toEqual({ allowed: true });
    expect((await key.permissions.check({ workspace: ws.handle, permission: 'api.write' })).allowed).toBe(false);
    expect((await key.permissions.mine({ workspace: ws.handle })).viaApiKey).toBe(true);
  });

  it('refuses a malformed permission name, naming the field', async () => {
    const refused = await refusal(ws.owner.permissions.check({ workspace: ws.handle, permission: 'Tickets Manage!' }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_INPUT' });
    expect(refused.message).toContain('must be a permission name such as emails.send');
  });
});
