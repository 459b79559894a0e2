import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../security/sealed.js';
import { sealPurpose, turnOff } from './service.js';
import { MINUTE } from '../../security/clock.js';
import { base32Decode } from '../../security/totp.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal, signedUpIdentity } from '../../test-support/builders.js';
import { codeFor, enrolSecondFactor, signInWithCode, signInWithPassword } from '../../test-support/second-factor.js';

const password = 'correct horse battery';
let counter = 0;

describe.each(databaseKinds)('the second factor on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  /** A new identity, signed in, each with its own source address so throttles stay apart. */
  async function someone() {
    const email = `person-${counter++}@example.com`;
    const { token, identity } = await signedUpIdentity(server, { email, password });
    return { email, token, id: identity.id, caller: server.caller(token) };
  }

  it('is set up with the current password and a code, and its secret is never returned again nor stored readable', async () => {
    const ada = await someone();
    const wrong = await refusal(ada.caller.identity.secondFactor.begin({ password: 'not the password' }));
    expect(wrong.appCode).toBe('WRONG_PASSWORD');
    expect((await ada.caller.identity.secondFactor.status()).pending).toBe(false);

    const { secret, otpauthUrl } = await ada.caller.identity.secondFactor.begin({ password });
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(await ada.caller.identity.secondFactor.status()).toMatchObject({ enabled: false, pending: true });

    const notYet = await refusal(ada.caller.identity.secondFactor.confirm({ code: codeFor(server, secret, 5 * MINUTE) }));
    expect(notYet.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await ada.caller.identity.secondFactor.status()).enabled).toBe(false);

    const { recoveryCodes } = await ada.caller.identity.secondFactor.confirm({ code: codeFor(server, secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const status = await ada.caller.identity.secondFactor.status();
    expect(status).toMatchObject({ enabled: true, pending: false, recoveryCodesLeft: 10, sessionPassed: true });
    expect(JSON.stringify(status)).not.toContain(secret);

    const row = await server.deps.db('identities').select('totp_secret', 'totp_pending_secret').where({ id: ada.id }).first();
    const raw = base32Decode(secret);
    expect(Buffer.from(row.totp_secret).includes(raw)).toBe(false);
    expect(Buffer.from(row.totp_secret).toString('latin1')).not.toContain(secret);
    expect(row.totp_pending_secret).toBeNull();
    const codes = await server.deps.db('recovery_codes').select('code_hash').where({ identity_id: ada.id });
    expect(JSON.stringify(codes.map((c: { code_hash: Buffer }) => Buffer.from(c.code_hash).toString('hex')))).not.toContain(recoveryCodes[0]!.replace('-', ''));
  });

  it('makes signing in take two steps: the challenge opens nothing, and works once', async () => {
    const bo = await someone();
    const { secret } = await enrolSecondFactor(server, bo.token, password);
    const first = await server.caller().identity.signIn({ email: bo.email, password });
    expect(first.secondFactorRequired).toBe(true);
    if (!first.secondFactorRequired) return;
    expect(first).not.toHaveProperty('token');
    expect((await refusal(server.caller(first.challenge).identity.me())).appCode).toBe('NOT_SIGNED_IN');

    const signedIn = await server.caller().identity.signInSecondFactor({ challenge: first.challenge, code: codeFor(server, secret) });
    expect((await server.caller(signedIn.token).identity.me()).identity.email).toBe(bo.email);
    expect((await server.caller(signedIn.token).identity.secondFactor.status()).sessionPassed).toBe(true);

    server.clock.advance(30_000);
    const again = await refusal(server.caller().identity.signInSecondFactor({ challenge: first.challenge, code: codeFor(server, secret) }));
    expect(again.appCode).toBe('CHALLENGE_EXPIRED');
  });

  it('accepts a code once: the same code, or an older one, is refused in a later sign-in', async () => {
    const cy = await someone();
    const { secret } = await enrolSecondFactor(server, cy.token, password);
    const code = codeFor(server, secret);
    const first = await server.caller().identity.signIn({ email: cy.email, password });
    if (!first.secondFactorRequired) throw new Error('expected a challenge');
    await server.caller().identity.signInSecondFactor({ challenge: first.challenge, code });

    const second = await server.caller().identity.signIn({ email: cy.email, password });
    if (!second.secondFactorRequired) throw new Error('expected a challenge');
    const reused = await refusal(server.caller().identity.signInSecondFactor({ challenge: second.challenge, code }));
    expect(reused.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    const older = await refusal(server.caller().identity.signInSecondFactor({ challenge: second.challenge, code: codeFor(server, secret, -30_000) }));
    expect(older.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    // The challenge survives wrong codes (the throttle limits them); the next step's code opens it.
    server.clock.advance(30_000);
    const signedIn = await server.caller().identity.signInSecondFactor({ challenge: second.challenge, code: codeFor(server, secret) });
    expect(signedIn.token).toBeTruthy();
  });

  it('takes a code from one step before or after the server’s time, and none from further away', async () => {
    const di = await someone();
    const { secret } = await enrolSecondFactor(server, di.token, password);
    for (const offset of [-60_000, 60_000]) {
      const challenge = await server.caller().identity.signIn({ email: di.email, password });
      if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
      const far = await refusal(server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, code: codeFor(server, secret, offset) }));
      expect(far.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    }
    server.clock.advance(90_000);
    const challenge = await server.caller().identity.signIn({ email: di.email, password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    const slow = await server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, code: codeFor(server, secret, -30_000) });
    expect(slow.token).toBeTruthy();
  });

  it('lets a challenge expire after five minutes', async () => {
    const ed = await someone();
    const { secret } = await enrolSecondFactor(server, ed.token, password);
    const challenge = await server.caller().identity.signIn({ email: ed.email, password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    expect(new Date(challenge.expiresAt).getTime()).toBe(server.clock.now().getTime() + 5 * MINUTE);
    server.clock.advance(5 * MINUTE + 1000);
    const late = await refusal(server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, code: codeFor(server, secret) }));
    expect(late.appCode).toBe('CHALLENGE_EXPIRED');
    expect(late.code).toBe('UNAUTHORIZED');
  });

  it('takes each recovery code once, however it is typed', async () => {
    const fa = await someone();
    const { recoveryCodes } = await enrolSecondFactor(server, fa.token, password);
    const [first, second] = recoveryCodes as [string, string];
    const one = await server.caller().identity.signIn({ email: fa.email, password });
    if (!one.secondFactorRequired) throw new Error('expected a challenge');
    const signedIn = await server.caller().identity.signInSecondFactor({ challenge: one.challenge, recoveryCode: ` ${first.toUpperCase()} ` });
    expect((await server.caller(signedIn.token).identity.secondFactor.status()).recoveryCodesLeft).toBe(9);

    const two = await server.caller().identity.signIn({ email: fa.email, password });
    if (!two.secondFactorRequired) throw new Error('expected a challenge');
    const used = await refusal(server.caller().identity.signInSecondFactor({ challenge: two.challenge, recoveryCode: first }));
    expect(used.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    const malformed = await refusal(server.caller().identity.signInSecondFactor({ challenge: two.challenge, recoveryCode: 'not-a-code!' }));
    expect(malformed.appCode).toBe('INVALID_INPUT');
    const both = await refusal(server.caller().identity.signInSecondFactor({ challenge: two.challenge, recoveryCode: second, code: '123456' }));
    expect(both.appCode).toBe('INVALID_INPUT');
    expect(both.message).toContain('code');
    const ok = await server.caller().identity.signInSecondFactor({ challenge: two.challenge, recoveryCode: second.replace('-', '') });
    expect(ok.token).toBeTruthy();
  });

  it('slows wrong codes for an identity from many sources to one try every few minutes', async () => {
    const gu = await someone();
    const { secret } = await enrolSecondFactor(server, gu.token, password);
    const challenge = await server.caller().identity.signIn({ email: gu.email, password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    const wrong = codeFor(server, secret) === '000000' ? '111111' : '000000';
    const ceiling = server.deps.config.guessing['second-factor'].ceiling!;
    for (let i = 0; i < ceiling.failures; i++) {
      const e = await refusal(server.caller(null, `198.51.100.${i}`).identity.signInSecondFactor({ challenge: challenge.challenge, code: wrong }));
      expect(e.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    }
    const throttled = await refusal(server.caller(null, '198.51.100.99').identity.signInSecondFactor({ challenge: challenge.challenge, code: codeFor(server, secret) }));
    expect(throttled.appCode).toBe('SECOND_FACTOR_THROTTLED');
    expect(throttled.code).toBe('TOO_MANY_REQUESTS');

    server.clock.advance(ceiling.paceMs!);
    const fresh = await server.caller().identity.signIn({ email: gu.email, password });
    if (!fresh.secondFactorRequired) throw new Error('expected a challenge');
    expect((await server.caller(null, '198.51.100.98').identity.signInSecondFactor({ challenge: fresh.challenge, code: codeFor(server, secret) })).token).toBeTruthy();
  });

  it('is changed with the password: the old secret stays in force until a code from the new one confirms it', async () => {
    const ha = await someone();
    const old = await enrolSecondFactor(server, ha.token, password);
    const { secret: next } = await ha.caller.identity.secondFactor.begin({ password });
    const stillOld = await signInWithCode(server, ha.email, password, old.secret);
    expect(stillOld.token).toBeTruthy();
    const { recoveryCodes } = await ha.caller.identity.secondFactor.confirm({ code: codeFor(server, next) });
    server.clock.advance(30_000);
    const challenge = await server.caller().identity.signIn({ email: ha.email, password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    const withOld = await refusal(server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, code: codeFor(server, old.secret) }));
    expect(withOld.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    const oldRecovery = await refusal(server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, recoveryCode: old.recoveryCodes[0]! }));
    expect(oldRecovery.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, recoveryCode: recoveryCodes[0]! })).token).toBeTruthy();
  });

  it('asks a setup confirmed too late to begin again', async () => {
    const ib = await someone();
    const { secret } = await ib.caller.identity.secondFactor.begin({ password });
    server.clock.advance(31 * MINUTE);
    const late = await refusal(ib.caller.identity.secondFactor.confirm({ code: codeFor(server, secret) }));
    expect(late.appCode).toBe('SECOND_FACTOR_NOT_BEGUN');
    expect((await ib.caller.identity.secondFactor.status()).enabled).toBe(false);
  });

  it('is turned off only with the password and a code; then signing in takes one step again', async () => {
    const jo = await someone();
    const { secret } = await enrolSecondFactor(server, jo.token, password);
    const wrongPassword = await refusal(jo.caller.identity.secondFactor.disable({ password: 'wrong password', code: codeFor(server, secret) }));
    expect(wrongPassword.appCode).toBe('WRONG_PASSWORD');
    const noCode = await refusal(jo.caller.identity.secondFactor.disable({ password } as never));
    expect(noCode.appCode).toBe('INVALID_INPUT');
    const wrongCode = await refusal(jo.caller.identity.secondFactor.disable({ password, code: codeFor(server, secret, 10 * MINUTE) }));
    expect(wrongCode.appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await jo.caller.identity.secondFactor.status()).enabled).toBe(true);

    await jo.caller.identity.secondFactor.disable({ password, code: codeFor(server, secret) });
    expect(await jo.caller.identity.secondFactor.status()).toMatchObject({ enabled: false, recoveryCodesLeft: 0, sessionPassed: false });
    expect((await signInWithPassword(server, jo.email, password)).token).toBeTruthy();
    expect(await server.deps.db('recovery_codes').where({ identity_id: jo.id })).toEqual([]);
  });

  it('replaces every recovery code on request, with the password and a code', async () => {
    const ka = await someone();
    const { secret, recoveryCodes: old } = await enrolSecondFactor(server, ka.token, password);
    const { recoveryCodes } = await ka.caller.identity.secondFactor.regenerateRecoveryCodes({ password, code: codeFor(server, secret) });
    expect(recoveryCodes.some((c) => old.includes(c))).toBe(false);
    const challenge = await server.caller().identity.signIn({ email: ka.email, password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    expect((await refusal(server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, recoveryCode: old[0]! }))).appCode).toBe('WRONG_SECOND_FACTOR_CODE');
    expect((await server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, recoveryCode: recoveryCodes[0]! })).token).toBeTruthy();
  });

  it('cannot be turned off or given new recovery codes where it is not on', async () => {
    const lu = await someone();
    const off = await refusal(lu.caller.identity.secondFactor.disable({ password, code: '123456' }));
    expect(off.appCode).toBe('SECOND_FACTOR_NOT_ON');
    const notBegun = await refusal(lu.caller.identity.secondFactor.confirm({ code: '123456' }));
    expect(notBegun.appCode).toBe('SECOND_FACTOR_NOT_BEGUN');
  });

  it('refuses every code, without a server error, when the secret was sealed under another instance secret; the operator can turn it off', async () => {
    const mo = await someone();
    const { secret } = await enrolSecondFactor(server, mo.token, password);
    await server.deps
      .db('identities')
      .where({ id: mo.id })
      .update({ totp_secret: seal(randomBytes(32), sealPurpose, base32Decode(secret)) });
    const challenge = await server.caller().identity.signIn({ email: mo.email, password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    const refused = await refusal(server.caller().identity.signInSecondFactor({ challenge: challenge.challenge, code: codeFor(server, secret) }));
    expect(refused.appCode).toBe('WRONG_SECOND_FACTOR_CODE');

    await turnOff(server.deps, mo.id);
    expect((await signInWithPassword(server, mo.email, password)).token).toBeTruthy();
    expect((await mo.caller.identity.secondFactor.status()).enabled).toBe(false);
  });
});
