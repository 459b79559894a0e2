import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../test-support/builders.js';
import { listen } from '../test-support/http.js';
import { appCodeOf, trpcHttp, type HttpAnswer } from '../test-support/trpc-http.js';
import { enrolSecondFactor } from '../test-support/second-factor.js';

/**
 * An attacker sends many guesses at once, through two server instances on one database, so
 * that no check-then-count can keep up: every guess is counted before it is evaluated, and
 * no more guesses are evaluated than the limit allows. "Evaluated" is every answer but a
 * throttle's 429: a wrong answer, or a right one.
 */
describe.each(databaseKinds)('parallel guessing over HTTP on %s', (kind) => {
  let server: TestServer;
  let instances: Array<{ base: string; close(): Promise<void> }>;
  let ws: GivenWorkspace;
  /** All the guesses come from one source: the pair's free guesses are all that may be evaluated. */
  let limits: { password: number; accessCode: number; galleryPassword: number; secondFactor: number };
  const password = 'correct horse battery';

  beforeAll(async () => {
    server = await startTestServer(kind);
    instances = [await listen(server), await listen({ deps: server.anotherInstance() })];
    ws = await givenWorkspace(server);
    const free = (kind: keyof TestServer['deps']['config']['guessing']) => server.deps.config.guessing[kind].pair.free;
    limits = { password: free('password'), accessCode: free('access-code'), galleryPassword: free('gallery-password'), secondFactor: free('second-factor') };
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await server.close();
  });

  /** Sends the guesses all at once, alternating between the two instances. */
  function allAtOnce(count: number, send: (base: string, i: number) => Promise<HttpAnswer>): Promise<HttpAnswer[]> {
    return Promise.all(Array.from({ length: count }, (_, i) => send(instances[i % 2]!.base, i)));
  }
  const evaluated = (answers: HttpAnswer[]) => answers.filter((a) => a.status !== 429);

  it('evaluates no more sign-ins for one email than the limit, of 150 sent at once with the right password among them', async () => {
    const answers = await allAtOnce(150, (base, i) => trpcHttp(base, 'mutation', 'identity.signIn', { email: ws.ownerEmail, password: i === 149 ? password : `wrong guess ${i}` }));
    expect(evaluated(answers).length).toBeLessThanOrEqual(limits.password);
    expect(evaluated(answers).length).toBeGreaterThan(0);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.every((a) => appCodeOf(a) === 'SIGN_IN_THROTTLED')).toBe(true);
    // Each refusal says how long to wait, in the header a client or proxy reads.
    expect(refused.every((a) => Number(a.headers.get('retry-after')) >= 1)).toBe(true);
  });

  it('evaluates no more access codes than the limit, of 200 wrong ones sent at once', async () => {
    const answers = await allAtOnce(200, (base, i) => trpcHttp(base, 'mutation', 'client.signIn', { workspace: ws.handle, code: `guess-code-${i}` }));
    expect(evaluated(answers).length).toBeLessThanOrEqual(limits.accessCode);
    expect(evaluated(answers).length).toBeGreaterThan(0);
    expect(evaluated(answers).every((a) => appCodeOf(a) === 'INVALID_CODE')).toBe(true);
  });

  it('evaluates no more gallery passwords than the limit, of 100 wrong ones sent at once', async () => {
    const galleryId = await ws.gallery('Private', { password: 'private gallery pw' });
    const answers = await allAtOnce(100, (base, i) => trpcHttp(base, 'mutation', 'publicGallery.unlock', { workspace: ws.handle, galleryId, password: `guess ${i}` }));
    expect(evaluated(answers).length).toBeLessThanOrEqual(limits.galleryPassword);
  });

  it('evaluates no more second-factor codes than the limit, of 60 wrong ones sent at once', async () => {
    const person = await ws.member('viewer');
    await enrolSecondFactor(server, person.token, password);
    const email = (await server.deps.db('identities').select('email').where({ id: person.identityId }).first()).email;
    const first = await trpcHttp(instances[0]!.base, 'mutation', 'identity.signIn', { email, password });
    const challenge = first.body.result.data.challenge as string;
    const answers = await allAtOnce(60, (base, i) => trpcHttp(base, 'mutation', 'identity.signInSecondFactor', { challenge, code: String(100000 + i) }));
    expect(evaluated(answers).length).toBeLessThanOrEqual(limits.secondFactor);
  });
});
