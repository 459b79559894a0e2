import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi, describeError } from '@foyer/client';
import { passwordPolicies } from '@foyer/schema';
import { activationLinksFixture, type ActivationLinksFixture } from '../../test-support/fixtures.js';
import { hostingPortalFixture } from '../../test-support/hosting-fixtures.js';
import { deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { ContactActivation } from './contact-activation.js';
import './define.js';

async function mount(f: Pick<ActivationLinksFixture, 'api' | 'workspace'>, token: string): Promise<{ provider: FoyerProvider; page: ContactActivation }> {
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

/** The new password's field and its two inputs, inside the page's <password-field>. */
function passwordOf(page: ContactActivation) {
  const field = within<PasswordField>(page, 'password-field');
  return { field, password: within<HTMLInputElement>(field, '#password'), repeat: within<HTMLInputElement>(field, '#repeat') };
}

const activateButton = (page: ContactActivation) => within<HTMLButtonElement>(page, 'button[type="submit"]');

/** The rules the page's password field lists, with whether each shows as met. */
function rulesShown(page: ContactActivation): Array<[string, boolean]> {
  const { field } = passwordOf(page);
  return [...field.shadowRoot!.querySelectorAll('[part~="rule"]')].map((li) => [li.querySelector('.rule-text')!.textContent!.trim(), li.part.contains('rule-met')]);
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
    expect(activateButton(page).disabled, 'no password yet').to.equal(true);
    await expect(page).to.be.accessible();

    await typeInto(passwordOf(page).password, 'a long contact password');
    await typeInto(passwordOf(page).repeat, 'a long contact password');
    await waitUntil(() => !activateButton(page).disabled, 'the password meets every rule');
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

  it('asks for no terms where the workspace has published none, and activates with the password alone', async function () {
    this.timeout(30000);
    const f = await hostingPortalFixture();
    const { provider, page } = await mount(f, f.activationToken);
    await shown(page, 'form');
    expect(textOf(page, 'h2')).to.equal(`Welcome, ${f.contacts.newcomer.name}`);
    expect(page.shadowRoot!.querySelector('[part="terms"], input[name="accept"]')).to.equal(null);
    await expect(page).to.be.accessible();
    await typeInto(passwordOf(page).password, 'a long newcomer password');
    await typeInto(passwordOf(page).repeat, 'a long newcomer password');
    await waitUntil(() => !activateButton(page).disabled, 'the password meets every rule');
    activateButton(page).click();
    await shown(page, '[part="status"]', `You are signed in as ${f.contacts.newcomer.email}.`);
    const contact = createFoyerApi({ server: f.api, getToken: () => provider.token });
    expect(await contact.contacts.me.query({ workspace: f.workspace })).to.include({ status: 'active', termsAcceptedAt: null, termsAcceptanceDue: false });
  });

  it('lists the rules the server sent with the link, and activates only once the password meets each of them', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    const described = await anonymous.activation.describe.query({ workspace: f.workspace, token: f.tokens.valid });
    const sent = 'passwordRules' in described ? described.passwordRules : undefined;
    expect(passwordOf(page).field.rules).to.deep.equal(sent ?? passwordPolicies.standard);
    expect(rulesShown(page)).to.deep.equal([
      ['At least 10 characters', false],
      ['Both passwords are the same', false],
    ]);

    // One key at a time: the button stays disabled through the tenth character, until the repetition matches.
    const { password, repeat } = passwordOf(page);
    password.focus();
    const disabledAfterEachKey: boolean[] = [];
    for (const key of 'ten chars!') {
      await sendKeys({ type: key });
      disabledAfterEachKey.push(activateButton(page).disabled);
    }
    expect(disabledAfterEachKey).to.deep.equal(Array(10).fill(true));
    expect(rulesShown(page)).to.deep.equal([
      ['At least 10 characters', true],
      ['Both passwords are the same', false],
    ]);
    await typeInto(repeat, 'ten chars');
    expect(activateButton(page).disabled).to.equal(true);
    await sendKeys({ type: '!' });
    await waitUntil(() => !activateButton(page).disabled, 'the repetition matches');
    expect(rulesShown(page).every(([, met]) => met)).to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('a repetition that differs keeps the button disabled and Enter sends nothing; then the terms are asked for', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    await typeInto(passwordOf(page).password, 'a long contact password');
    await typeInto(passwordOf(page).repeat, 'another long password');
    expect(rulesShown(page)).to.deep.equal([
      ['At least 10 characters', true],
      ['Both passwords are the same', false],
    ]);
    expect(activateButton(page).disabled).to.equal(true);
    await press('Enter');
    expect(textOf(page, '#terms-error')).to.equal('');
    expect(deepActiveElement()?.id).to.equal('repeat');
    await expect(page).to.be.accessible();

    passwordOf(page).repeat.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'a long contact password' });
    await waitUntil(() => !activateButton(page).disabled, 'the passwords now agree');
    await press('Enter');
    await shown(page, '#terms-error', 'Accept the terms of service to activate your account.');
    await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'accept', 'focus moves to the terms to accept');
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('unregistered');
  });

  it('a password too short for the rules cannot be sent, and the server refuses it too', async () => {
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    await typeInto(passwordOf(page).password, 'short');
    await typeInto(passwordOf(page).repeat, 'short');
    within<HTMLInputElement>(page, 'input[name="accept"]').click();
    expect(rulesShown(page)).to.deep.equal([
      ['At least 10 characters', false],
      ['Both passwords are the same', true],
    ]);
    expect(activateButton(page).disabled).to.equal(true);
    await press('Enter');
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('unregistered');
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    const refusal = await anonymous.activation.complete.mutate({ workspace: f.workspace, token: f.tokens.valid, password: 'short', acceptTerms: true }).then(
      () => null,
      (error) => describeError(error).fieldErrors.password,
    );
    expect(refusal).to.be.a('string');
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('unregistered');
  });

  it('the server’s problem with a password the rules allow is shown at the field, which takes focus, until the password changes', async function () {
    this.timeout(30000);
    const f = await activationLinksFixture();
    const { page } = await mount(f, f.tokens.valid);
    await shown(page, 'form');
    // Longer than the server takes: the rules name no upper limit, the server does.
    const tooLong = 'x'.repeat(201);
    await typeInto(passwordOf(page).password, tooLong);
    await typeInto(passwordOf(page).repeat, tooLong);
    within<HTMLInputElement>(page, 'input[name="accept"]').click();
    await waitUntil(() => !activateButton(page).disabled, 'the rules hold');
    activateButton(page).click();
    const { field } = passwordOf(page);
    await shown(field, '[part="error"]', 'Must be at most 200 characters.');
    expect(deepActiveElement()?.id).to.equal('password');
    expect(activateButton(page).disabled).to.equal(true);
    expect(await contactStatus(f, f.contacts.valid.id)).to.equal('unregistered');
    await expect(page).to.be.accessible();

    await press('Backspace');
    await waitUntil(() => field.shadowRoot!.querySelector('[part="error"]') === null, 'typing clears the problem');
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
    expect(page.shadowRoot!.querySelector('password-field, input[autocomplete="new-password"]')).to.equal(null);
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
      await typeInto(passwordOf(page).password, 'a long contact password');
      await typeInto(passwordOf(page).repeat, 'a long contact password');
      within<HTMLInputElement>(page, 'input[name="accept"]').click();
      await press('Enter');
      await shown(page, 'h2', 'Your account is active');
      await waitUntil(() => !location.hash.includes('token='), 'the token leaves the address');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
