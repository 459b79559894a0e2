import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { refusal } from '../test-support/builders.js';
import { createOwner } from './create-owner.js';

describe.each(databaseKinds)('foyer create-owner on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { config: { signUp: 'invite-only' } });
  });
  afterAll(() => server.close());

  it('makes the first owner and workspace of a server whose sign-up is closed; the owner signs in themselves', async () => {
    expect((await refusal(server.caller().identity.signUp({ email: 'first@example.com', password: 'first owner password' }))).appCode).toBe('SIGN_UP_CLOSED');
    await createOwner(server.deps, { email: 'First@Example.com', password: 'first owner password', name: 'First', workspace: { handle: 'first-studio', name: 'First Studio' } });
    expect(await server.deps.db('sessions')).toEqual([]);
    const signedIn = await server.caller().identity.signIn({ email: 'first@example.com', password: 'first owner password' });
    if (signedIn.secondFactorRequired) throw new Error('expected a session');
    expect((await server.caller(signedIn.token).identity.me()).memberships).toEqual([{ workspace: 'first-studio', name: 'First Studio', role: 'owner' }]);
  });

  it('refuses, creating nothing, a short password, a taken address or a taken handle', async () => {
    const count = async () => Number((await server.deps.db('identities').count({ n: '*' }))[0]!.n);
    const before = await count();
    await expect(createOwner(server.deps, { email: 'second@example.com', password: 'short', workspace: { handle: 'second-studio', name: 'Second' } })).rejects.toThrow(
      /at least 10 characters/,
    );
    await expect(createOwner(server.deps, { email: 'first@example.com', password: 'another password 1', workspace: { handle: 'second-studio', name: 'Second' } })).rejects.toThrow(
      /already has an account/,
    );
    await expect(createOwner(server.deps, { email: 'second@example.com', password: 'another password 1', workspace: { handle: 'first-studio', name: 'Second' } })).rejects.toThrow(
      /is taken/,
    );
    expect(await count()).toBe(before);
  });
});
