import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, DAY } from '../../security/clock.js';
import { hashToken } from '../../security/tokens.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, signedUpIdentity } from '../../test-support/builders.js';

describe.each(databaseKinds)('identities and sessions on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const password = 'correct horse battery';

  it('signs up, signs in with a new token each time, and stores neither password nor token in plain text', async () => {
    const email = 'Ada@Example.com';
    const signedUp = await signedUpIdentity(server, { email, password, name: 'Ada' });
    expect(signedUp.identity.email).toBe('ada@example.com');
    const first = await server.caller().identity.signIn({ email: 'ada@example.com', password });
    const second = await server.caller().identity.signIn({ email: 'ADA@example.com', password });
    expect(new Set([signedUp.token, first.token, second.token]).size).toBe(3);
    expect(Buffer.from(first.token, 'base64url').length).toBeGreaterThanOrEqual(32);

    const row = await server.deps.db('identities').select('password_hash').where({ email: 'ada@example.com' }).first();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await server.deps.db('sessions').select('token_hash');
    const stored = sessions.map((s: { token_hash: Buffer }) => Buffer.from(s.token_hash).toString('hex'));
    expect(stored).toContain(hashToken(first.token).toString('hex'));
    expect(JSON.stringify(stored)).not.toContain(first.token);
  });

  it('gives a wrong password and an unknown email the same answer', async () => {
    await signedUpIdentity(server, { email: 'cy@example.com', password });
    const wrong = await refusal(server.caller(null, '198.51.100.1').identity.signIn({ email: 'cy@example.com', password: 'wrong password!' }));
    const unknown = await refusal(server.caller(null, '198.51.100.1').identity.signIn({ email: 'nobody@example.com', password }));
    expect(wrong).toEqual(unknown);
    expect(wrong.appCode).toBe('WRONG_CREDENTIALS');
  });

  it('slows password guessing at one email from one source, and not the account from elsewhere', async () => {
    await signedUpIdentity(server, { email: 'di@example.com', password });
    const rule = server.deps.config.guessing.password.pair;
    for (let i = 0; i < rule.free; i++) {
      await refusal(server.caller(null, '192.0.2.1').identity.signIn({ email: 'di@example.com', password: 'wrong password!' }));
    }
    const throttled = await refusal(server.caller(null, '192.0.2.1').identity.signIn({ email: 'di@example.com', password }));
    expect(throttled.appCode).toBe('SIGN_IN_THROTTLED');
    expect((await server.caller(null, '192.0.2.201').identity.signIn({ email: 'di@example.com', password })).token).toBeTruthy();
    server.clock.advance(rule.firstDelayMs);
    expect((await server.caller(null, '192.0.2.1').identity.signIn({ email: 'di@example.com', password })).token).toBeTruthy();
  });

  it('ends a session at sign-out: its token no longer works', async () => {
    const { token } = await signedUpIdentity(server, { email: 'ed@example.com', password });
    expect((await server.caller(token).identity.me()).identity.email).toBe('ed@example.com');
    await server.caller(token).identity.signOut();
    expect((await refusal(server.caller(token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
  });

  it('ends an unused session after its idle lifetime, and any session after its absolute lifetime', async () => {
    const { idleMs, absoluteMs } = server.deps.config.sessions.identity;
    const idle = await signedUpIdentity(server, { email: 'fa@example.com', password });
    server.clock.advance(idleMs + 1000);
    expect((await refusal(server.caller(idle.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');

    const busy = await server.caller().identity.signIn({ email: 'fa@example.com', password });
    // Used every few hours, the session lives on until its absolute end, then stops.
    for (let elapsed = 0; elapsed + 4 * HOUR < absoluteMs; elapsed += 4 * HOUR) {
      server.clock.advance(4 * HOUR);
      await server.caller(busy.token).identity.me();
    }
    server.clock.advance(4 * HOUR);
    expect((await refusal(server.caller(busy.token).identity.me())).appCode).toBe('NOT_SIGNED_IN');
    expect(absoluteMs).toBeLessThanOrEqual(30 * DAY);
  });

  it('lets one identity belong to many workspaces, each call naming the one it acts in', async () => {
    const first = await givenWorkspace(server);
    const second = await givenWorkspace(server);
    // The owner of the first is made a member of the second too.
    await second.member('assistant', first.ownerEmail);
    const me = await first.owner.identity.me();
    expect(me.memberships.map((m) => [m.workspace, m.role]).sort()).toEqual(
      [
        [first.handle, 'owner'],
        [second.handle, 'member'],
      ].sort(),
    );
    // Same token, two workspaces in a row, no switching in between.
    const inFirst = await first.owner.galleries.create({ workspace: first.handle, title: 'First' });
    const inSecond = await first.owner.galleries.create({ workspace: second.handle, title: 'Second' });
    expect((await first.owner.galleries.list({ workspace: first.handle })).map((g) => g.id)).toEqual([inFirst.id]);
    expect((await first.owner.galleries.list({ workspace: second.handle })).map((g) => g.id)).toEqual([inSecond.id]);
  });

  it('refuses a workspace handle that is taken, and one that is malformed, naming the field', async () => {
    const taken = await givenWorkspace(server);
    const other = await signedUpIdentity(server, { email: 'gi@example.com', password });
    expect((await refusal(server.caller(other.token).workspaces.create({ handle: taken.handle, name: 'Copy' }))).appCode).toBe('HANDLE_TAKEN');
    const malformed = await refusal(server.caller(other.token).workspaces.create({ handle: 'Not a handle!', name: 'X' }));
    expect(malformed.code).toBe('BAD_REQUEST');
  });
});
