import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../mail/smtp-mailer.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace } from '../../test-support/builders.js';
import { tokenIn } from '../../test-support/contacts.js';
import { decodedText, startSmtp } from '../../test-support/smtp.js';

describe.each(databaseKinds)('sending activation requests through SMTP on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer(kind, {
      mailer: (deps) => createSmtpMailer(deps, { url: smtp.url, from: 'Print shop <shop@example.com>' }),
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('delivers the activation mail with a link that activates the contact, and sets the invitation flag', async () => {
    const ws = await givenWorkspace(server, undefined, { template: 'print-shop', activationUrl: 'https://shop.example/activate' });
    smtp.received.splice(0); // the owner's own sign-up confirmation
    const row = await ws.owner.contacts.create({ workspace: ws.handle, name: 'Kari Nordmann', email: 'kari@example.com' });
    const { results } = await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'server' });
    expect(results).toEqual([{ contactId: row.id, sent: true }]);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['kari@example.com']);
    expect(mail!.raw).toMatch(/Subject: Activate your account at Studio/);
    const text = decodedText(mail!.raw);
    expect(text).toContain('Hello Kari Nordmann,');
    expect(text).toContain('https://shop.example/activate#token=');

    expect((await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id })).invitationSent).toBe(true);
    const signedIn = await server.caller().activation.complete({ workspace: ws.handle, token: tokenIn(text), password: 'kari password 1', acceptTerms: true });
    expect((await server.caller(signedIn.token).contacts.me({ workspace: ws.handle })).status).toBe('active');
  });
});
