import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace, registeredAgency } from '../../test-support/builders.js';
import { enrolSecondFactor, signInWithCode } from '../../test-support/second-factor.js';
import { setFeature } from '../workspaces/features.js';

describe.each(databaseKinds)('the activity view on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let assistant: Awaited<ReturnType<GivenWorkspace['member']>>;
  let start: Date;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server, undefined, { template: 'email-marketing' });
    assistant = await ws.member('administrator', 'admin@example.com');
    start = server.clock.now();
    server.clock.advance(HOUR);
    await ws.owner.roles.create({ workspace: ws.handle, name: 'Writers', permissions: ['emails.create'] });
    server.clock.advance(HOUR);
    await assistant.caller.members.invite({ workspace: ws.handle, email: 'writer@example.com', role: { template: 'copywriter' } });
    server.clock.advance(HOUR);
    await ws.owner.roles.create({ workspace: ws.handle, name: 'Senders', permissions: ['emails.send'] });
  });
  afterAll(() => server.close());

  it('lists changes newest first: who, what, when, in which workspace', async () => {
    const { entries } = await ws.owner.activity.list({ workspace: ws.handle, from: new Date(start.getTime() + 1).toISOString() });
    expect(entries.map((e) => e.action)).toEqual(['roles.create', 'members.invite', 'roles.create']);
    expect(entries[1]).toMatchObject({
      actor: { email: 'admin@example.com', kind: 'member' },
      via: { agency: null, apiKey: null },
      workspace: ws.handle,
      details: { email: 'writer@example.com', role: 'Copywriter' },
    });
    expect(entries[0]!.actor).toMatchObject({ email: ws.ownerEmail, kind: 'owner', name: 'Owner' });
    expect(new Date(entries[0]!.at).getTime()).toBeGreaterThan(new Date(entries[1]!.at).getTime());
  });

  it('filters by actor, by action or area, and by period', async () => {
    const byAssistant = await ws.owner.activity.list({ workspace: ws.handle, actor: assistant.identityId });
    // Accepting its own invitation is the administrator's first entry.
    expect(byAssistant.entries.map((e) => e.action)).toEqual(['members.invite', 'invitations.accept']);
    const roles = await ws.owner.activity.list({ workspace: ws.handle, action: 'roles' });
    expect(roles.entries.map((e) => e.details?.name)).toEqual(['Senders', 'Writers']);
    const exact = await ws.owner.activity.list({ workspace: ws.handle, action: 'roles.create' });
    expect(exact.entries).toHaveLength(2);
    const window = await ws.owner.activity.list({
      workspace: ws.handle,
      from: new Date(start.getTime() + 2 * HOUR).toISOString(),
      to: new Date(start.getTime() + 3 * HOUR).toISOString(),
    });
    expect(window.entries.map((e) => e.action)).toEqual(['members.invite']);
  });

  it('pages with a cursor, never repeating or skipping an entry', async () => {
    const all = await ws.owner.activity.list({ workspace: ws.handle, limit: 200 });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await ws.owner.activity.list({ workspace: ws.handle, limit: 2, after });
      seen.push(...page.entries.map((e) => e.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(all.entries.map((e) => e.id));
    expect((await refusal(ws.owner.activity.list({ workspace: ws.handle, after: 'bm90LWEtY3Vyc29y' }))).appCode).toBe('INVALID_CURSOR');
  });

  it('names the agency an agency account acted for', async () => {
    await setFeature(server.deps, ws.handle, 'agency', true);
    const registered = await registeredAgency(server, { email: 'agency@example.com', password: 'agency password 2026', name: 'Blue Agency' });
    const { secret } = await enrolSecondFactor(server, registered.token, 'agency password 2026');
    const signedIn = await signInWithCode(server, 'agency@example.com', 'agency password 2026', secret);
    await ws.signInAgain();
    await ws.owner.agencyGrants.grant({ workspace: ws.handle, agencyEmail: 'agency@example.com', role: { template: 'administrator' } });
    await server.caller(signedIn.token).roles.create({ workspace: ws.handle, name: 'Made by the agency', permissions: ['emails.create'] });
    const { entries } = await ws.owner.activity.list({ workspace: ws.handle, actor: registered.identity.id });
    expect(entries[0]).toMatchObject({ action: 'roles.create', actor: { kind: 'agency', email: 'agency@example.com' }, via: { agency: 'Blue Agency', apiKey: null } });
  });

  it('is for the owner and holders of the activity permission only', async () => {
    const writer = await ws.member('copywriter');
    expect((await refusal(writer.caller.activity.list({ workspace: ws.handle }))).appCode).toBe('FORBIDDEN');
    await assistant.caller.activity.list({ workspace: ws.handle });
  });
});
