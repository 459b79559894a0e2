import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace } from '../test-support/builders.js';
import { startSmtp } from '../test-support/smtp.js';
import { createSmtpMailer } from './smtp-mailer.js';

describe.each(databaseKinds)('sending access codes through SMTP on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer(kind, {
      mailer: (deps) => createSmtpMailer(deps, { url: smtp.url, from: 'Studio <studio@example.com>' }),
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('delivers the code to the access’s email and keeps a record marked as sent', async () => {
    const ws = await givenWorkspace(server);
    smtp.received.splice(0); // the owner's own sign-up confirmation
    const gallery = await ws.gallery('Wedding');
    const { access, code } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', code: 'anna-smtp-2026', email: 'anna@example.com', galleryIds: [gallery] });
    const result = await ws.owner.accesses.send({ workspace: ws.handle, accessId: access.id, code });
    expect(result).toEqual({ sentTo: 'anna@example.com', transport: 'smtp' });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('studio@example.com');
    expect(mail!.to).toEqual(['anna@example.com']);
    expect(mail!.raw).toContain('anna-smtp-2026');
    expect(mail!.raw).toMatch(/Subject: Your galleries at Studio/);
    const [record] = await ws.owner.outbox.list({ workspace: ws.handle });
    expect(record).toMatchObject({ to: 'anna@example.com', transport: 'smtp' });
    expect(record!.sentAt).not.toBeNull();
  });
});
