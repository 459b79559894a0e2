import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { refusal } from '../../test-support/builders.js';
import { codeFor } from '../../test-support/second-factor.js';
import { seedAgencyDemo, type DemoAgencyFacts } from './demo-agency.js';

describe.each(databaseKinds)('the agency demo seed on %s', (kind) => {
  let server: TestServer;
  let facts: DemoAgencyFacts;
  beforeAll(async () => {
    server = await startTestServer(kind);
    facts = await seedAgencyDemo(server.deps);
  });
  afterAll(() => server.close());

  async function agencySignIn(proof: { code: string } | { recoveryCode: string }) {
    const first = await server.caller().identity.signIn({ email: facts.agency.email, password: facts.agency.password });
    if (!first.secondFactorRequired) throw new Error('the demo agency should have a second factor');
    return server.caller().identity.signInSecondFactor({ challenge: first.challenge, ...proof });
  }

  it('lets a visitor sign in as the agency with the printed password and a code from the printed secret', async () => {
    const { token } = await agencySignIn({ code: codeFor(server, facts.agency.secret) });
    server.clock.advance(30_000);
    const accounts = await server.caller(token).identity.accounts();
    expect(accounts.map((a) => [a.workspace, a.kind, a.roleName, a.usable])).toEqual([
      ['kaffee-kontor', 'agency', 'Copywriter', true],
      ['nordlicht-newsletter', 'agency', 'Administrator', true],
    ]);
    // The administrator grant opens the workspace's settings; the copywriter's does not.
    expect((await server.caller(token).workspaces.settings({ workspace: 'nordlicht-newsletter' })).template).toBe('email-marketing');
    expect((await refusal(server.caller(token).workspaces.settings({ workspace: 'kaffee-kontor' }))).appCode).toBe('FORBIDDEN');
  });

  it('prints recovery codes that each work once', async () => {
    const [code] = facts.agency.recoveryCodes;
    expect((await agencySignIn({ recoveryCode: code! })).token).toBeTruthy();
    expect((await refusal(agencySignIn({ recoveryCode: code! }))).appCode).toBe('WRONG_SECOND_FACTOR_CODE');
  });

  it('shows the owners their plan’s agency feature and the agencies they granted, the one without a second factor marked', async () => {
    const [nordlicht] = facts.workspaces;
    const signedIn = await server.caller().identity.signIn({ email: nordlicht!.owner.email, password: nordlicht!.owner.password });
    if (signedIn.secondFactorRequired) throw new Error('the demo owner has no second factor');
    const owner = server.caller(signedIn.token);
    expect(await owner.workspaces.features({ workspace: nordlicht!.handle })).toEqual({ agency: true });
    const grants = await owner.agencyGrants.list({ workspace: nordlicht!.handle });
    expect(grants.map((g) => [g.email, g.role.name, g.secondFactorOn])).toEqual([
      [facts.agencyWithoutSecondFactor.email, 'Customer support', false],
      [facts.agency.email, 'Administrator', true],
    ]);

    const slow = await server.caller().identity.signIn({ email: facts.agencyWithoutSecondFactor.email, password: facts.agencyWithoutSecondFactor.password });
    if (slow.secondFactorRequired) throw new Error('this demo agency has no second factor');
    expect(await server.caller(slow.token).identity.accounts()).toEqual([expect.objectContaining({ workspace: nordlicht!.handle, usable: false, reason: 'SECOND_FACTOR_NOT_SET_UP' })]);
  });

  it('seeds once: running it again changes no grant and keeps used recovery codes used', async () => {
    const before = await server.deps.db('memberships').select('workspace_id', 'identity_id', 'kind', 'role_key').orderBy(['workspace_id', 'identity_id']);
    const codesBefore = await server.deps.db('recovery_codes').select('code_hash', 'used_at').orderBy('code_hash');
    expect(await seedAgencyDemo(server.deps)).toEqual(facts);
    expect(await server.deps.db('memberships').select('workspace_id', 'identity_id', 'kind', 'role_key').orderBy(['workspace_id', 'identity_id'])).toEqual(before);
    expect(await server.deps.db('recovery_codes').select('code_hash', 'used_at').orderBy('code_hash')).toEqual(codesBefore);
  });
});
