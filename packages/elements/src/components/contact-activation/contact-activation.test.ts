import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError } from '@foyer/client';
import { activationLinksFixture, type ActivationLinksFixture } from '../../test-support/fixtures.js';
import { deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ContactActivation } from './contact-activation.js';
import './define.js';

async function mount(f: ActivationLinksFixture, token: string): Promise<{ provider: FoyerProvider; page: ContactActivation }> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
      <contact-activation token=${token}></contact-activation>
    </foyer-provider>
  `);
  const page = provider.querySelector('contact-activation')!;
  await page.updateComplete;
  return { provider, page };
}

async function contactStatus(f: ActivationLinksFixture, contactId: string): Promise<string> {
  const owner = createFoyerApi({ server: f.api, getToken: () => f.owner.token });
  return (await owner.contacts.get.query({ workspace: f.workspace, contactId })).status;
}

describe('contact-activation', () => {
  it('greets the invited contact by name, and activates the account with a password and the accepted terms', async function () {
    this.timeout(30000);
    const f = await activationLinksFixture();
    const { provider, page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    expect(textOf(page, 'h2')).to.equal('Welcome, Grace Hopper');
    expect(within<HTMLInputElement>(page, '#email').value).to.equal(f.contacts.valid.email);
    expect(textOf(page, '[part="terms"] h3')).to.equal('Terms of service (version 1)');
    expect(textOf(page, '.terms-text')).to.include('Print files are kept for 30 days.');
    await expect(page).to.be.accessible();

    await typeInto(within(page, '#password'), 'a long contact password');
    await typeInto(within(page, '#repeat'), 'a long contact password');
    within<HTMLInputElement>(page, 'input[name="accept"]').click();
    const signedIn = oneEvent(page, 'foyer-signed-in');
    within<HTMLButtonElement>(page, 'button[type="submit"]').click();
    expect((await signedIn).kind).to.equal('identity');
    await shown(page, '[part="status"]', `You are signed in as ${f.contacts.valid.email}.`);
    expect(textOf(page, 'h2')).to.equal('Your account is active');
    expect(deepActiveElement()?.localName).to.equal('h2');
    expect(provider.token).to.be.a('string');
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('active');
    await expect(page).to.be.accessible();

    // The contact's own session works: they see their account, terms accepted.
    const contact = createFoyerApi({ server: f.api, getToken: () => provider.token });
    const me = await contact.contacts.me.query({ workspace: f.workspace });
    expect(me.status).to.equal('active');
    expect(me.termsAcceptanceDue).to.equal(false);
  });

  it('asks for the same password twice and for the terms to be accepted, before anything is sent', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    await typeInto(within(page, '#password'), 'a long contact password');
    await typeInto(within(page, '#repeat'), 'another long password');
    await press('Enter');
    await shown(page, '#repeat-error', 'The two passwords are not the same.');
    expect(deepActiveElement()?.id).to.equal('repeat');
    expect(textOf(page, '#terms-error')).to.equal('Accept the terms of service to activate your account.');
    await expect(page).to.be.accessible();

    within<HTMLInputElement>(page, '#repeat').value = '';
    await typeInto(within(page, '#repeat'), 'a long contact password');
    await press('Enter');
    await waitUntil(() => textOf(page, '#repeat-error') === '', 'the passwords now agree');
    await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'accept', 'focus moves to the terms to accept');
    expect(textOf(page, '#terms-error')).to.equal('Accept the terms of service to activate your account.');
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('unregistered');
  });

  it('shows the server’s rule for a password that is too short', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    await typeInto(within(page, '#password'), 'short');
    await typeInto(within(page, '#repeat'), 'short');
    within<HTMLInputElement>(page, 'input[name="accept"]').click();
    await press('Enter');
    await shown(page, '#password-error', 'Must be at least 10 characters.');
    expect(deepActiveElement()?.id).to.equal('password');
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('unregistered');
  });

  it('an expired link says links last seven days and to ask the shop for a new one', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.expired);
    await shown(page, 'h2', 'This activation link has expired');
    expect(textOf(page, '[role="alert"]')).to.equal('Activation links work for 7 days. Ask Trykkeriet Bergen for a new activation request.');
    expect(page.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('a used link says it worked once, and a damaged one says to open the whole link', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.used);
    await shown(page, 'h2', 'This activation link was already used');
    expect(textOf(page, '[role="alert"]')).to.include('sign in with your email and password');
    expect(page.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(page).to.be.accessible();

    page.token = 'not-a-real-token-but-long-enough-1234';
    await page.updateComplete;
    await shown(page, 'h2', 'This activation link is not valid');
    page.token = 'x';
    await page.updateComplete;
    await shown(page, 'h2', 'This activation link is not valid');
    // The server refuses the used link too, whatever the page shows.
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    const refusal = await anonymous.activation.complete.mutate({ workspace: f.workspace, token: f.tokens.used, password: 'a long contact password', acceptTerms: true }).then(
      () => null,
      (error) => describeError(error).code,
    );
    expect(refusal).to.equal('ACTIVATION_LINK_USED');
  });

  it('a contact who has a login signs in with it, second step and all, and only then activates; no password is asked for', async function () {
    this.timeout(30000);
    const f = await activationLinksFixture();
    const { provider, page } = await mount(f, f.tokens.existing);
    await shown(page, 'h2', 'Welcome, Alan Turing');
    expect(textOf(page, 'p')).to.include(`${f.contacts.existing.email} already has a login. Sign in with it`);
    // Before signing in there is nothing to activate with, and no field takes a new password.
    expect(page.shadowRoot!.querySelector('button[type="submit"]:not(foyer-sign-in *)')).to.equal(null);
    expect(page.shadowRoot!.querySelector('input[autocomplete="new-password"]')).to.equal(null);
    const signIn = within<HTMLElement>(page, 'foyer-sign-in');
    await expect(page).to.be.accessible();

    // A wrong password is the sign-in's refusal, counted where every sign-in is counted.
    await typeInto(within(signIn, 'input[name="email"]'), f.contacts.existing.email);
    await typeInto(within(signIn, 'input[name="password"]'), 'not alan password');
    within<HTMLButtonElement>(signIn, 'button[type="submit"]').click();
    await shown(signIn, '[part="error"]', 'The email or password is not correct.');
    expect(await contactStatus(f, f.contacts.existing.id)).to.equal('unregistered');

    within<HTMLInputElement>(signIn, 'input[name="password"]').value = '';
    await typeInto(within(signIn, 'input[name="password"]'), f.contacts.existing.password);
    within<HTMLButtonElement>(signIn, 'button[type="submit"]').click();
    await shown(page, 'form[part="form"] button[type="submit"]');
    expect(textOf(page, 'p')).to.include('for the login you are signed in with');
    within<HTMLInputElement>(page, 'input[name="accept"]').click();
    within<HTMLButtonElement>(page, 'form[part="form"] button[type="submit"]').click();
    await shown(page, '[part="status"]', `You are signed in as ${f.contacts.existing.email}.`);
    expect(await contactStatus(f, f.contacts.existing.id)).to.equal('active');
    // The session is the one the person signed in with: activation issued no other.
    const contact = createFoyerApi({ server: f.api, getToken: () => provider.token });
    expect((await contact.contacts.me.query({ workspace: f.workspace })).status).to.equal('active');
  });

  it('a used link shows only that it was used: the server names no one for it', async () => {
    const f = await activationLinksFixture();
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    expect(await anonymous.activation.describe.query({ workspace: f.workspace, token: f.tokens.used })).to.deep.equal({ state: 'used' });
  });

  it('reads the token from the activation link’s #token= and takes it out of the address once activated', async function () {
    this.timeout(30000);
    const f = await activationLinksFixture();
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#token=${f.tokens.valid}`);
    try {
      const provider = await fixture<FoyerProvider>(html`
        <foyer-provider persist="none" server=${f.api} workspace=${f.workspace}><contact-activation token-from-link></contact-activation></foyer-provider>
      `);
      const page = provider.querySelector('contact-activation')!;
      await shown(page, 'h2', 'Welcome, Grace Hopper');
      await typeInto(within(page, '#password'), 'a long contact password');
      await typeInto(within(page, '#repeat'), 'a long contact password');
      within<HTMLInputElement>(page, 'input[name="accept"]').click();
      await press('Enter');
      await shown(page, 'h2', 'Your account is active');
      await waitUntil(() => !location.hash.includes('token='), 'the token leaves the address');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
