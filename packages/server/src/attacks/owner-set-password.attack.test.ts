import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, refusal, type GivenWorkspace } from '../test-support/builders.js';

/**
 * A hosting customer's primary user may open a login for a new sub-account with a password of
 * their choosing, so for a while they know another person's password. They must not be able to
 * make that login theirs for good: a second factor they turned on would lock out the person
 * whose email it is even after that person takes the login back with a reset link.
 */
describe.each(databaseKinds)('a login whose password its workspace owner set, on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'hosting' });
  });
  afterAll(() => server.close());

  const email = 'lena@webhelp.example';
  const ownersChoice = 'owner knows this 1';

  it('cannot turn on a second factor until the person chooses their own password from a mailed link', async () => {
    await ws.owner.contacts.create({ workspace: ws.handle, name: 'Lena', email, kind: 'sub-account', permissions: ['domains.view'], password: ownersChoice });
    const asOwner = await server.caller().identity.signIn({ email, password: ownersChoice });
    if (asOwner.secondFactorRequired) throw new Error('expected a session');
    const owner = server.caller(asOwner.token);
    expect(await refusal(owner.identity.secondFactor.begin({ password: ownersChoice }))).toMatchObject({ appCode: 'OWN_PASSWORD_FIRST' });
    // Changing the password with the one it knows proves no mailbox: still refused.
    await owner.identity.changePassword({ currentPassword: ownersChoice, newPassword: 'owner knows this 2' });
    const again = await server.caller().identity.signIn({ email, password: 'owner knows this 2' });
    if (again.secondFactorRequired) throw new Error('expected a session');
    expect(await refusal(server.caller(again.token).identity.secondFactor.begin({ password: 'owner knows this 2' }))).toMatchObject({ appCode: 'OWN_PASSWORD_FIRST' });

    // Lena takes the login back from the link in her own mailbox: the owner is signed out, and the login is hers.
    await server.caller().identity.requestPasswordReset({ email });
    const reset = await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, email, 'password-reset'), password: 'lena chose this 1' });
    if (reset.secondFactorRequired) throw new Error('expected a session');
    expect(await refusal(server.caller(again.token).identity.me())).toMatchObject({ appCode: expect.stringMatching(/NOT_SIGNED_IN|SESSION_EXPIRED/) });
    const enrolment = await server.caller(reset.token).identity.secondFactor.begin({ password: 'lena chose this 1' });
    expect(enrolment.secret).toMatch(/^[A-Z2-7]+$/);
  });
});
