import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { mailedLinkToken, refusal, type GivenWorkspace } from '../../test-support/builders.js';
import { givenMasterAccount, givenSellerAccount, strongPassword, type GivenMaster } from '../../test-support/marketplace.js';

describe.each(databaseKinds)('a master account’s third-party users on %s', (kind) => {
  let server: TestServer;
  let north: GivenWorkspace;
  let south: GivenWorkspace;
  let master: GivenMaster;
  let n = 0;
  const email = () => `helper-${kind}-${n++}@example.com`;
  const user = (overrides: Record<string, unknown> = {}) => ({
    workspace: master.handle,
    email: email(),
    description: 'Answers tickets',
    firstName: 'Hana',
    lastName: 'Helper',
    role: { permissions: ['tickets.manage'] },
    accounts: [north.handle],
    ...overrides,
  });
  beforeAll(async () => {
    server = await startTestServer(kind);
    north = await givenSellerAccount(server);
    south = await givenSellerAccount(server);
    master = await givenMasterAccount(server, north, south);
    await north.owner.sales.saveProduct({ workspace: north.handle, sku: 'guide', name: 'Guide', kind: 'standard' });
  });
  afterAll(() => server.close());

  const setPassword = async (address: string, password = strongPassword) =>
    server.caller().identity.resetPassword({ token: await mailedLinkToken(server, address, 'password-reset'), password });

  it('creates a user who confirms their address and sets their own password under the master account’s policy, and works only in its accounts', async () => {
    const input = user({ role: { permissions: ['tickets.manage', 'api.read'] } });
    const { user: created, apiKey } = await master.owner.masterUsers.create(input);
    expect(created).toMatchObject({ email: input.email, name: 'Hana Helper', apiOnly: false, enabled: true, passwordSet: false, accounts: [north.handle] });
    expect(apiKey).toMatch(/^fy_/);
    // The policy holds for the user's own password too.
    const weak = await refusal(setPassword(input.email, 'long but lowercase only'));
    expect(weak).toMatchObject({ appCode: 'PASSWORD_POLICY' });
    const signedIn = await setPassword(input.email);
    if (signedIn.secondFactorRequired) throw new Error('unexpected second factor');
    const helper = server.caller(signedIn.token);
    expect(await helper.master.view({ workspace: master.handle })).toMatchObject({ owner: false, areas: ['tickets', 'transactions'], accounts: [{ handle: north.handle }] });
    // North opens without another sign-in; South, not given, answers as any workspace the user is not in.
    expect(await helper.sales.transactions({ workspace: north.handle })).toMatchObject({ transactions: [] });
    expect(await refusal(helper.sales.transactions({ workspace: south.handle }))).toMatchObject({ code: 'FORBIDDEN', appCode: 'NOT_A_MEMBER' });
    // The owner-only areas stay the owner's.
    expect(await refusal(helper.master.accounts({ workspace: master.handle }))).toMatchObject({ appCode: 'OWNER_ONLY' });
  });

  it('gives an API-only user no password and no mail, and its key works only in its accounts with its API permission', async () => {
    const input = user({ apiOnly: true, role: { permissions: ['api.write'] } });
    const { user: created, apiKey } = await master.owner.masterUsers.create(input);
    expect(created).toMatchObject({ apiOnly: true, passwordSet: false });
    expect(await server.deps.db('outbox').where({ to_address: input.email })).toEqual([]);
    const key = server.caller(apiKey);
    const sale = {
      receiptNumber: `K${Date.now().toString(36).toUpperCase()}`,
      kind: 'sale' as const,
      occurredAt: '2026-11-02T12:00:00Z',
      productSku: 'guide',
      customer: { name: 'C', email: 'c@example.com' },
      amount: 100,
      currency: 'USD',
    };
    expect(await key.sales.record({ workspace: north.handle, ...sale })).toMatchObject({ amount: 100 });
    expect(await refusal(key.sales.record({ workspace: south.handle, ...sale }))).toMatchObject({ appCode: 'NOT_A_MEMBER' });
    // An API user's login is not for the interface, whatever its key may do.
    expect(await refusal(server.caller().identity.signIn({ email: input.email, password: 'anything at all' }))).toMatchObject({ appCode: 'WRONG_CREDENTIALS' });
  });

  it('lets a user with Manage users grant only what it holds — permissions and accounts — and see the Users and Reports tabs', async () => {
    const input = user({ role: { permissions: ['tickets.manage', 'orders.search', 'members.manage'] } });
    await master.owner.masterUsers.create(input);
    const manager = server.caller(((await setPassword(input.email)) as { token: string }).token);
    expect((await manager.master.view({ workspace: master.handle })).areas).toEqual(['tickets', 'transactions', 'reports', 'users']);
    const made = await manager.masterUsers.create(user({ role: { permissions: ['tickets.manage'] } }));
    expect(made.user.accounts).toEqual([north.handle]);
    expect(await refusal(manager.masterUsers.create(user({ accounts: [south.handle] })))).toMatchObject({ appCode: 'BEYOND_OWN_PERMISSIONS' });
    expect(await refusal(manager.masterUsers.create(user({ role: { permissions: ['api.write'] } })))).toMatchObject({ appCode: 'BEYOND_OWN_PERMISSIONS' });
    // A user working in an account the manager does not is out of its reach, by every door.
    const wider = await master.owner.masterUsers.create(user({ accounts: [north.handle, south.handle] }));
    expect(await refusal(manager.masterUsers.update({ workspace: master.handle, identityId: wider.user.identityId, enabled: false }))).toMatchObject({ appCode: 'MEMBER_OUTRANKS_YOU' });
    expect(await refusal(manager.members.setDisabled({ workspace: master.handle, identityId: wider.user.identityId, disabled: true }))).toMatchObject({ appCode: 'MEMBER_OUTRANKS_YOU' });
    // Owner-only, whatever the user holds.
    expect(await refusal(manager.master.linkAccount({ workspace: master.handle, nickname: north.handle, password: 'correct horse battery' }))).toMatchObject({ appCode: 'OWNER_ONLY' });
  });

  it('disables, enables, changes accounts and removes a user, each taking effect on the next call', async () => {
    const input = user({ role: { permissions: ['api.read'] } });
    const { user: created } = await master.owner.masterUsers.create(input);
    const helper = server.caller(((await setPassword(input.email)) as { token: string }).token);
    const ref = { workspace: master.handle, identityId: created.identityId };
    expect((await master.owner.masterUsers.update({ ...ref, enabled: false })).enabled).toBe(false);
    expect(await refusal(helper.sales.transactions({ workspace: north.handle }))).toMatchObject({ appCode: 'MEMBERSHIP_DISABLED' });
    await master.owner.masterUsers.update({ ...ref, enabled: true, accounts: [south.handle] });
    expect(await refusal(helper.sales.transactions({ workspace: north.handle }))).toMatchObject({ appCode: 'NOT_A_MEMBER' });
    expect(await helper.sales.transactions({ workspace: south.handle })).toMatchObject({ transactions: [] });
    await master.owner.members.remove(ref);
    expect(await refusal(helper.sales.transactions({ workspace: south.handle }))).toMatchObject({ appCode: 'NOT_A_MEMBER' });
    expect(await server.deps.db('master_user_accounts').where({ identity_id: created.identityId })).toEqual([]);
    expect((await master.owner.masterUsers.list({ workspace: master.handle })).users.map((u) => u.email)).not.toContain(input.email);
  });

  it('sends the password link to the user, a new confirmation to one who never set a password, and refuses an API-only user', async () => {
    const fresh = user();
    const { user: created } = await master.owner.masterUsers.create(fresh);
    const first = await mailedLinkToken(server, fresh.email, 'password-reset');
    server.clock.advance(1000);
    const sent = await master.owner.masterUsers.sendPasswordLink({ workspace: master.handle, identityId: created.identityId });
    expect(sent.sentTo).toBe(fresh.email);
    const second = await mailedLinkToken(server, fresh.email, 'password-reset');
    expect(second).not.toBe(first);
    // Only the newest link works.
    expect(await refusal(server.caller().identity.resetPassword({ token: first, password: strongPassword }))).toMatchObject({ appCode: 'RESET_LINK_INVALID' });
    expect((await server.caller().identity.resetPassword({ token: second, password: strongPassword })).secondFactorRequired).toBe(false);
    const robot = await master.owner.masterUsers.create(user({ apiOnly: true, role: { permissions: ['api.read'] } }));
    expect(await refusal(master.owner.masterUsers.sendPasswordLink({ workspace: master.handle, identityId: robot.user.identityId }))).toMatchObject({
      appCode: 'API_USER_NO_PASSWORD',
    });
  });

  it('refuses accounts that are not linked here, naming them, and creates nothing', async () => {
    const elsewhere = await givenSellerAccount(server);
    const before = (await master.owner.masterUsers.list({ workspace: master.handle })).users.length;
    const refused = await server
      .caller(master.token)
      .masterUsers.create(user({ accounts: [north.handle, elsewhere.handle, 'no-such-account'] }))
      .catch((e) => e);
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'ACCOUNTS_NOT_LINKED', details: { accounts: [elsewhere.handle, 'no-such-account'] } });
    expect((await master.owner.masterUsers.list({ workspace: master.handle })).users.length).toBe(before);
    expect(await refusal(north.owner.masterUsers.list({ workspace: north.handle }))).toMatchObject({ appCode: 'NOT_A_MASTER_ACCOUNT' });
  });
});
