import { errorMessages, localizedErrorMessages } from '@foyer/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../mail/outbox-messages.js';
import { givenWorkspace, mailedLinkToken, type GivenWorkspace } from '../test-support/builders.js';
import { tokenIn } from '../test-support/contacts.js';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { listen } from '../test-support/http.js';
import { appCodeOf, trpcHttp } from '../test-support/trpc-http.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * The server answers in the language the page asks for (the elements send it as
 * Accept-Language), and mails each person in their own: the one stored for them, else the one
 * they ask in, else the workspace's, else the sender's, else English. Over real HTTP: the
 * header is the point.
 */
describe.each(databaseKinds)('languages on %s', (kind) => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let ws: GivenWorkspace;

  beforeAll(async () => {
    server = await startTestServer(kind);
    http = await listen(server);
    ws = await givenWorkspace(server);
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const asking = (language: string, token?: string) => ({ token, headers: { 'accept-language': language } });
  /** The mail to the address that carries this text (its link's purpose, a line): the clock stands still, so order says nothing. */
  const mailWith = async (to: string, text: string) => {
    const found = (await outboxMessages(server.deps, { to })).find((message) => message.body?.includes(text));
    if (!found) throw new Error(`no mail to ${to} holds ${text}`);
    return found;
  };
  const storedLanguage = async (email: string) => (await server.deps.db('identities').select('language').whereRaw('lower(email) = lower(?)', [email]).first())?.language;

  it('answers a refusal asked for in German in German, with the same code', async () => {
    const input = { email: `nobody-${unique()}@example.com`, password: 'wrong password 1' };
    const german = await trpcHttp(http.base, 'mutation', 'identity.signIn', input, asking('de-AT,de;q=0.9,en;q=0.5'));
    expect(appCodeOf(german)).toBe('WRONG_CREDENTIALS');
    expect(german.body.error.message).toBe(localizedErrorMessages.de.WRONG_CREDENTIALS);
    const plain = await trpcHttp(http.base, 'mutation', 'identity.signIn', input);
    expect(appCodeOf(plain)).toBe('WRONG_CREDENTIALS');
    expect(plain.body.error.message).toBe(errorMessages.WRONG_CREDENTIALS);
  });

  it('names what a refusal refused after its sentence, in the caller’s language', async () => {
    const answer = await trpcHttp(http.base, 'mutation', 'roles.create', { workspace: ws.handle, name: 'Odd', permissions: ['no.such'] }, asking('nb-NO', ws.ownerToken));
    expect(appCodeOf(answer)).toBe('UNKNOWN_PERMISSIONS');
    expect(answer.body.error.message).toBe(`${localizedErrorMessages.nb.UNKNOWN_PERMISSIONS} no.such.`);
  });

  it('writes field errors in Hungarian for a Hungarian page, the schema’s own sentences and zod’s alike', async () => {
    const answer = await trpcHttp(http.base, 'mutation', 'accesses.create', { workspace: ws.handle, name: '', code: 'x' }, asking('hu', ws.ownerToken));
    expect(answer.status).toBe(400);
    expect(appCodeOf(answer)).toBe('INVALID_INPUT');
    expect(answer.body.error.data.fieldErrors.name).toEqual(['nem lehet üres']);
    expect(answer.body.error.data.fieldErrors.code).toEqual(['legalább 6 karakter hosszúnak kell lennie']);
    expect(answer.body.error.message).toContain('name nem lehet üres');
    const missing = await trpcHttp(http.base, 'mutation', 'accesses.create', { workspace: ws.handle, code: 'hungarian-1' }, asking('hu', ws.ownerToken));
    expect(missing.body.error.data.fieldErrors.name).toEqual(['hiányzik']);
  });

  it('falls back to English for a language Foyer does not write', async () => {
    const answer = await trpcHttp(http.base, 'mutation', 'accesses.create', { workspace: ws.handle, name: '', code: 'x' }, asking('fr-FR,fr', ws.ownerToken));
    expect(answer.body.error.data.fieldErrors.name).toEqual(['must not be empty']);
    const refused = await trpcHttp(http.base, 'mutation', 'identity.signIn', { email: `nobody-${unique()}@example.com`, password: 'wrong password 1' }, asking('fr'));
    expect(refused.body.error.message).toBe(errorMessages.WRONG_CREDENTIALS);
  });

  it('mails an invitation to a new person in the inviter’s language, and keeps the language of the page they accept on', async () => {
    const email = `newcomer-${unique()}@example.com`;
    const invited = await trpcHttp(http.base, 'mutation', 'members.invite', { workspace: ws.handle, email, role: { template: 'assistant' } }, asking('nb', ws.ownerToken));
    expect(invited.status).toBe(200);
    const mail = await mailWith(email, '#invitation=');
    expect(mail.subject).toBe(`Owner inviterer deg til Studio ${ws.handle}`);
    expect(mail.body).toContain('som «Assistant»');
    const token = await mailedLinkToken(server, email, 'invitation');
    // The invitation page shows its advice in the page's language too.
    const accepted = await trpcHttp(http.base, 'mutation', 'invitations.accept', { token, password: 'correct horse battery' }, asking('hu'));
    expect(accepted.status).toBe(200);
    expect(await storedLanguage(email)).toBe('hu');
    const described = await trpcHttp(http.base, 'query', 'invitations.describe', { token }, asking('de'));
    expect(described.body.result.data.advice).toBe(localizedErrorMessages.de.INVITATION_USED);
  });

  it('mails a password reset in the member’s stored language, though the manager asks in English', async () => {
    const member = await ws.member('viewer');
    const chosen = await trpcHttp(http.base, 'mutation', 'identity.setLanguage', { language: 'nb' }, asking('en', member.token));
    expect(chosen.body.result.data).toEqual({ language: 'nb' });
    expect((await trpcHttp(http.base, 'query', 'identity.language', null, { token: member.token })).body.result.data).toEqual({ language: 'nb' });
    const sent = await trpcHttp(http.base, 'mutation', 'members.resetPassword', { workspace: ws.handle, identityId: member.identityId }, asking('en', ws.ownerToken));
    expect(sent.status).toBe(200);
    const { email } = await server.deps.db('identities').select('email').where({ id: member.identityId }).first();
    const mail = await mailWith(email, '#password-reset=');
    expect(mail.subject).toBe(`Velg et nytt passord for Studio ${ws.handle}`);
    expect(mail.body).toMatch(/^Hei,\n/);
    expect(mail.body).toContain('#password-reset=');
  });

  it('writes a sign-up’s mail in the language of the page, and every later mail of the account in it', async () => {
    const email = `signup-${unique()}@example.com`;
    await trpcHttp(http.base, 'mutation', 'identity.signUp', { email, password: 'correct horse battery' }, asking('de-DE'));
    expect((await mailWith(email, '#sign-up=')).subject).toBe('Bestätige deine E-Mail-Adresse');
    const token = await mailedLinkToken(server, email, 'sign-up');
    const confirmed = await trpcHttp(http.base, 'mutation', 'identity.confirmSignUp', { token }, asking('de'));
    expect(confirmed.status).toBe(200);
    expect(await storedLanguage(email)).toBe('de');
    // Asked for on an English page, the reset still comes in the language the person keeps.
    await trpcHttp(http.base, 'mutation', 'identity.requestPasswordReset', { email }, asking('en'));
    expect((await mailWith(email, '#password-reset=')).subject).toBe('Wähle ein neues Passwort');
  });

  it('writes to people nothing is known of in the workspace’s language, before the sender’s', async () => {
    const other = await givenWorkspace(server);
    await other.owner.workspaces.update({ workspace: other.handle, language: 'hu' });
    const email = `stranger-${unique()}@example.com`;
    await trpcHttp(http.base, 'mutation', 'members.invite', { workspace: other.handle, email, role: { template: 'viewer' } }, asking('de', other.ownerToken));
    expect((await mailWith(email, '#invitation=')).subject).toBe(`Meghívó ide: Studio ${other.handle} (Owner)`);
    expect((await other.owner.workspaces.settings({ workspace: other.handle })).language).toBe('hu');
  });

  it('writes a contact’s activation request in the shop’s language, and the contact’s notifications in the language they activated in', async () => {
    const host = await givenWorkspace(server, undefined, { template: 'hosting' });
    const email = `contact-${unique()}@example.com`;
    const row = await host.owner.contacts.create({ workspace: host.handle, name: 'Kari Nordmann', email, kind: 'sub-account', permissions: ['domains.view'], notifications: ['domain'] });
    const request = await trpcHttp(http.base, 'mutation', 'contacts.activationRequest', { workspace: host.handle, contactIds: [row.id], send: 'mailto' }, asking('de', host.ownerToken));
    const mailto: string = request.body.result.data.results[0].mailto;
    expect(decodeURIComponent(mailto)).toContain(`subject=Aktiviere dein Konto bei Studio ${host.handle}`);
    const activated = await trpcHttp(
      http.base,
      'mutation',
      'activation.complete',
      { workspace: host.handle, token: tokenIn(mailto), password: 'kari password 123', acceptTerms: true },
      asking('nb'),
    );
    expect(activated.status).toBe(200);
    expect((await server.deps.db('contacts').select('language').where({ id: row.id }).first()).language).toBe('nb');
    // The host writes its notice in its own words; Foyer's frame around it is the contact's.
    await host.owner.notifications.notify({ workspace: host.handle, category: 'domain', subject: 'Domain renewed', text: 'example.no was renewed.' });
    const notice = await mailWith(email, 'example.no was renewed.');
    expect(notice.subject).toBe('Domain renewed');
    expect(notice.body).toBe(`Hei Kari Nordmann,\n\nexample.no was renewed.\n\nDu får denne meldingen fordi du har valgt varsler om «domene» fra Studio ${host.handle}.`);
  });
});
