import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, type GivenWorkspace } from '../test-support/builders.js';
import { createOutboxMailer } from './outbox-mailer.js';
import { outboxAttachment, outboxMessages } from './outbox-messages.js';

/** Every column of the outbox rows to an address, as a copy of the database would show them. */
async function rawRows(server: TestServer, to: string): Promise<string> {
  const rows = await server.deps.db('outbox').select('*').where({ to_address: to });
  expect(rows.length).toBeGreaterThan(0);
  return JSON.stringify(rows, (_key, value) => (value?.type === 'Buffer' ? Buffer.from(value.data).toString('latin1') : value));
}

describe.each(databaseKinds)('the outbox keeps message text sealed on %s', (kind) => {
  let server: TestServer;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    ws = await givenWorkspace(server);
  });
  afterAll(() => server.close());

  it('keeps no access code in plain text, while the owner still reads the message with it', async () => {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Carla', code: 'sealed-code-2026', email: 'carla.sealed@example.com' });
    await ws.owner.accesses.send({ workspace: ws.handle, accessId: access.id, code });
    expect(await rawRows(server, 'carla.sealed@example.com')).not.toContain(code);
    const [message] = await ws.owner.outbox.list({ workspace: ws.handle });
    expect(message).toMatchObject({ to: 'carla.sealed@example.com', transport: 'outbox' });
    expect(message!.body).toContain(code);
  });

  it('keeps no one-time link in plain text, and hands it to whoever reads the mail', async () => {
    const to = `invited-${randomBytes(3).toString('hex')}@example.com`;
    await ws.owner.members.invite({ workspace: ws.handle, email: to, role: { template: 'assistant' } });
    const token = await mailedLinkToken(server, to, 'invitation');
    expect(await rawRows(server, to)).not.toContain(token);
    const described = await server.caller().invitations.describe({ token });
    expect(described.email).toBe(to);
  });

  it('keeps a message’s attachments with it, sealed, and hands their bytes to whoever delivers the outbox', async () => {
    const to = `attached-${randomBytes(3).toString('hex')}@example.com`;
    const pdf = Buffer.from('%PDF-1.7 receipt of Győző Fűzfa, gyozo@example.com');
    const notes = Buffer.from('second file');
    await createOutboxMailer(server.deps).send({
      workspaceId: ws.id,
      to,
      subject: 'Your receipt',
      body: 'Attached.',
      attachments: [
        { filename: 'receipt-7KQ2M9XD.pdf', contentType: 'application/pdf', content: pdf },
        { filename: 'notes.txt', contentType: 'text/plain', content: notes },
      ],
    });
    const [message] = await outboxMessages(server.deps, { to });
    expect(message!.attachments).toEqual([
      { filename: 'receipt-7KQ2M9XD.pdf', contentType: 'application/pdf', size: pdf.length },
      { filename: 'notes.txt', contentType: 'text/plain', size: notes.length },
    ]);
    expect((await outboxAttachment(server.deps, message!.id, 0))?.content.equals(pdf)).toBe(true);
    expect((await outboxAttachment(server.deps, message!.id, 1))?.content.toString()).toBe('second file');
    expect(await outboxAttachment(server.deps, message!.id, 2)).toBeUndefined();
    // Sealed in the database; unreadable under another instance secret, never other bytes.
    const raw = JSON.stringify(await server.deps.db('outbox_attachments').where({ outbox_id: message!.id }), (_key, value) =>
      value?.type === 'Buffer' ? Buffer.from(value.data).toString('latin1') : value,
    );
    expect(raw).not.toContain('gyozo@example.com');
    expect(await outboxAttachment({ db: server.deps.db, secret: randomBytes(32) }, message!.id, 0)).toBeUndefined();
    // A message without attachments lists none.
    const [plain] = await outboxMessages(server.deps, { to: 'carla.sealed@example.com' });
    expect(plain!.attachments).toEqual([]);
  });

  it('reads text sealed under another instance secret as missing, never as other text', async () => {
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Dora', code: 'other-secret-1', email: 'dora.sealed@example.com' });
    await ws.owner.accesses.send({ workspace: ws.handle, accessId: access.id, code });
    const [mine] = await outboxMessages(server.deps, { to: 'DORA.sealed@example.com' });
    expect(mine?.body).toContain(code);
    const [elsewhere] = await outboxMessages({ db: server.deps.db, secret: randomBytes(32) }, { to: 'dora.sealed@example.com' });
    expect(elsewhere).toMatchObject({ to: 'dora.sealed@example.com', subject: mine!.subject, body: null });
  });
});
