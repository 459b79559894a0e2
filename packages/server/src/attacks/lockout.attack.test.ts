import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../test-support/builders.js';
import { HOUR, MINUTE } from '../security/clock.js';

/**
 * Guessing slows the guesser and never locks the right person out: failures from other places
 * do not stop the right secret from a place that has not been failing. Each attacker here
 * comes from addresses of its own; the right person from one that never failed.
 */
describe.each(databaseKinds)('guessing cannot lock the right person out, on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  const password = 'correct horse battery';
  let n = 0;
  /** A new address each call: a distributed attacker. */
  const fresh = () => `198.18.${Math.floor(n / 250)}.${(n++ % 250) + 1}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  it('lets a new client in with the right code after 300 wrong codes from many places', async () => {
    const { code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', galleryIds: [] });
    for (let i = 0; i < 310; i++) {
      await refusal(server.caller(null, fresh()).client.signIn({ workspace: ws.handle, code: `wrong-code-${i}` }));
    }
    const client = await server.caller(null, '203.0.113.80').client.signIn({ workspace: ws.handle, code });
    expect(client.token).toBeTruthy();
  });

  it('lets the owner sign in after ten wrong passwords from anywhere', async () => {
    const owner = await givenWorkspace(server);
    for (let i = 0; i < 10; i++) {
      await refusal(server.caller(null, fresh()).identity.signIn({ email: owner.ownerEmail, password: `wrong password ${i}` }));
    }
    const signedIn = await server.caller(null, '203.0.113.81').identity.signIn({ email: owner.ownerEmail, password });
    expect(signedIn.secondFactorRequired).toBe(false);
  });

  it('slows an account past 100 wrong passwords to one try a minute from new places, while the owner signs in from a known one', async () => {
    const owner = await givenWorkspace(server);
    const home = '203.0.113.90';
    await server.caller(null, home).identity.signIn({ email: owner.ownerEmail, password });
    const attackers = Array.from({ length: 100 }, fresh);
    for (const [i, source] of attackers.entries()) {
      await refusal(server.caller(null, source).identity.signIn({ email: owner.ownerEmail, password: `wrong password ${i}` }));
    }
    // A place that has been failing waits the day out.
    expect((await refusal(server.caller(null, attackers[0]).identity.signIn({ email: owner.ownerEmail, password: 'another guess' }))).appCode).toBe('SIGN_IN_THROTTLED');
    // A new place is evaluated, once a minute for the account as a whole.
    server.clock.advance(MINUTE);
    expect((await refusal(server.caller(null, fresh()).identity.signIn({ email: owner.ownerEmail, password: 'a guess' }))).appCode).toBe('WRONG_CREDENTIALS');
    const paced = await refusal(server.caller(null, fresh()).identity.signIn({ email: owner.ownerEmail, password: 'a guess' }));
    expect(paced.appCode).toBe('SIGN_IN_THROTTLED');
    // The owner, from where they signed in before, is not slowed at all.
    expect((await server.caller(null, home).identity.signIn({ email: owner.ownerEmail, password })).secondFactorRequired).toBe(false);
    server.clock.advance(MINUTE);
    expect((await refusal(server.caller(null, fresh()).identity.signIn({ email: owner.ownerEmail, password: 'a guess' }))).appCode).toBe('WRONG_CREDENTIALS');
  });

  it('gives one place five free passwords and then waits that double, to at most 20 guesses an hour', async () => {
    const owner = await givenWorkspace(server);
    const attacker = fresh();
    const start = server.clock.now().getTime();
    let evaluated = 0;
    let refused = 0;
    // The attacker retries as soon as the answer's wait allows, for an hour.
    while (server.clock.now().getTime() - start < HOUR) {
      const answer = (await server
        .caller(null, attacker)
        .identity.signIn({ email: owner.ownerEmail, password: `guess ${evaluated}` })
        .catch((e: unknown) => e)) as {
        code?: string;
        details?: { retryAfterSeconds?: number };
      };
      if (answer.code === 'TOO_MANY_REQUESTS') {
        refused++;
        server.clock.advance((answer.details?.retryAfterSeconds ?? 1) * 1000);
      } else {
        evaluated++;
      }
    }
    expect(evaluated).toBeGreaterThanOrEqual(5);
    expect(evaluated).toBeLessThanOrEqual(20);
    expect(refused).toBeGreaterThan(0);
  });

  it('holds back only the places that have been failing once a workspace is past its code ceiling', async () => {
    const studio = await givenWorkspace(server);
    const { code } = await studio.owner.accesses.create({ workspace: studio.handle, name: 'Berg', galleryIds: [] });
    const attackers = Array.from({ length: 300 }, fresh);
    for (const [i, source] of attackers.entries()) {
      await refusal(server.caller(null, source).client.signIn({ workspace: studio.handle, code: `wrong-code-${i}` }));
    }
    // Even with the right code, a place that has been guessing is held back past the ceiling.
    expect((await refusal(server.caller(null, attackers[7]).client.signIn({ workspace: studio.handle, code }))).appCode).toBe('CODE_THROTTLED');
    // Every new place is heard: a guesser gets one wrong answer per new address…
    expect((await refusal(server.caller(null, fresh()).client.signIn({ workspace: studio.handle, code: 'yet-another-guess' }))).appCode).toBe('INVALID_CODE');
    // …and a wedding party of new clients all get in with their code.
    for (let i = 0; i < 5; i++) expect((await server.caller(null, fresh()).client.signIn({ workspace: studio.handle, code })).token).toBeTruthy();
  });
});
