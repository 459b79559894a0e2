import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, mailedLinkTokens, refusal, type GivenWorkspace, signedUpIdentity, registeredAgency } from '../../test-support/builders.js';
import { outboxMessages } from '../../mail/outbox-messages.js';
import { enrolSecondFactor, signInWithCode, signInWithPassword } from '../../test-support/second-factor.js';
import { setFeature } from '../workspaces/features.js';
import { tokenIn } from '../../test-support/contacts.js';

const password = 'correct horse battery';
let counter = 0;

describe.each(databaseKinds)('agency access on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  /** An email-marketing workspace whose plan has agency access (or not). */
  async function emailMarketingWorkspace(agencyFeature = true): Promise<GivenWorkspace> {
    const ws = await givenWorkspace(server, `mail-${Date.now().toString(36)}-${counter++}`);
    await server.deps.db('workspaces').where({ id: ws.id }).update({ catalog_template: 'email-marketing' });
    if (agencyFeature) await setFeature(server.deps, ws.handle, 'agency', true);
    return ws;
  }

  /** A registered agency account; with `secondFactor`, it has turned it on and signed in with it. */
  async function agency(secondFactor = true) {
    const email = `agency-${counter++}@example.com`;
    const registered = await registeredAgency(server, { email, password, name: `Agency ${counter}` });
    if (!secondFactor) return { email, id: registered.identity.id, token: registered.token, secret: null };
    const { secret } = await enrolSecondFactor(server, registered.token, password);
    const signedIn = await signInWithCode(server, email, password, secret);
    return { email, id: registered.identity.id, token: signedIn.token, secret };
  }

  it('registers an agency account only with an email used for nothing else, without telling which emails are used', async () => {
    const ws = await emailMarketingWorkspace();
    const first = await agency(false);
    // The same answer for a used address as for a new one: the address's owner hears of it by mail.
    const fresh = `agency-${counter++}@example.com`;
    const answers = await Promise.all([ws.ownerEmail, first.email.toUpperCase(), fresh].map((email) => server.caller().agencies.register({ email, password, name: 'Sneaky Agency' })));
    expect(answers).toEqual([{ sentTo: ws.ownerEmail }, { sentTo: first.email }, { sentTo: fresh }]);
    // The owner's only sign-up link is the one it signed up with.
    expect(await mailedLinkTokens(server, ws.ownerEmail, 'sign-up')).toHaveLength(1);
    expect((await outboxMessages(server.deps, { to: ws.ownerEmail })).map((m) => m.body).join('\n')).toContain('An agency account needs an email address used for nothing else');
    expect(await server.deps.db('identities').whereRaw('lower(email) = ?', [first.email])).toHaveLength(1);
    const owner = await server.deps.db('identities').whereRaw('lower(email) = ?', [ws.ownerEmail]).first('is_agency');
    expect(owner.is_agency).toBe(false);
  });

  it('keeps an agency account out of owning a workspace and out of being a member or contact', async () => {
    const { token } = await agency(false);
    const own = await refusal(server.caller(token).workspaces.create({ handle: `agency-own-${counter++}`, name: 'Own' }));
    expect(own.appCode).toBe('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
    expect(await server.deps.db('workspaces').where('handle', 'like', 'agency-own-%')).toEqual([]);

    // Whatever code path tries, the database refuses a membership of another kind.
    const ws = await emailMarketingWorkspace();
    const agencyRow = await server.deps.db('identities').select('id').where({ is_agency: true }).first();
    for (const membershipKind of ['member', 'contact', 'owner']) {
      await expect(server.deps.db('memberships').insert({ workspace_id: ws.id, identity_id: agencyRow.id, kind: membershipKind, created_at: server.clock.now() })).rejects.toThrow(/agency/);
    }
    // And an ordinary identity never holds an agency grant.
    const person = await signedUpIdentity(server, { email: `person-${counter++}@example.com`, password });
    await expect(server.deps.db('memberships').insert({ workspace_id: ws.id, identity_id: person.identity.id, kind: 'agency', created_at: server.clock.now() })).rejects.toThrow(/agency/);
  });

  it('refuses to make an agency account a print shop’s contact, changing nothing', async () => {
    const ag = await agency(false);
    const shop = await givenWorkspace(server, `shop-${counter++}`, { template: 'print-shop', activationUrl: 'https://shop.example/activate' });
    const contact = await shop.owner.contacts.create({ workspace: shop.handle, name: 'Agency as contact', email: ag.email });
    const { results } = await shop.owner.contacts.activationRequest({ workspace: shop.handle, contactIds: [contact.id], send: 'mailto' });
    const token = tokenIn(decodeURIComponent(results[0]!.mailto!));
    // The link takes no password for a login that exists; signed in, the agency is still refused.
    expect((await refusal(server.caller().activation.complete({ workspace: shop.handle, token, password, acceptTerms: true }))).appCode).toBe('ACTIVATION_NEEDS_SIGN_IN');
    const refused = await refusal(server.caller(ag.token).activation.complete({ workspace: shop.handle, token, acceptTerms: true }));
    expect(refused.appCode).toBe('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
    expect(await server.deps.db('memberships').where({ workspace_id: shop.id, identity_id: ag.id })).toEqual([]);
    expect((await server.deps.db('contact_activation_links').where({ workspace_id: shop.id }).first()).used_at).toBeNull();
  });

  it('lets only the owner of a workspace with the agency feature grant access, by an agency account’s email and a role', async () => {
    const plain = await emailMarketingWorkspace(false);
    const ag = await agency();
    const off = await refusal(plain.owner.agencyGrants.grant({ workspace: plain.handle, agencyEmail: ag.email, role: { template: 'copywriter' } }));
    expect(off.appCode).toBe('AGENCY_FEATURE_OFF');
    expect((await plain.owner.workspaces.features({ workspace: plain.handle })).agency).toBe(false);

    const ws = await emailMarketingWorkspace();
    expect((await ws.owner.workspaces.features({ workspace: ws.handle })).agency).toBe(true);
    const admin = await ws.member('administrator');
    const notOwner = await refusal(admin.caller.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'copywriter' } }));
    expect(notOwner.appCode).toBe('OWNER_ONLY');
    const person = await refusal(ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ws.ownerEmail, role: { template: 'copywriter' } }));
    expect(person.appCode).toBe('NOT_AN_AGENCY_ACCOUNT');
    const nobody = await refusal(ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: 'nobody@example.com', role: { template: 'copywriter' } }));
    expect(nobody.appCode).toBe('NOT_AN_AGENCY_ACCOUNT');
    const badRole = await refusal(ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'assistant' } }));
    expect(badRole.appCode).toBe('ROLE_NOT_FOUND');
    const badPermission = await refusal(ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { permissions: ['galleries.manage'] } }));
    expect(badPermission.appCode).toBe('PERMISSION_NOT_IN_CATALOG');
    expect(await ws.owner.agencyGrants.list({ workspace: ws.handle })).toEqual([]);

    const granted = await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email.toUpperCase(), role: { template: 'email-marketing-manager' } });
    expect(granted).toMatchObject({ agencyId: ag.id, email: ag.email, secondFactorOn: true });
    expect(granted.role).toMatchObject({ choice: { template: 'email-marketing-manager' }, name: 'Email marketing manager' });
    expect(granted.role.permissions).toEqual(['emails.create', 'emails.send']);
    const twice = await refusal(ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'copywriter' } }));
    expect(twice.appCode).toBe('ALREADY_IN_WORKSPACE');
    expect(await ws.owner.agencyGrants.list({ workspace: ws.handle })).toEqual([granted]);
  });

  it('opens no grant until the agency has turned its second factor on and signed in with it', async () => {
    const ws = await emailMarketingWorkspace();
    const ag = await agency(false);
    await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'administrator' } });
    const before = await refusal(server.caller(ag.token).workspaces.settings({ workspace: ws.handle }));
    expect(before.appCode).toBe('SECOND_FACTOR_NOT_SET_UP');
    expect(await server.caller(ag.token).identity.accounts()).toEqual([
      expect.objectContaining({ workspace: ws.handle, kind: 'agency', roleName: 'Administrator', secondFactorRequired: true, usable: false, reason: 'SECOND_FACTOR_NOT_SET_UP' }),
    ]);

    // Turned on in another session: this one, signed in with the password only, still may not.
    const other = await signInWithPassword(server, ag.email, password);
    const { secret } = await enrolSecondFactor(server, other.token, password);
    const passwordOnly = await refusal(server.caller(ag.token).workspaces.settings({ workspace: ws.handle }));
    expect(passwordOnly.appCode).toBe('SECOND_FACTOR_REQUIRED');
    // The session that confirmed the code has proved it, and so has a sign-in with a code.
    expect((await server.caller(other.token).workspaces.settings({ workspace: ws.handle })).handle).toBe(ws.handle);
    const withCode = await signInWithCode(server, ag.email, password, secret);
    expect((await server.caller(withCode.token).workspaces.settings({ workspace: ws.handle })).handle).toBe(ws.handle);
  });

  it('holds a changed role and a revocation from the agency’s next request on', async () => {
    const ws = await emailMarketingWorkspace();
    const ag = await agency();
    const calls = server.caller(ag.token);
    await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'administrator' } });
    expect((await calls.workspaces.settings({ workspace: ws.handle })).handle).toBe(ws.handle);

    const changed = await ws.owner.agencyGrants.changeRole({ workspace: ws.handle, agencyId: ag.id, role: { template: 'copywriter' } });
    expect(changed.role.name).toBe('Copywriter');
    expect((await refusal(calls.workspaces.settings({ workspace: ws.handle }))).appCode).toBe('FORBIDDEN');
    expect((await refusal(calls.agencyGrants.list({ workspace: ws.handle }))).appCode).toBe('OWNER_ONLY');

    await ws.owner.agencyGrants.revoke({ workspace: ws.handle, agencyId: ag.id });
    expect((await refusal(calls.workspaces.settings({ workspace: ws.handle }))).appCode).toBe('NOT_A_MEMBER');
    expect(await calls.identity.accounts()).toEqual([]);
    expect(await ws.owner.agencyGrants.list({ workspace: ws.handle })).toEqual([]);
    const again = await refusal(ws.owner.agencyGrants.revoke({ workspace: ws.handle, agencyId: ag.id }));
    expect(again.appCode).toBe('AGENCY_GRANT_NOT_FOUND');
    const changeGone = await refusal(ws.owner.agencyGrants.changeRole({ workspace: ws.handle, agencyId: ag.id, role: { template: 'copywriter' } }));
    expect(changeGone.appCode).toBe('AGENCY_GRANT_NOT_FOUND');
  });

  it('grants custom roles of the workspace and hand-picked permissions, never another workspace’s role', async () => {
    const ws = await emailMarketingWorkspace();
    const other = await emailMarketingWorkspace();
    const roleId = crypto.randomUUID();
    await server.deps
      .db('workspace_roles')
      .insert({ id: roleId, workspace_id: ws.id, name: 'Newsletter desk', permissions: JSON.stringify(['emails.send', 'tags.manage']), created_at: server.clock.now() });
    const ag = await agency();
    const foreign = await refusal(other.owner.agencyGrants.grant({ workspace: other.handle, agencyEmail: ag.email, role: { customRoleId: roleId } }));
    expect(foreign.appCode).toBe('ROLE_NOT_FOUND');
    const custom = await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { customRoleId: roleId } });
    expect(custom.role).toEqual({ choice: { customRoleId: roleId }, name: 'Newsletter desk', permissions: ['emails.create', 'emails.send', 'tags.manage'] });
    const picked = await other.owner.agencyGrants.grant({ workspace: other.handle, agencyEmail: ag.email, role: { permissions: ['subscribers.manage'] } });
    expect(picked.role).toEqual({ choice: { permissions: ['subscribers.manage'] }, name: 'Custom permissions', permissions: ['subscribers.manage', 'subscribers.view'] });
  });

  it('grants no role that is API access alone, which an agency (signed in, never with a key) could not use', async () => {
    const ws = await emailMarketingWorkspace();
    const roleId = crypto.randomUUID();
    await server.deps.db('workspace_roles').insert({ id: roleId, workspace_id: ws.id, name: 'Integration', permissions: JSON.stringify(['api.use']), created_at: server.clock.now() });
    const ag = await agency();
    for (const role of [{ template: 'api-user' }, { permissions: ['api.use'] }, { customRoleId: roleId }]) {
      const refused = await refusal(ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role }));
      expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'AGENCY_ROLE_API_ONLY' });
    }
    expect(await ws.owner.agencyGrants.list({ workspace: ws.handle })).toEqual([]);
    // API access beside permissions the agency uses signed in is granted, and the API user role is no role to change to.
    const admin = await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'administrator' } });
    expect(admin.role.permissions).toContain('api.use');
    const change = await refusal(ws.owner.agencyGrants.changeRole({ workspace: ws.handle, agencyId: ag.id, role: { template: 'api-user' } }));
    expect(change.appCode).toBe('AGENCY_ROLE_API_ONLY');
    expect((await ws.owner.agencyGrants.list({ workspace: ws.handle }))[0]?.role.choice).toEqual({ template: 'administrator' });
  });

  it('keeps the agency’s grants through a change of its email, which needs the password and the new address’s link', async () => {
    const ws = await emailMarketingWorkspace();
    const ag = await agency();
    await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'customer-support' } });
    const wrong = await refusal(server.caller(ag.token).identity.changeEmail({ password: 'not the password', email: `renamed-${counter}@example.com` }));
    expect(wrong.appCode).toBe('WRONG_PASSWORD');
    // A used address gets no link, and the answer does not say so.
    expect(await server.caller(ag.token).identity.changeEmail({ password, email: ws.ownerEmail })).toEqual({ sentTo: ws.ownerEmail });
    expect(await mailedLinkTokens(server, ws.ownerEmail, 'email-change')).toEqual([]);
    const renamed = `renamed-${counter++}@example.com`;
    await server.caller(ag.token).identity.changeEmail({ password, email: renamed });
    expect((await server.caller().identity.confirmEmailChange({ token: await mailedLinkToken(server, renamed, 'email-change') })).email).toBe(renamed);

    const signedIn = await signInWithCode(server, renamed, password, ag.secret!);
    expect(await server.caller(signedIn.token).identity.accounts()).toEqual([expect.objectContaining({ workspace: ws.handle, roleName: 'Customer support', usable: true })]);
    expect((await ws.owner.agencyGrants.list({ workspace: ws.handle }))[0]).toMatchObject({ agencyId: ag.id, email: renamed });
  });

  it('lists every client account of an agency, and switches between them by naming the workspace, with one sign-in', async () => {
    const first = await emailMarketingWorkspace();
    const second = await emailMarketingWorkspace();
    const ag = await agency();
    await first.owner.agencyGrants.grant({ workspace: first.handle, agencyEmail: ag.email, role: { template: 'administrator' } });
    await second.owner.agencyGrants.grant({ workspace: second.handle, agencyEmail: ag.email, role: { template: 'website-builder' } });
    const accounts = await server.caller(ag.token).identity.accounts();
    expect(accounts.map((a) => [a.workspace, a.kind, a.roleName, a.usable]).sort()).toEqual(
      [
        [first.handle, 'agency', 'Administrator', true],
        [second.handle, 'agency', 'Website builder', true],
      ].sort(),
    );
    const calls = server.caller(ag.token);
    expect((await calls.workspaces.settings({ workspace: first.handle })).handle).toBe(first.handle);
    expect((await refusal(calls.workspaces.settings({ workspace: second.handle }))).appCode).toBe('FORBIDDEN');
    expect((await calls.workspaces.settings({ workspace: first.handle })).handle).toBe(first.handle);
  });

  it('makes grants unusable while the operator has the feature off, and usable again when it is back', async () => {
    const ws = await emailMarketingWorkspace();
    const ag = await agency();
    await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: ag.email, role: { template: 'administrator' } });
    await setFeature(server.deps, ws.handle, 'agency', false);
    expect((await refusal(server.caller(ag.token).workspaces.settings({ workspace: ws.handle }))).appCode).toBe('AGENCY_FEATURE_OFF');
    expect((await server.caller(ag.token).identity.accounts())[0]).toMatchObject({ usable: false, reason: 'AGENCY_FEATURE_OFF' });
    await setFeature(server.deps, ws.handle, 'agency', true);
    expect((await server.caller(ag.token).workspaces.settings({ workspace: ws.handle })).handle).toBe(ws.handle);
  });
});
