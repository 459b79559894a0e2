import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedCodeBits } from '../../security/access-codes.js';
import { DAY } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, refusal, type GivenWorkspace } from '../../test-support/builders.js';

describe.each(databaseKinds)('client accesses on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;
  let wedding: string;
  let ceremony: string;
  let reception: string;
  let portfolio: string;
  let landscapes: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
    wedding = await ws.gallery('Müller wedding', { allowNavigation: true });
    ceremony = await ws.gallery('Ceremony', { parentId: wedding });
    reception = await ws.gallery('Reception', { parentId: wedding, password: 'reception-pw' });
    portfolio = await ws.gallery('Portfolio', { allowNavigation: false });
    landscapes = await ws.gallery('Landscapes', { parentId: portfolio });
  });
  afterAll(() => server.close());

  const create = (input: Partial<Parameters<GivenWorkspace['owner']['accesses']['create']>[0]> = {}) => ws.owner.accesses.create({ workspace: ws.handle, name: 'Familie Müller', ...input });

  it('creates an access with a chosen code, keeping only a keyed hash and a hint of it', async () => {
    const { access, code } = await create({ code: 'Mueller-Wedding-2026', email: 'anna@example.com', note: 'Pays late', galleryIds: [wedding] });
    expect(code).toBe('mueller-wedding-2026');
    expect(access).toMatchObject({ name: 'Familie Müller', status: 'active', codeHint: '2026', galleryCount: 1, useCount: 0, lastUsedAt: null, note: 'Pays late' });
    const row = await server.deps.db('client_accesses').where({ id: access.id }).first();
    expect(JSON.stringify(row)).not.toContain('mueller-wedding');
  });

  it('allows downloads only where the owner turns them on, on creating or later, and off again', async () => {
    const plain = await create({ name: 'No downloads' });
    expect(plain.access.downloads).toBe(false);
    const allowed = await create({ name: 'Downloads', downloads: true });
    expect(allowed.access.downloads).toBe(true);
    expect((await ws.owner.accesses.update({ workspace: ws.handle, accessId: plain.access.id, downloads: true })).downloads).toBe(true);
    expect((await ws.owner.accesses.update({ workspace: ws.handle, accessId: allowed.access.id, name: 'Renamed' })).downloads).toBe(true);
    expect((await ws.owner.accesses.update({ workspace: ws.handle, accessId: allowed.access.id, downloads: false })).downloads).toBe(false);
    const listed = await ws.owner.accesses.list({ workspace: ws.handle });
    expect(listed.find((a) => a.id === plain.access.id)?.downloads).toBe(true);
  });

  it('generates a readable code of at least 64 bits when none is chosen', async () => {
    const { code } = await create({ name: 'Generated' });
    expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(generatedCodeBits).toBeGreaterThanOrEqual(64);
    const signedIn = await server.caller().client.signIn({ workspace: ws.handle, code: code.toUpperCase() });
    expect(signedIn.accessName).toBe('Generated');
  });

  it('refuses a code another access of the workspace uses, whatever its case, and changes nothing', async () => {
    await create({ code: 'taken-code-1' });
    const before = await server.deps.db('client_accesses').count({ n: '*' }).first();
    const error = await refusal(create({ name: 'Copy', code: 'TAKEN-code-1' }));
    expect(error.appCode).toBe('CODE_TAKEN');
    expect(await server.deps.db('client_accesses').count({ n: '*' }).first()).toEqual(before);
  });

  it('lets two workspaces use the same code independently', async () => {
    const other = await givenWorkspace(server);
    await other.owner.accesses.create({ workspace: other.handle, name: 'Same code', code: 'shared-code-1' });
    await create({ name: 'Same code here', code: 'shared-code-1' });
    expect((await server.caller().client.signIn({ workspace: other.handle, code: 'shared-code-1' })).accessName).toBe('Same code');
    expect((await server.caller().client.signIn({ workspace: ws.handle, code: 'shared-code-1' })).accessName).toBe('Same code here');
  });

  it('shows which galleries an access opens and why', async () => {
    const { access } = await create({ code: 'reach-code-1', galleryIds: [ceremony, landscapes] });
    const detail = await ws.owner.accesses.get({ workspace: ws.handle, accessId: access.id });
    const byTitle = Object.fromEntries(detail.reach.map((r) => [r.title, r]));
    expect(Object.keys(byTitle).sort()).toEqual(['Ceremony', 'Landscapes', 'Müller wedding', 'Reception']);
    expect(byTitle.Ceremony).toMatchObject({ reason: 'added', via: null, path: ['Müller wedding', 'Ceremony'] });
    expect(byTitle['Müller wedding']).toMatchObject({ reason: 'navigation', via: { galleryId: ceremony, title: 'Ceremony' } });
    expect(byTitle.Reception).toMatchObject({ reason: 'navigation', via: { galleryId: wedding } });
    expect(byTitle.Landscapes).toMatchObject({ reason: 'added' });

    await ws.owner.accesses.update({ workspace: ws.handle, accessId: access.id, scope: 'explicit' });
    const explicit = await ws.owner.accesses.get({ workspace: ws.handle, accessId: access.id });
    expect(explicit.reach.map((r) => r.title).sort()).toEqual(['Ceremony', 'Landscapes']);
  });

  it('adds and removes galleries at any time, refusing ids that are not galleries of the workspace', async () => {
    const { access } = await create({ code: 'add-remove-1' });
    await ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [portfolio, portfolio] });
    const other = await givenWorkspace(server);
    const foreign = await other.gallery('Foreign');
    const error = await refusal(ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [landscapes, foreign] }));
    expect(error.appCode).toBe('GALLERIES_NOT_FOUND');
    let detail = await ws.owner.accesses.get({ workspace: ws.handle, accessId: access.id });
    expect(detail.reach.map((r) => r.title)).toEqual(['Portfolio']);
    detail = await ws.owner.accesses.removeGalleries({ workspace: ws.handle, accessId: access.id, galleryIds: [portfolio] });
    expect(detail.reach).toEqual([]);
  });

  it('edits name, email, note, scope and expiry; clearing the email and note', async () => {
    const { access } = await create({ code: 'edit-me-1', email: 'x@example.com', note: 'n' });
    const expiresAt = new Date(server.clock.now().getTime() + 30 * DAY).toISOString();
    const updated = await ws.owner.accesses.update({ workspace: ws.handle, accessId: access.id, name: 'Renamed', email: null, note: null, scope: 'explicit', expiresAt });
    expect(updated).toMatchObject({ name: 'Renamed', email: null, note: null, scope: 'explicit', expiresAt });
  });

  it('disables an access: its code stops working and its clients are signed out at once; enabling restores it', async () => {
    const { access, code } = await create({ code: 'disable-me-1', galleryIds: [wedding] });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: access.id, disabled: true });
    expect((await refusal(server.caller(token).client.overview({ workspace: ws.handle }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(server.caller().client.signIn({ workspace: ws.handle, code }))).appCode).toBe('INVALID_CODE');
    const enabled = await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: access.id, disabled: false });
    expect(enabled.status).toBe('active');
    expect((await server.caller().client.signIn({ workspace: ws.handle, code })).accessName).toBe('Familie Müller');
  });

  it('expires an access at its expiry time, ending sessions that were open', async () => {
    const expiresAt = new Date(server.clock.now().getTime() + DAY).toISOString();
    const { access, code } = await create({ code: 'expire-me-1', galleryIds: [wedding], expiresAt });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    server.clock.advance(DAY);
    await ws.signInAgain();
    expect((await ws.owner.accesses.get({ workspace: ws.handle, accessId: access.id })).access.status).toBe('expired');
    expect((await refusal(server.caller().client.signIn({ workspace: ws.handle, code }))).appCode).toBe('INVALID_CODE');
    expect((await refusal(server.caller(token).client.overview({ workspace: ws.handle }))).code).toBe('UNAUTHORIZED');
  });

  it('rotates the code: the old one stops working, its sessions end, the new one works', async () => {
    const { access, code } = await create({ code: 'rotate-me-1', galleryIds: [wedding] });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    const rotated = await ws.owner.accesses.rotateCode({ workspace: ws.handle, accessId: access.id });
    expect(rotated.code).not.toBe(code);
    expect((await refusal(server.caller().client.signIn({ workspace: ws.handle, code }))).appCode).toBe('INVALID_CODE');
    expect((await refusal(server.caller(token).client.overview({ workspace: ws.handle }))).code).toBe('UNAUTHORIZED');
    expect((await server.caller().client.signIn({ workspace: ws.handle, code: rotated.code })).accessName).toBe('Familie Müller');
    expect((await refusal(ws.owner.accesses.rotateCode({ workspace: ws.handle, accessId: access.id, code: 'taken-code-1' }))).appCode).toBe('CODE_TAKEN');
  });

  it('deletes an access with its galleries list and sessions, leaving the galleries', async () => {
    const { access, code } = await create({ code: 'delete-me-1', galleryIds: [wedding] });
    const { token } = await server.caller().client.signIn({ workspace: ws.handle, code });
    await ws.owner.accesses.delete({ workspace: ws.handle, accessId: access.id });
    expect((await refusal(ws.owner.accesses.get({ workspace: ws.handle, accessId: access.id }))).appCode).toBe('ACCESS_NOT_FOUND');
    expect((await refusal(server.caller(token).client.overview({ workspace: ws.handle }))).code).toBe('UNAUTHORIZED');
    expect((await ws.owner.galleries.list({ workspace: ws.handle })).some((g) => g.id === wedding)).toBe(true);
  });

  it('counts uses and keeps the last use; a preview by the owner counts as neither', async () => {
    const { access, code } = await create({ code: 'count-me-1', galleryIds: [wedding] });
    server.clock.advance(1000);
    await server.caller().client.signIn({ workspace: ws.handle, code });
    const usedAt = server.clock.now().toISOString();
    await server.caller().client.signIn({ workspace: ws.handle, code });
    const preview = await ws.owner.accesses.preview({ workspace: ws.handle, accessId: access.id });
    const seen = await server.caller(preview.token).client.overview({ workspace: ws.handle });
    expect(seen.galleries.map((g) => g.title)).toEqual(['Müller wedding']);
    const after = (await ws.owner.accesses.get({ workspace: ws.handle, accessId: access.id })).access;
    expect(after.useCount).toBe(2);
    expect(after.lastUsedAt).toBe(usedAt);
  });

  it('composes a link and a prefilled mailto only for the current code', async () => {
    const { access, code } = await create({ code: 'mail-me-1', email: 'anna@example.com' });
    const invitation = await ws.owner.accesses.invitation({ workspace: ws.handle, accessId: access.id, code });
    expect(invitation.link).toContain('#code=mail-me-1');
    expect(invitation.body).toContain('mail-me-1');
    expect(invitation.mailto).toMatch(/^mailto:anna%40example\.com\?subject=.+&body=.+mail-me-1/);
    expect((await refusal(ws.owner.accesses.invitation({ workspace: ws.handle, accessId: access.id, code: 'not-the-code' }))).appCode).toBe('CODE_MISMATCH');
  });

  it('sends the code by email into the outbox when no SMTP is configured, and refuses an access without email', async () => {
    const { access, code } = await create({ code: 'send-me-1', email: 'berta@example.com' });
    const result = await ws.owner.accesses.send({ workspace: ws.handle, accessId: access.id, code });
    expect(result).toEqual({ sentTo: 'berta@example.com', transport: 'outbox' });
    const [message] = await ws.owner.outbox.list({ workspace: ws.handle });
    expect(message).toMatchObject({ to: 'berta@example.com', transport: 'outbox' });
    expect(message!.body).toContain('send-me-1');
    const silent = await create({ code: 'no-email-1' });
    expect((await refusal(ws.owner.accesses.send({ workspace: ws.handle, accessId: silent.access.id, code: silent.code }))).appCode).toBe('NO_EMAIL');
  });

  it('refuses a code that is too short or holds other characters, naming the problem', async () => {
    const short = await refusal(create({ code: 'abc' }));
    expect(short.code).toBe('BAD_REQUEST');
    expect(short.message).toContain('at least 6');
    const odd = await refusal(create({ code: 'no_underscores_here' }));
    expect(odd.message).toContain('letters, digits');
  });
});
