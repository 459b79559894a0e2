import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../mail/outbox-messages.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, refusal, type GivenWorkspace } from '../test-support/builders.js';

/**
 * A workspace's owner chooses the pages its links point to. An owner who wants someone else's
 * login asks for a password reset for a member who also owns a workspace of their own, and
 * reads the reset link on the page it chose. A link that changes the whole login must never
 * travel to such a page, and a workspace must not reset a login that is not its alone.
 */
describe.each(databaseKinds)('account-wide links stay on the operator’s page, on %s', (kind) => {
  let server: TestServer;
  let attacker: GivenWorkspace;
  const catcher = 'https://attacker.example/catch';
  beforeAll(async () => {
    server = await startTestServer(kind);
    attacker = await givenWorkspace(server, undefined, { activationUrl: catcher });
  });
  afterAll(() => server.close());

  it('refuses to reset the password of a member whose login owns another workspace, mailing nothing', async () => {
    const victim = await givenWorkspace(server);
    const joined = await attacker.member('assistant', victim.ownerEmail);
    const before = (await outboxMessages(server.deps, { to: victim.ownerEmail })).length;
    const refused = await refusal(attacker.owner.members.resetPassword({ workspace: attacker.handle, identityId: joined.identityId }));
    expect(refused.appCode).toBe('RESET_BELONGS_ELSEWHERE');
    const mails = await outboxMessages(server.deps, { to: victim.ownerEmail });
    expect(mails).toHaveLength(before);
    expect(mails.map((m) => m.body).join('\n')).not.toContain('#password-reset=');
    // The victim's own workspace is untouched, and so is their password.
    expect((await server.caller().identity.signIn({ email: victim.ownerEmail, password: 'correct horse battery' })).secondFactorRequired).toBe(false);
  });

  it('lets the workspace end that member’s sessions instead, everywhere', async () => {
    const victim = await givenWorkspace(server);
    const joined = await attacker.member('assistant', victim.ownerEmail);
    expect((await attacker.owner.members.endSessions({ workspace: attacker.handle, identityId: joined.identityId })).ended).toBeGreaterThanOrEqual(2);
    expect((await refusal(victim.owner.identity.me())).appCode).toBe('NOT_SIGNED_IN');
    expect((await refusal(joined.caller.identity.me())).appCode).toBe('NOT_SIGNED_IN');
    // Signing in again works as always: the password stayed theirs.
    await victim.signInAgain();
    expect((await victim.owner.identity.me()).identity.email).toBe(victim.ownerEmail);
  });

  it('sends a reset for a member only this workspace has to the operator’s page, never to the workspace’s', async () => {
    const member = await attacker.member('assistant');
    const email = (await server.deps.db('identities').where({ id: member.identityId }).first('email')).email as string;
    await attacker.owner.members.resetPassword({ workspace: attacker.handle, identityId: member.identityId });
    const bodies = (await outboxMessages(server.deps, { to: email })).map((m) => m.body ?? '');
    const reset = bodies.find((b) => b.includes('#password-reset='))!;
    expect(reset).toContain(`${server.deps.config.publicUrl}#password-reset=`);
    expect(reset).not.toContain(catcher);
    // Invitations to the workspace still land on its own page: they concern it alone.
    expect(bodies.find((b) => b.includes('#invitation='))).toContain(`${catcher}#invitation=`);
    await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, email, 'password-reset'), password: 'a new password 2' });
  });
});
