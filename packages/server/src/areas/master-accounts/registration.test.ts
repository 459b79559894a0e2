import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { mailedLinkToken, refusal, signedUpIdentity, type GivenWorkspace } from '../../test-support/builders.js';
import { enrolSecondFactor, codeFor } from '../../test-support/second-factor.js';
import { givenMasterAccount, givenSellerAccount, strongPassword } from '../../test-support/marketplace.js';

describe.each(databaseKinds)('opening a master account on %s', (kind) => {
  let server: TestServer;
  let seller: GivenWorkspace;
  let n = 0;
  const address = () => `mia-${kind}-${n++}@example.com`;
  const registrations = async () => Number((await server.deps.db('master_link_requests').count({ n: '*' }))[0]!.n);
  const masters = async () => Number((await server.deps.db('workspaces').where({ kind: 'master' }).count({ n: '*' }))[0]!.n);

  beforeAll(async () => {
    server = await startTestServer(kind);
    seller = await givenSellerAccount(server);
  });
  afterAll(() => server.close());

  it('asks for email and name and one seller account’s sign-in, mails the master account’s address, and opens it once the password is set', async () => {
    const email = address();
    expect(await server.caller().master.register({ email, name: 'Mia Seller', nickname: seller.handle, password: 'correct horse battery' })).toEqual({ sentTo: email });
    // Nothing exists until the link is followed.
    expect(await server.deps.db('identities').whereRaw('lower(email) = ?', [email])).toEqual([]);
    const token = await mailedLinkToken(server, email, 'master-registration');
    const described = await server.caller().master.describeRegistration({ token });
    expect(described).toMatchObject({ email, name: 'Mia Seller', account: { handle: seller.handle } });
    expect(described.passwordRules.map((r) => r.kind)).toEqual(['length', 'upper-case', 'lower-case', 'digit', 'special']);

    const completed = await server.caller().master.completeRegistration({ token, password: strongPassword });
    expect(completed.account).toBe(seller.handle);
    if (completed.signIn.secondFactorRequired) throw new Error('no second factor expected');
    const owner = server.caller(completed.signIn.token);
    const view = await owner.master.view({ workspace: completed.master });
    expect(view).toMatchObject({ owner: true, areas: ['dashboard', 'accounts', 'tickets', 'transactions', 'reports', 'users'], accounts: [{ handle: seller.handle }] });
    // The master account signs in with its email and the password just set.
    expect((await server.caller().identity.signIn({ email, password: strongPassword })).secondFactorRequired).toBe(false);
    // The link works once.
    expect(await refusal(server.caller().master.completeRegistration({ token, password: strongPassword }))).toMatchObject({ appCode: 'MASTER_LINK_INVALID' });
  });

  it('refuses a password that misses the policy’s rules, names each one, and keeps the link usable', async () => {
    const other = await givenSellerAccount(server);
    const email = address();
    await server.caller().master.register({ email, name: 'Mia Seller', nickname: other.handle, password: 'correct horse battery' });
    const token = await mailedLinkToken(server, email, 'master-registration');
    const before = await masters();
    const refused = await refusal(server.caller().master.completeRegistration({ token, password: 'onlylowercase-but-long' }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', appCode: 'PASSWORD_POLICY' });
    const error = await server
      .caller()
      .master.completeRegistration({ token, password: 'onlylowercase-but-long' })
      .catch((e: { details?: unknown }) => e);
    expect((error as { details?: { unmet: Array<{ kind: string }> } }).details?.unmet.map((r) => r.kind)).toEqual(['upper-case', 'digit']);
    expect(await masters()).toBe(before);
    await server.caller().master.completeRegistration({ token, password: strongPassword });
    expect(await masters()).toBe(before + 1);
  });

  it('answers a wrong nickname and a wrong password alike, mails nothing, and counts the guesses as sign-ins do', async () => {
    const email = address();
    const wrongNickname = await refusal(server.caller().master.register({ email, name: 'Mia', nickname: 'no-such-seller', password: 'correct horse battery' }));
    const wrongPassword = await refusal(server.caller().master.register({ email, name: 'Mia', nickname: seller.handle, password: 'wrong horse battery' }));
    expect(wrongNickname).toEqual(wrongPassword);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'SELLER_SIGN_IN_WRONG' });
    const studio = await signedUpIdentity(server, { email: address(), password: 'correct horse battery' });
    await server.caller(studio.token).workspaces.create({ handle: `studio-${kind}-${n++}`, name: 'A studio' });
    const notSeller = await refusal(server.caller().master.register({ email, name: 'Mia', nickname: `studio-${kind}-${n - 1}`, password: 'correct horse battery' }));
    expect(notSeller).toEqual(wrongPassword);
    expect(await server.deps.db('outbox').where({ to_address: email })).toEqual([]);

    // Guessing the account's password here and at sign-in share one counter.
    const target = await givenSellerAccount(server);
    const source = '192.0.2.99';
    const guesses: string[] = [];
    for (let i = 0; i < 8; i++) {
      const through =
        i % 2
          ? server.caller(null, source).identity.signIn({ email: target.ownerEmail, password: `guess ${i} xxxx` })
          : server.caller(null, source).master.register({ email: `guesser-${i}@example.com`, name: 'Mia', nickname: target.handle, password: `guess ${i} xxxx` });
      guesses.push((await refusal(through)).appCode ?? '');
    }
    // Five free wrong guesses between one source and one account, whichever way they came; the sixth waits.
    expect(guesses.slice(0, 5).every((code) => code === 'SELLER_SIGN_IN_WRONG' || code === 'WRONG_CREDENTIALS')).toBe(true);
    expect(guesses[5]).toBe('SIGN_IN_THROTTLED');
  });

  it('asks for the owner’s authenticator code when the seller account’s owner has a second factor', async () => {
    const guarded = await givenSellerAccount(server);
    const { secret } = await enrolSecondFactor(server, guarded.ownerToken, 'correct horse battery');
    const email = address();
    const proof = { email, name: 'Mia', nickname: guarded.handle, password: 'correct horse battery' };
    expect(await refusal(server.caller().master.register(proof))).toMatchObject({ code: 'BAD_REQUEST', appCode: 'SELLER_SECOND_FACTOR_REQUIRED' });
    expect(await refusal(server.caller().master.register({ ...proof, code: '000000' }))).toMatchObject({ appCode: 'WRONG_SECOND_FACTOR_CODE' });
    await server.caller().master.register({ ...proof, code: codeFor(server, secret) });
    expect(await mailedLinkToken(server, email, 'master-registration')).toBeTruthy();
  });

  it('refuses an account already linked to a master account, and an expired link, changing nothing', async () => {
    const taken = await givenSellerAccount(server);
    await givenMasterAccount(server, taken);
    const before = await registrations();
    expect(await refusal(server.caller().master.register({ email: address(), name: 'Mia', nickname: taken.handle, password: 'correct horse battery' }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'ACCOUNT_ALREADY_LINKED',
    });
    expect(await registrations()).toBe(before);

    const late = await givenSellerAccount(server);
    const email = address();
    await server.caller().master.register({ email, name: 'Mia', nickname: late.handle, password: 'correct horse battery' });
    const token = await mailedLinkToken(server, email, 'master-registration');
    server.clock.advance(2 * 24 * 60 * 60_000);
    expect(await refusal(server.caller().master.describeRegistration({ token }))).toMatchObject({ appCode: 'MASTER_LINK_EXPIRED' });
    const count = await masters();
    expect(await refusal(server.caller().master.completeRegistration({ token, password: strongPassword }))).toMatchObject({ appCode: 'MASTER_LINK_EXPIRED' });
    expect(await masters()).toBe(count);
  });
});
