import { passwordPolicies } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, refusal, signedUpIdentity } from '../../test-support/builders.js';

/** What the operator's account page asks before anyone types: whether sign-up is open, and what a reset link opens. */
describe.each(databaseKinds)('the account page’s questions on %s', (kind) => {
  let server: TestServer;
  let n = 0;
  const password = 'correct horse battery';
  const email = () => `page-${n++}-${Date.now().toString(36)}@example.com`;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('says whether anyone may sign up, as the operator set it', async () => {
    expect(await server.caller().identity.signUpOpen()).toEqual({ open: true });
    const closed = await startTestServer(kind, { config: { signUp: 'invite-only' } });
    try {
      expect(await closed.caller().identity.signUpOpen()).toEqual({ open: false });
    } finally {
      await closed.close();
    }
  });

  it('names the address of a reset link and the rules its new password must meet, and leaves the link working', async () => {
    const ws = await givenWorkspace(server);
    await ws.owner.workspaces.update({ workspace: ws.handle, passwordPolicy: 'two-of-each' });
    const address = ws.ownerEmail;
    await server.caller(null, '198.51.100.60').identity.requestPasswordReset({ email: address });
    const token = await mailedLinkToken(server, address, 'password-reset');
    const described = await server.caller().identity.describePasswordReset({ token });
    expect(described).toEqual({ email: address, passwordRules: [...passwordPolicies['two-of-each']] });
    // A password the rules refuse is refused as the page said; one that meets them sets it.
    expect((await refusal(server.caller().identity.resetPassword({ token, password: 'only lower case letters' }))).appCode).toBe('PASSWORD_POLICY');
    const reset = await server.caller().identity.resetPassword({ token, password: 'Two-Of-Each 12!' });
    expect(reset.secondFactorRequired).toBe(false);
    expect((await refusal(server.caller().identity.describePasswordReset({ token }))).appCode).toBe('RESET_LINK_INVALID');
  });

  it('refuses an expired reset link as the reset does, and a token no link has', async () => {
    const address = email();
    await signedUpIdentity(server, { email: address, password });
    await server.caller(null, '198.51.100.61').identity.requestPasswordReset({ email: address });
    const token = await mailedLinkToken(server, address, 'password-reset');
    expect((await server.caller().identity.describePasswordReset({ token })).email).toBe(address);
    server.clock.advance(server.deps.config.passwordResetTtlMs + 1);
    expect((await refusal(server.caller().identity.describePasswordReset({ token }))).appCode).toBe('RESET_LINK_EXPIRED');
    expect((await refusal(server.caller().identity.resetPassword({ token, password: 'a new password 1' }))).appCode).toBe('RESET_LINK_EXPIRED');
    expect((await refusal(server.caller().identity.describePasswordReset({ token: 'x'.repeat(43) }))).appCode).toBe('RESET_LINK_INVALID');
  });
});
