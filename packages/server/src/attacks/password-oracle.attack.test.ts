import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { givenWorkspace, mailedLinkToken, refusal } from '../test-support/builders.js';
import { tokenIn } from '../test-support/contacts.js';

/**
 * The owner of any workspace can add a contact with a stranger's email and read the activation
 * link from the prefilled mailto; an owner can invite anyone. Neither link may become a way to
 * check the stranger's password: a person who already has an account signs in through the one
 * sign-in path (throttled, with its second factor), and only then is the membership attached.
 */
describe.each(databaseKinds)('no password oracle outside sign-in, on %s', (kind) => {
  let server: TestServer;
  const password = 'correct horse battery';

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it("never checks a stranger's password through a contact's activation link", async () => {
    const stranger = await givenWorkspace(server);
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const contact = await shop.owner.contacts.create({ workspace: shop.handle, name: 'Stranger', email: stranger.ownerEmail });
    const request = await shop.owner.contacts.activationRequest({ workspace: shop.handle, contactIds: [contact.id], send: 'mailto' });
    const token = tokenIn(request.results[0]!.mailto!);
    const answers = [];
    for (const guess of ['wrong guess one', 'wrong guess two', password]) {
      answers.push(await refusal(server.caller(null, '198.51.100.60').activation.complete({ workspace: shop.handle, token, password: guess, acceptTerms: true })));
    }
    // Wrong and right passwords get one and the same answer, and none opens a session.
    expect(answers.map((a) => a.appCode)).toEqual(['ACTIVATION_NEEDS_SIGN_IN', 'ACTIVATION_NEEDS_SIGN_IN', 'ACTIVATION_NEEDS_SIGN_IN']);
    expect((await shop.owner.contacts.get({ workspace: shop.handle, contactId: contact.id })).status).toBe('not-active');
  });

  it('attaches the contact only once the person signed in through the one sign-in path', async () => {
    const person = await givenWorkspace(server);
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const contact = await shop.owner.contacts.create({ workspace: shop.handle, name: 'Person', email: person.ownerEmail });
    const request = await shop.owner.contacts.activationRequest({ workspace: shop.handle, contactIds: [contact.id], send: 'mailto' });
    const token = tokenIn(request.results[0]!.mailto!);
    const signedIn = await server.caller().identity.signIn({ email: person.ownerEmail, password });
    if (signedIn.secondFactorRequired) throw new Error('expected no second factor');
    const activated = await server.caller(signedIn.token).activation.complete({ workspace: shop.handle, token, acceptTerms: true });
    expect(activated.secondFactorRequired).toBe(false);
    expect((await shop.owner.contacts.get({ workspace: shop.handle, contactId: contact.id })).status).toBe('active');
  });

  it('refuses a link followed while signed in as someone else, and changes nothing', async () => {
    const person = await givenWorkspace(server);
    const shop = await givenWorkspace(server, undefined, { template: 'print-shop' });
    const contact = await shop.owner.contacts.create({ workspace: shop.handle, name: 'Person', email: person.ownerEmail });
    const request = await shop.owner.contacts.activationRequest({ workspace: shop.handle, contactIds: [contact.id], send: 'mailto' });
    const token = tokenIn(request.results[0]!.mailto!);
    // The shop's owner, signed in, follows the link it read from its own mailto.
    const wrong = await refusal(shop.owner.activation.complete({ workspace: shop.handle, token, acceptTerms: true }));
    expect(wrong.appCode).toBe('ACTIVATION_WRONG_ACCOUNT');
    expect((await shop.owner.contacts.get({ workspace: shop.handle, contactId: contact.id })).status).toBe('not-active');
  });

  it('never sets a password on an existing account through an invitation link', async () => {
    const team = await givenWorkspace(server);
    // An API user has an account without a password.
    const apiUser = await team.owner.apiUsers.create({ workspace: team.handle, email: `api-${Date.now()}@example.com`, firstName: 'Api', lastName: 'User', role: { template: 'viewer' } });
    const other = await givenWorkspace(server);
    await other.owner.members.invite({ workspace: other.handle, email: apiUser.user.email, role: { template: 'viewer' } });
    const link = await mailedLinkToken(server, apiUser.user.email, 'invitation');
    const accepted = await refusal(server.caller().invitations.accept({ token: link, password: 'chosen by whoever holds the link' }));
    expect(accepted.appCode).toBe('INVITATION_NEEDS_SIGN_IN');
    const row = await server.deps.db('identities').select('password_hash').whereRaw('lower(email) = ?', [apiUser.user.email]).first();
    expect(row.password_hash).toBeNull();
  });
});
