import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { givenMasterAccount, givenSellerAccount, type GivenMaster } from '../../test-support/marketplace.js';

describe.each(databaseKinds)('opening linked accounts from a master account on %s', (kind) => {
  let server: TestServer;
  let north: GivenWorkspace;
  let south: GivenWorkspace;
  let master: GivenMaster;

  beforeAll(async () => {
    server = await startTestServer(kind);
    north = await givenSellerAccount(server);
    south = await givenSellerAccount(server);
    master = await givenMasterAccount(server, north, south);
  });
  afterAll(() => server.close());

  it('opens every linked account with the one sign-in, several at once, each call acting in the account it names', async () => {
    const [inNorth, inSouth] = await Promise.all([
      master.owner.sales.saveProduct({ workspace: north.handle, sku: 'north-guide', name: 'North guide', kind: 'standard' }),
      master.owner.sales.saveProduct({ workspace: south.handle, sku: 'south-club', name: 'South club', kind: 'recurring' }),
    ]);
    expect(inNorth.sku).toBe('north-guide');
    expect(inSouth.sku).toBe('south-club');
    expect((await north.owner.sales.products({ workspace: north.handle })).map((p) => p.sku)).toEqual(['north-guide']);
    expect((await south.owner.sales.products({ workspace: south.handle })).map((p) => p.sku)).toEqual(['south-club']);
    // Each account's activity says the change came through the master account, and by whom.
    const entry = await server.deps.db('audit_log').where({ workspace_id: north.id, action: 'sales.saveProduct' }).first();
    expect(entry).toMatchObject({ actor_kind: 'master' });
  });

  it('lists the linked accounts beside the person’s own workspaces, as the account switcher shows them', async () => {
    const listed = await master.owner.identity.accounts();
    const linked = listed.filter((entry) => entry.kind === 'master').map((entry) => entry.workspace);
    expect(linked.sort()).toEqual([north.handle, south.handle].sort());
    expect(listed.find((entry) => entry.workspace === master.handle)).toMatchObject({ kind: 'owner', usable: true });
    expect(listed.find((entry) => entry.workspace === north.handle)).toMatchObject({ usable: true, roleName: 'Owner of the master account' });
  });

  it('never opens the master account to a seller account’s own people', async () => {
    expect(await refusal(north.owner.master.view({ workspace: master.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    const { apiKey } = await north.owner.apiUsers.create({
      workspace: north.handle,
      email: `north-key-${kind}@example.com`,
      firstName: 'North',
      lastName: 'Key',
      role: { template: 'api-writer' },
    });
    expect(await refusal(server.caller(apiKey).masterUsers.list({ workspace: master.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    expect(await refusal(server.caller(apiKey).sales.products({ workspace: south.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
  });
});
