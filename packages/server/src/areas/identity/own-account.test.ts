import { passwordPolicies } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../mail/outbox-messages.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, mailedLinkTokens, refusal, signedUpIdentity } from '../../test-support/builders.js';
import { codeFor, enrolSecondFactor } from '../../test-support/second-factor.js';

/** A person's own account: signing up by a confirmed address, resets, sessions, password, email. */
describe.each(databaseKinds)('one’s own account on %s', (kind) => {
  let server: TestServer;
  let n = 0;
  const password = 'correct horse battery';
  const email = () => `person-${n++}-${Date.now().toString(36)}@example.com`;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  describe('signing up', () => {
    it('creates nothing until the mailed link is followed, which lands on the operator’s page and signs in', async () => {
      const address = email();
      expect(await server.caller().identity.signUp({ email: address, password, name: 'Ada' })).toEqual({ sentTo: address });
      expect(await server.deps.db('identities').whereRaw('lower(email) = ?', [address])).toEqual([]);
      const [mail] = await outboxMessages(server.deps, { to: address });
      expect(mail!.body).toMatch(/https:\/\/foyer\.example\/account#sign-up=[A-Za-z0-9_-]{43}/);
      const signedIn = await server.caller().identity.confirmSignUp({ token: await mailedLinkToken(server, address, 'sign-up') });
      expect(signedIn.identity).toMatchObject({ email: address, name: 'Ada' });
      expect((await server.caller(signedIn.token).identity.me()).identity.email).toBe(address);
      // With the password chosen when asking; the link works once.
      expect((await server.caller().identity.signIn({ email: address, password })).secondFactorRequired).toBe(false);
      expect((await refusal(server.caller().identity.confirmSignUp({ token: await mailedLinkToken(server, address, 'sign-up') }))).appCode).toBe('ACCOUNT_LINK_INVALID');
    });

    it('answers the same for an address that has an account, which is told by mail instead, and changes nothing', async () => {
      const taken = email();
      await signedUpIdentity(server, { email: taken, password });
      const before = await server.deps.db('identities').whereRaw('lower(email) = ?', [taken]).first('password_hash');
      const fresh = email();
      const answers = [
        await server.caller(null, '198.51.100.30').identity.signUp({ email: taken.toUpperCase(), password: 'another password 1' }),
        await server.caller(null, '198.51.100.30').identity.signUp({ email: fresh, password: 'another password 1' }),
      ];
      expect(answers).toEqual([{ sentTo: taken }, { sentTo: fresh }]);
      const notice = (await outboxMessages(server.deps, { to: taken })).find((m) => m.subject === 'You already have an account');
      expect(notice!.body).not.toMatch(/#sign-up=/);
      expect(await server.deps.db('identities').whereRaw('lower(email) = ?', [taken]).first('password_hash')).toEqual(before);
    });

    it('limits sign-up requests per address and per source', async () => {
      const address = email();
      const rule = server.deps.config.requestLimits['sign-up'].pair;
      for (let i = 0; i < rule.free; i++) await server.caller(null, '198.51.100.31').identity.signUp({ email: address, password });
      const limited = await refusal(server.caller(null, '198.51.100.31').identity.signUp({ email: address, password }));
      expect(limited.appCode).toBe('RATE_LIMITED');
      // One link works, the newest: each new request voided the one before.
      const tokens = await mailedLinkTokens(server, address, 'sign-up');
      expect(tokens).toHaveLength(rule.free);
      const outcomes = [];
      for (const token of tokens) {
        outcomes.push(
          await server
            .caller()
            .identity.confirmSignUp({ token })
            .then(
              () => 'signed up',
              (error: { appCode?: string }) => error.appCode,
            ),
        );
      }
      expect(outcomes.sort()).toEqual([...Array<string>(rule.free - 1).fill('ACCOUNT_LINK_INVALID'), 'signed up'].sort());
    });

    it('is closed on a server that is invite-only, whatever the address', async () => {
      const closed = await startTestServer(kind, { config: { signUp: 'invite-only' } });
      try {
        expect((await refusal(closed.caller().identity.signUp({ email: email(), password }))).appCode).toBe('SIGN_UP_CLOSED');
        expect((await refusal(closed.caller().agencies.register({ email: email(), password, name: 'Agency' }))).appCode).toBe('SIGN_UP_CLOSED');
        expect(await closed.deps.db('account_links')).toEqual([]);
      } finally {
        await closed.close();
      }
    });
  });

  describe('a forgotten password', () => {
    it('mails a reset link to the operator’s page if the address has an account, and answers the same either way', async () => {
      const address = email();
      await signedUpIdentity(server, { email: address, password });
      const nobody = email();
      expect(await server.caller().identity.requestPasswordReset({ email: address })).toEqual({ sentTo: address });
      expect(await server.caller().identity.requestPasswordReset({ email: nobody })).toEqual({ sentTo: nobody });
      expect(await outboxMessages(server.deps, { to: nobody })).toEqual([]);
      expect((await outboxMessages(server.deps, { to: address })).map((m) => m.body).join('\n')).toMatch(/https:\/\/foyer\.example\/account#password-reset=/);
      const other = await server.caller().identity.signIn({ email: address, password });
      const reset = await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, address, 'password-reset'), password: 'a new password 1' });
      if (reset.secondFactorRequired || other.secondFactorRequired) throw new Error('expected sessions');
      expect(reset.identity.email).toBe(address);
      expect((await refusal(server.caller(other.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
    });
  });

  describe('sessions', () => {
    it('lists where the person is signed in, ends one, and ends all others', async () => {
      const address = email();
      const first = await signedUpIdentity(server, { email: address, password }, '203.0.113.50');
      const laptop = server.caller(null, '203.0.113.51');
      const second = await laptop.identity.signIn({ email: address, password });
      const third = await server.caller(null, '203.0.113.52').identity.signIn({ email: address, password });
      if (second.secondFactorRequired || third.secondFactorRequired) throw new Error('expected sessions');

      const listed = await server.caller(second.token).identity.sessions.list();
      expect(listed).toHaveLength(3);
      expect(listed.filter((s) => s.current)).toHaveLength(1);
      expect(listed.map((s) => s.source).sort()).toEqual(['203.0.113.50', '203.0.113.51', '203.0.113.52']);
      expect(listed.find((s) => s.current)!.source).toBe('203.0.113.51');
      for (const s of listed) expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));

      // Ending one: that token stops working, the others go on.
      const thirdId = listed.find((s) => s.source === '203.0.113.52')!.id;
      expect(await server.caller(second.token).identity.sessions.end({ sessionId: thirdId })).toEqual({ ended: 1 });
      expect((await refusal(server.caller(third.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
      expect((await server.caller(first.token).identity.me()).identity.email).toBe(address);

      // Someone else's session is not found, and not ended.
      const stranger = await signedUpIdentity(server, { email: email(), password });
      expect((await refusal(server.caller(stranger.token).identity.sessions.end({ sessionId: listed.find((s) => s.current)!.id }))).appCode).toBe('SESSION_NOT_FOUND');
      expect((await server.caller(second.token).identity.me()).identity.email).toBe(address);

      expect(await server.caller(second.token).identity.sessions.endOthers()).toEqual({ ended: 1 });
      expect((await refusal(server.caller(first.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
      expect((await server.caller(second.token).identity.sessions.list()).map((s) => s.current)).toEqual([true]);
    });
  });

  describe('a new password', () => {
    it('needs the current one, ends every other session, and tells the address', async () => {
      const address = email();
      const here = await signedUpIdentity(server, { email: address, password });
      const elsewhere = await server.caller().identity.signIn({ email: address, password });
      if (elsewhere.secondFactorRequired) throw new Error('expected a session');
      const wrong = await refusal(server.caller(here.token).identity.changePassword({ currentPassword: 'not the password', newPassword: 'a new password 1' }));
      expect(wrong.appCode).toBe('WRONG_PASSWORD');
      expect((await refusal(server.caller(here.token).identity.changePassword({ currentPassword: password, newPassword: 'short' }))).appCode).toBe('INVALID_INPUT');

      expect(await server.caller(here.token).identity.changePassword({ currentPassword: password, newPassword: 'a new password 1' })).toEqual({ otherSessionsEnded: 1 });
      expect((await refusal(server.caller(elsewhere.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
      expect((await server.caller(here.token).identity.me()).identity.email).toBe(address);
      expect((await refusal(server.caller().identity.signIn({ email: address, password }))).appCode).toBe('WRONG_CREDENTIALS');
      expect((await server.caller().identity.signIn({ email: address, password: 'a new password 1' })).secondFactorRequired).toBe(false);
      expect((await outboxMessages(server.deps, { to: address })).map((m) => m.subject)).toContain('Your password was changed');
    });

    it('names the rules a new one must meet: the strictest of the workspaces the person belongs to, as the change checks them', async () => {
      const ws = await givenWorkspace(server);
      const member = await ws.member('viewer');
      const standard = await member.caller.identity.passwordRules();
      expect(standard).toEqual([{ kind: 'length', count: 10 }]);
      await ws.owner.workspaces.update({ workspace: ws.handle, passwordPolicy: 'two-of-each' });
      const strict = await member.caller.identity.passwordRules();
      expect(strict).toEqual([...passwordPolicies['two-of-each']]);
      const refused = await refusal(member.caller.identity.changePassword({ currentPassword: password, newPassword: 'only lower case letters' }));
      expect(refused.appCode).toBe('PASSWORD_POLICY');
      expect((await member.caller.identity.changePassword({ currentPassword: password, newPassword: 'Two-Of-Each 12!' })).otherSessionsEnded).toBe(0);
      expect((await refusal(server.caller().identity.passwordRules())).appCode).toBe('NOT_SIGNED_IN');
    });
  });

  describe('a new email address', () => {
    it('changes only once the new address confirms, tells the old one, and ends every other session', async () => {
      const old = email();
      const here = await signedUpIdentity(server, { email: old, password });
      const elsewhere = await server.caller().identity.signIn({ email: old, password });
      if (elsewhere.secondFactorRequired) throw new Error('expected a session');
      const renamed = email();
      expect(await server.caller(here.token).identity.changeEmail({ password, email: renamed })).toEqual({ sentTo: renamed });
      // Nothing changed yet; the old address heard of it.
      expect((await server.caller(here.token).identity.me()).identity.email).toBe(old);
      expect((await outboxMessages(server.deps, { to: old })).map((m) => m.subject)).toContain('A new email address was asked for your account');
      const [mail] = await outboxMessages(server.deps, { to: renamed });
      expect(mail!.body).toMatch(/https:\/\/foyer\.example\/account#email-change=/);

      const confirmed = await server.caller(here.token).identity.confirmEmailChange({ token: await mailedLinkToken(server, renamed, 'email-change') });
      expect(confirmed.email).toBe(renamed);
      expect((await refusal(server.caller(elsewhere.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
      expect((await server.caller(here.token).identity.me()).identity.email).toBe(renamed);
      expect((await outboxMessages(server.deps, { to: old })).map((m) => m.subject)).toContain('Your email address was changed');
      expect((await refusal(server.caller().identity.signIn({ email: old, password }))).appCode).toBe('WRONG_CREDENTIALS');
    });
  });
});

describe.each(databaseKinds)('a password reset and the second factor, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('does not pass a second factor by: whoever reads the mail still needs the code to get in', async () => {
    const email = `guarded-${Date.now().toString(36)}@example.com`;
    const password = 'correct horse battery';
    const { token } = await signedUpIdentity(server, { email, password });
    const { secret } = await enrolSecondFactor(server, token, password);
    await server.caller().identity.requestPasswordReset({ email });
    const reset = await server.caller().identity.resetPassword({ token: await mailedLinkToken(server, email, 'password-reset'), password: 'a new password 3' });
    expect(reset).toMatchObject({ secondFactorRequired: true });
    expect(reset).not.toHaveProperty('token');
    // The new password is set; the code finishes the sign-in, as it does after a password.
    const signedIn = await server.caller().identity.signInSecondFactor({ challenge: (reset as { challenge: string }).challenge, code: codeFor(server, secret) });
    expect((await server.caller(signedIn.token).identity.me()).identity.email).toBe(email);
  });
});
