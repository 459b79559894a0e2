import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../mail/outbox-messages.js';
import { DAY, HOUR } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, mailedLinkTokens, refusal, type GivenWorkspace, registeredAgency, signedUpIdentity } from '../../test-support/builders.js';

describe.each(databaseKinds)('team invitations on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let n = 0;
  const email = () => `invitee-${n++}@example.com`;
  const invitations = () => server.deps.db('member_invitations').select('email', 'accepted_at', 'revoked_at').where({ workspace_id: ws.id }).orderBy('email');
  const membership = (identityId: string) => server.deps.db('memberships').select('kind', 'role_key').where({ workspace_id: ws.id, identity_id: identityId }).first();

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  it('invites a person without an account, who accepts by choosing a password and is then a member with that role', async () => {
    const to = email();
    const invitation = await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'assistant' } });
    expect(invitation).toMatchObject({ email: to, state: 'valid', role: { name: 'Assistant', choice: { template: 'assistant' } } });
    const [mail] = await outboxMessages(server.deps, { to });
    expect(mail?.subject).toBe(`Owner invites you to Studio ${ws.handle}`);
    expect(mail?.body).toContain('as Assistant');
    // Links travel only by mail: the outbox the workspace's members read does not list them.
    expect(mail?.workspaceId).toBeNull();
    // A workspace with no page of its own sends the link to the operator's page.
    expect(mail?.body).toContain('https://foyer.example/account#invitation=');
    const token = await mailedLinkToken(server, to, 'invitation');
    expect(JSON.stringify(await server.deps.db('member_invitations'))).not.toContain(token);

    const described = await server.caller().invitations.describe({ token });
    expect(described).toEqual({
      workspace: { handle: ws.handle, name: `Studio ${ws.handle}` },
      inviterName: 'Owner',
      email: to,
      roleName: 'Assistant',
      state: 'valid',
      expiresAt: invitation.expiresAt,
      hasAccount: false,
      advice: null,
      passwordRules: [{ kind: 'length', count: 10 }],
    });
    expect((await refusal(server.caller().invitations.accept({ token }))).appCode).toBe('PASSWORD_REQUIRED');
    const signedIn = await server.caller().invitations.accept({ token, password: 'a brand new password', name: 'Ida Invited' });
    expect(signedIn.identity).toMatchObject({ email: to, name: 'Ida Invited' });
    expect(await membership(signedIn.identity.id)).toEqual({ kind: 'member', role_key: 'assistant' });
    await server.caller(signedIn.token).galleries.create({ workspace: ws.handle, title: 'By the new assistant' });
    const { token: again } = await server.caller().identity.signIn({ email: to, password: 'a brand new password' });
    expect(again).toBeTruthy();
  });

  it('names the person who sent it last: a resent invitation names the resender on its page as in its mail', async () => {
    const admin = email();
    await ws.owner.members.invite({ workspace: ws.handle, email: admin, role: { template: 'administrator' } });
    const adminSignedIn = await server.caller().invitations.accept({ token: await mailedLinkToken(server, admin, 'invitation'), password: 'an administrator password', name: 'Ada Admin' });
    const to = email();
    const invitation = await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'assistant' } });
    expect((await server.caller().invitations.describe({ token: await mailedLinkToken(server, to, 'invitation') })).inviterName).toBe('Owner');
    server.clock.advance(1_000);
    await server.caller(adminSignedIn.token).members.resendInvitation({ workspace: ws.handle, invitationId: invitation.id });
    const [resentMail] = await outboxMessages(server.deps, { to });
    expect(resentMail?.subject).toBe(`Ada Admin invites you to Studio ${ws.handle}`);
    expect((await server.caller().invitations.describe({ token: await mailedLinkToken(server, to, 'invitation') })).inviterName).toBe('Ada Admin');
  });

  it('sends the invitation to the workspace’s own page where it has one', async () => {
    const paged = await givenWorkspace(server, undefined, { activationUrl: 'https://studio.example/join' });
    const to = email();
    await paged.owner.members.invite({ workspace: paged.handle, email: to, role: { template: 'assistant' } });
    const [mail] = await outboxMessages(server.deps, { to });
    expect(mail?.body).toContain('https://studio.example/join#invitation=');
    expect(mail?.body).not.toContain('foyer.example');
  });

  it('names who invited the person: the inviting member’s name, or their email when they gave none', async () => {
    const namelessEmail = `nameless-${n++}@example.com`;
    const nameless = await signedUpIdentity(server, { email: namelessEmail, password: 'correct horse battery' });
    const handle = `nameless-${n++}`;
    await server.caller(nameless.token).workspaces.create({ handle, name: 'Nameless Studio' });
    const to = email();
    await server.caller(nameless.token).members.invite({ workspace: handle, email: to, role: { template: 'viewer' } });
    const token = await mailedLinkToken(server, to, 'invitation');
    const described = await server.caller().invitations.describe({ token });
    expect(described).toMatchObject({ inviterName: namelessEmail, workspace: { name: 'Nameless Studio' } });
    // The page names the same person as the mail the link came in.
    const [mail] = await outboxMessages(server.deps, { to });
    expect(mail?.subject).toBe(`${namelessEmail} invites you to Nameless Studio`);

    // Still named once the link is used: the page says who invited them to what they joined.
    await server.caller().invitations.accept({ token, password: 'a nameless password' });
    expect((await server.caller().invitations.describe({ token })).inviterName).toBe(namelessEmail);
  });

  it('works once: a used link answers that it was used, and changes nothing', async () => {
    const to = email();
    await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'viewer' } });
    const token = await mailedLinkToken(server, to, 'invitation');
    await server.caller().invitations.accept({ token, password: 'first password here' });
    expect((await server.caller().invitations.describe({ token })).state).toBe('used');
    const refused = await refusal(server.caller().invitations.accept({ token, password: 'second password here' }));
    expect(refused).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_USED' });
    expect((await server.caller().identity.signIn({ email: to, password: 'first password here' })).token).toBeTruthy();
  });

  it('expires, and an expired link tells the person to ask for it again; a resend sends a new link and voids the old', async () => {
    const to = email();
    const invitation = await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'viewer' } });
    const old = await mailedLinkToken(server, to, 'invitation');
    server.clock.advance(7 * DAY + 1);
    await ws.signInAgain();
    const described = await server.caller().invitations.describe({ token: old });
    expect(described.state).toBe('expired');
    expect(described.advice).toMatch(/Ask the person who invited you to send it again/);
    const refused = await refusal(server.caller().invitations.accept({ token: old, password: 'too late password' }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVITATION_EXPIRED' });
    expect(refused.message).toMatch(/Ask the person who invited you to send it again/);
    expect((await ws.owner.members.list({ workspace: ws.handle })).find((m) => m.email === to)?.invitation?.state).toBe('expired');

    server.clock.advance(HOUR);
    const resent = await ws.owner.members.resendInvitation({ workspace: ws.handle, invitationId: invitation.id });
    expect(resent.state).toBe('valid');
    expect(new Date(resent.expiresAt).getTime()).toBeGreaterThan(new Date(invitation.expiresAt).getTime());
    const [fresh] = await mailedLinkTokens(server, to, 'invitation');
    expect(fresh).not.toBe(old);
    expect((await refusal(server.caller().invitations.describe({ token: old }))).appCode).toBe('INVITATION_NOT_FOUND');
    expect((await refusal(server.caller().invitations.accept({ token: old, password: 'old link password' }))).appCode).toBe('INVITATION_NOT_FOUND');
    const signedIn = await server.caller().invitations.accept({ token: fresh!, password: 'fresh link password' });
    expect(await membership(signedIn.identity.id)).toEqual({ kind: 'member', role_key: 'viewer' });
  });

  it('lets a person with an account accept only while signed in as the invited email', async () => {
    const { caller: other } = await ws.member('viewer');
    const existing = await givenWorkspace(server);
    const to = existing.ownerEmail;
    await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'assistant' } });
    const token = await mailedLinkToken(server, to, 'invitation');
    expect((await server.caller().invitations.describe({ token })).hasAccount).toBe(true);
    expect((await refusal(server.caller().invitations.accept({ token, password: 'hijack attempt pw' }))).appCode).toBe('INVITATION_NEEDS_SIGN_IN');
    const wrongAccount = await refusal(other.invitations.accept({ token }));
    expect(wrongAccount).toMatchObject({ code: 'FORBIDDEN', appCode: 'INVITATION_WRONG_ACCOUNT' });
    expect((await invitations()).find((i) => i.email === to)?.accepted_at).toBeNull();

    const accepted = await existing.owner.invitations.accept({ token });
    expect(accepted.identity.email).toBe(to);
    // One identity, two memberships: the owner of one workspace is an assistant in the other.
    await existing.owner.galleries.create({ workspace: ws.handle, title: 'Made as an assistant' });
    await existing.owner.galleries.create({ workspace: existing.handle, title: 'Made as the owner' });
    // The existing password still works; the invitation did not change it.
    expect((await server.caller().identity.signIn({ email: to, password: 'correct horse battery' })).token).toBeTruthy();
  });

  it('refuses to invite a member twice, or an email with an open invitation, and sends nothing', async () => {
    const { identityId } = await ws.member('viewer', 'already@example.com');
    expect(identityId).toBeTruthy();
    const outboxBefore = await server.deps.db('outbox').count({ n: '*' }).first();
    expect((await refusal(ws.owner.members.invite({ workspace: ws.handle, email: 'Already@Example.com', role: { template: 'viewer' } }))).appCode).toBe('ALREADY_MEMBER');
    const to = email();
    await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'viewer' } });
    const pending = await refusal(ws.owner.members.invite({ workspace: ws.handle, email: to.toUpperCase(), role: { template: 'assistant' } }));
    expect(pending).toMatchObject({ code: 'CONFLICT', appCode: 'INVITATION_PENDING' });
    expect(Number((await server.deps.db('outbox').count({ n: '*' }).first())?.n)).toBe(Number(outboxBefore?.n) + 1);
  });

  it('withdraws an invitation: its link says so, and it leaves the team list', async () => {
    const to = email();
    const invitation = await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'viewer' } });
    const token = await mailedLinkToken(server, to, 'invitation');
    expect((await ws.owner.members.revokeInvitation({ workspace: ws.handle, invitationId: invitation.id })).state).toBe('revoked');
    expect((await server.caller().invitations.describe({ token })).state).toBe('revoked');
    expect((await refusal(server.caller().invitations.accept({ token, password: 'withdrawn password' }))).appCode).toBe('INVITATION_REVOKED');
    expect((await refusal(ws.owner.members.resendInvitation({ workspace: ws.handle, invitationId: invitation.id }))).appCode).toBe('INVITATION_REVOKED');
    expect((await ws.owner.members.list({ workspace: ws.handle })).some((m) => m.email === to)).toBe(false);
    expect(await server.deps.db('identities').whereRaw('lower(email) = ?', [to]).first()).toBeUndefined();
  });

  it('refuses a role the template lacks, or a custom role of another workspace, naming the problem', async () => {
    const other = await givenWorkspace(server);
    const foreign = await other.owner.roles.create({ workspace: other.handle, name: 'Foreign', permissions: ['galleries.view'] });
    expect((await refusal(ws.owner.members.invite({ workspace: ws.handle, email: email(), role: { template: 'copywriter' } }))).appCode).toBe('TEMPLATE_ROLE_NOT_FOUND');
    expect((await refusal(ws.owner.members.invite({ workspace: ws.handle, email: email(), role: { customRoleId: foreign.id } }))).code).toBe('NOT_FOUND');
    const unknown = await refusal(ws.owner.members.invite({ workspace: ws.handle, email: email(), role: { permissions: ['galleries.view', 'tickets.manage'] } }));
    expect(unknown.message).toBe('These permissions are not in this workspace’s catalog: tickets.manage.');
    const bad = await refusal(ws.owner.members.invite({ workspace: ws.handle, email: 'not-an-email', role: { template: 'viewer' } }));
    expect(bad).toMatchObject({ code: 'BAD_REQUEST', appCode: 'INVALID_INPUT' });
  });

  it('answers a made-up link as not valid, without telling anything', async () => {
    const refused = await refusal(server.caller().invitations.describe({ token: 'x'.repeat(43) }));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appCode: 'INVITATION_NOT_FOUND' });
    expect((await refusal(server.caller().invitations.describe({ token: 'short' }))).appCode).toBe('INVALID_INPUT');
  });

  it('never invites an agency account or makes it an API user: it exists only for agency grants', async () => {
    const agencyEmail = 'agency-only@example.com';
    await registeredAgency(server, { email: agencyEmail, password: 'agency password 2026', name: 'Agency' });
    const invited = await refusal(ws.owner.members.invite({ workspace: ws.handle, email: agencyEmail, role: { template: 'viewer' } }));
    expect(invited).toMatchObject({ code: 'FORBIDDEN', appCode: 'AGENCY_ACCOUNT_ONLY_FOR_GRANTS' });
    const api = await refusal(ws.owner.apiUsers.create({ workspace: ws.handle, email: agencyEmail, firstName: 'A', lastName: 'Gency', role: { template: 'viewer' } }));
    expect(api.appCode).toBe('AGENCY_ACCOUNT_ONLY_FOR_GRANTS');
    expect(await server.deps.db('member_invitations').whereRaw('lower(email) = ?', [agencyEmail])).toEqual([]);
  });
});
