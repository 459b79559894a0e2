import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('codes the owner can read again, in the photographer’s own language, on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  const create = (code?: string, name = 'Familie Müller') => ws.owner.accesses.create({ workspace: ws.handle, name, ...(code ? { code } : {}) });
  const reveal = (accessId: string, caller = ws.owner) => caller.accesses.revealCode({ workspace: ws.handle, accessId });
  const signIn = (code: string) => server.caller().client.signIn({ workspace: ws.handle, code });
  const rowOf = (id: string) => server.deps.db('client_accesses').where({ id }).first();

  it('shows an access’s code again at any time, and the new one after a rotation', async () => {
    const { access, code } = await create();
    expect(access.codeReadable).toBe(true);
    expect(await reveal(access.id)).toMatchObject({ code, access: { id: access.id } });
    const rotated = await ws.owner.accesses.rotateCode({ workspace: ws.handle, accessId: access.id, code: 'Bryllup-Øye' });
    expect(rotated.code).toBe('bryllup-øye');
    expect((await reveal(access.id)).code).toBe('bryllup-øye');
    expect((await signIn('BRYLLUP-ØYE')).accessName).toBe('Familie Müller');
  });

  it('accepts codes in the photographer’s language, compared without regard to case, composition or repeated spaces', async () => {
    const { code } = await create('Müller-Hochzeit-2026', 'Müller');
    expect(code).toBe('müller-hochzeit-2026');
    // "ü" typed as u and a combining diaeresis is the same letter; full-width digits are digits.
    expect((await signIn('MU\u0308LLER-HOCHZEIT-２０２６')).accessName).toBe('Müller');
    const spaced = await create('Esküvő  2026', 'Kovács');
    expect(spaced.code).toBe('esküvő 2026');
    expect((await signIn(' ESKÜVŐ 2026 ')).accessName).toBe('Kovács');
    expect(spaced.access.codeHint).toBe('2026');
    const taken = await refusal(create('ESKÜVŐ 2026', 'Copy'));
    expect(taken.appCode).toBe('CODE_TAKEN');
  });

  it('refuses codes that are too short or hold marks other than single hyphens and spaces, naming the problem', async () => {
    for (const bad of ['ab-c', 'müller--hochzeit', 'müller_hochzeit', 'hochzeit 🎉 2026', '-müller-hochzeit', 'müller hochzeit-']) {
      const error = await refusal(create(bad, 'Bad'));
      expect(error.appCode, bad).toBe('INVALID_INPUT');
      expect(error.message, bad).toMatch(/code/);
    }
    expect(await server.deps.db('client_accesses').where({ workspace_id: ws.id, name: 'Bad' }).first()).toBeUndefined();
  });

  it('lets whoever may send codes read them, and nobody else, and records who did', async () => {
    const { access, code } = await create(undefined, 'Who reads');
    expect((await reveal(access.id)).code).toBe(code);
    const assistant = await ws.member('assistant');
    expect((await reveal(access.id, assistant.caller)).code).toBe(code);
    const viewer = await ws.member('viewer');
    expect((await refusal(reveal(access.id, viewer.caller))).code).toBe('FORBIDDEN');
    const other = await givenWorkspace(server);
    expect((await refusal(other.owner.accesses.revealCode({ workspace: other.handle, accessId: access.id }))).appCode).toBe('ACCESS_NOT_FOUND');
    const logged = (await server.deps.db('audit_log').where({ workspace_id: ws.id, action: 'accesses.revealCode' }).orderBy('at')).filter((r) =>
      JSON.stringify(r.subject_ids).includes(access.id),
    );
    const owner = await server.deps.db('identities').where({ email: ws.ownerEmail }).first('id');
    expect(logged.map((r) => r.actor_identity_id)).toEqual([owner.id, assistant.identityId]);
    expect(JSON.stringify(logged)).not.toContain(code);
  });

  it('keeps the code sealed: the row holds no readable code, and a sealed code moved to another access opens nowhere', async () => {
    const a = await create('sealed-studio-code', 'Sealed A');
    const b = await create('other-studio-code', 'Sealed B');
    const row = await rowOf(a.access.id);
    const sealed = Buffer.from(row.code_sealed);
    expect(sealed.length).toBeGreaterThan(28);
    expect(sealed.includes(Buffer.from('sealed-studio-code'))).toBe(false);
    expect(JSON.stringify(row)).not.toContain('sealed-studio');
    await server.deps.db('client_accesses').where({ id: b.access.id }).update({ code_sealed: sealed });
    expect((await refusal(reveal(b.access.id))).appCode).toBe('CODE_NOT_KEPT');
  });

  it('says a code set before codes were kept cannot be shown, and rotating gives one that can', async () => {
    const { access, code } = await create('kept-before-2025', 'Old access');
    await server.deps.db('client_accesses').where({ id: access.id }).update({ code_sealed: null });
    const listed = (await ws.owner.accesses.list({ workspace: ws.handle })).find((a) => a.id === access.id)!;
    expect(listed.codeReadable).toBe(false);
    expect((await refusal(reveal(access.id))).appCode).toBe('CODE_NOT_KEPT');
    // The old code still opens the galleries: only showing it is not possible.
    expect((await signIn(code)).accessName).toBe('Old access');
    const rotated = await ws.owner.accesses.rotateCode({ workspace: ws.handle, accessId: access.id });
    expect(rotated.access.codeReadable).toBe(true);
    expect((await reveal(access.id)).code).toBe(rotated.code);
  });
});
