import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../mail/smtp-mailer.js';
import { DAY, HOUR } from '../../security/clock.js';
import { databaseKinds, startTestServer, type TestServer } from '../../test-support/databases.js';
import { givenWorkspace, type GivenWorkspace } from '../../test-support/builders.js';
import { listen } from '../../test-support/http.js';
import { decodedText, startSmtp } from '../../test-support/smtp.js';
import { trpcHttp } from '../../test-support/trpc-http.js';
import { sendExpiryReminders } from './client-mail.js';

describe.each(databaseKinds)('the mail a client gets without the owner writing it, on %s', (kind) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  let ws: GivenWorkspace;
  let wedding: string;
  let reception: string;
  let party: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer(kind, { mailer: (deps) => createSmtpMailer(deps, { url: smtp.url, from: 'Studio <studio@example.com>' }) });
    ws = await givenWorkspace(server);
    wedding = await ws.gallery('Wedding');
    reception = await ws.gallery('Reception');
    party = await ws.gallery('After party');
  });
  beforeEach(() => void smtp.received.splice(0));
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  const access = async (extra: Record<string, unknown> = {}) =>
    (await ws.owner.accesses.create({ workspace: ws.handle, name: 'Anna', email: 'anna@example.com', galleryIds: [wedding], ...extra })).access;
  const add = (accessId: string, galleryIds: string[], notify?: boolean) => ws.owner.accesses.addGalleries({ workspace: ws.handle, accessId, galleryIds, notify });
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => decodedText(m.raw));

  it('tells the client of each gallery added when the access says always, naming it and never the code', async () => {
    const { id } = await access({ galleryMail: 'always', code: 'anna-always-2026' });
    const added = await add(id, [reception]);
    expect(added.told).toEqual({ sentTo: 'anna@example.com', transport: 'smtp' });
    expect(added.reach.map((r) => r.title)).toContain('Reception');
    const [mail] = mailsTo('anna@example.com');
    expect(mail).toMatch(/Subject: A new gallery from .+: Reception/);
    expect(mail).toContain('has added a gallery for you:');
    expect(mail).not.toContain('anna-always-2026');
    // Added again: nothing new, nothing sent.
    expect((await add(id, [reception])).told).toBeNull();
    expect(mailsTo('anna@example.com')).toHaveLength(1);
  });

  it('asks by default: tells only when the owner says so as they add, and names every new gallery', async () => {
    const { id, galleryMail } = await access();
    expect(galleryMail).toBe('ask');
    expect((await add(id, [reception])).told).toBeNull();
    expect(mailsTo('anna@example.com')).toEqual([]);
    const told = await add(id, [reception, party], true);
    expect(told.told?.sentTo).toBe('anna@example.com');
    const [mail] = mailsTo('anna@example.com');
    expect(mail).toContain('has added a gallery for you:');
    expect(mail).toContain('After party');
    expect(mail).not.toContain('    Reception');
  });

  it('never tells when the access says off, has no email, or is disabled', async () => {
    const off = await access({ galleryMail: 'off' });
    expect((await add(off.id, [reception], true)).told).toBeNull();
    const { access: silent } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'No mail', galleryMail: 'always', galleryIds: [wedding] });
    expect((await add(silent.id, [reception])).told).toBeNull();
    const disabled = await access({ galleryMail: 'always' });
    await ws.owner.accesses.setDisabled({ workspace: ws.handle, accessId: disabled.id, disabled: true });
    expect((await add(disabled.id, [party])).told).toBeNull();
    expect(smtp.received).toEqual([]);
  });

  it('reminds the client the chosen number of days before the access expires, once, and again after a new end', async () => {
    const now = server.clock.now().getTime();
    const ends = new Date(now + 10 * DAY);
    const { id } = await access({ expiresAt: ends.toISOString(), expiryReminderDays: 7 });
    const { access: unasked } = await ws.owner.accesses.create({ workspace: ws.handle, name: 'Bo', email: 'bo@example.com', expiresAt: ends.toISOString() });
    expect(unasked.expiryReminderDays).toBeNull();

    expect(await sendExpiryReminders(server.deps)).toBe(0);
    server.clock.advance(3 * DAY + HOUR);
    expect(await sendExpiryReminders(server.deps)).toBe(1);
    const [mail] = mailsTo('anna@example.com');
    expect(mail).toContain(`Subject: Your galleries at`);
    expect(mail).toContain(`ends at ${ends.toISOString().replace('T', ' ').slice(0, 16)} UTC`);
    expect(mailsTo('bo@example.com')).toEqual([]);
    expect(await sendExpiryReminders(server.deps)).toBe(0);

    // The owner gives the client two more weeks: the reminder comes again before the new end.
    await ws.signInAgain();
    await ws.owner.accesses.update({ workspace: ws.handle, accessId: id, expiresAt: new Date(server.clock.now().getTime() + 14 * DAY).toISOString() });
    expect(await sendExpiryReminders(server.deps)).toBe(0);
    server.clock.advance(7 * DAY + HOUR);
    expect(await sendExpiryReminders(server.deps)).toBe(1);
    expect(mailsTo('anna@example.com')).toHaveLength(2);
  });

  it('refuses a reminder lead outside one to ninety days and an unknown mail setting, naming the field, and keeps nothing', async () => {
    await ws.signInAgain();
    const http = await listen(server);
    try {
      const before = (await ws.owner.accesses.list({ workspace: ws.handle })).length;
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ expiryReminderDays: 0 }, 'expiryReminderDays', 'must be at least 1'],
        [{ expiryReminderDays: 91 }, 'expiryReminderDays', 'must be at most 90'],
        [{ expiryReminderDays: 2.5 }, 'expiryReminderDays', 'must be a whole number'],
        [{ galleryMail: 'sometimes' }, 'galleryMail', 'Invalid option: expected one of "off"|"ask"|"always"'],
      ];
      for (const [extra, field, sentence] of cases) {
        const answer = await trpcHttp(http.base, 'mutation', 'accesses.create', { workspace: ws.handle, name: 'Anna', ...extra }, { token: ws.ownerToken });
        expect(answer.status, JSON.stringify(extra)).toBe(400);
        expect(answer.body.error.data.fieldErrors[field]?.[0], JSON.stringify(extra)).toBe(sentence);
      }
      expect(await ws.owner.accesses.list({ workspace: ws.handle })).toHaveLength(before);
    } finally {
      await http.close();
    }
  });
});
