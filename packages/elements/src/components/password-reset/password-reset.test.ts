import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { mailedLink, passwordResetFixture, type PasswordResetFixture } from '../../test-support/account-link-fixtures.js';
import { deepActiveElement, press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { totp } from '../../test-support/totp.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { PasswordReset } from './password-reset.js';
import './define.js';

async function mount(f: PasswordResetFixture, options: { token?: string; next?: string; fromLink?: boolean } = {}) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none">
      <password-reset .token=${options.token ?? ''} ?token-from-link=${options.fromLink ?? false} next=${options.next ?? ''}></password-reset>
    </foyer-provider>
  `);
  const page = provider.querySelector('password-reset')!;
  await page.updateComplete;
  return { provider, page };
}

function passwordOf(page: PasswordReset) {
  const field = within<PasswordField>(page, 'password-field');
  return { field, password: within<HTMLInputElement>(field, '#password'), repeat: within<HTMLInputElement>(field, '#repeat') };
}

const saveButton = (page: PasswordReset) => within<HTMLButtonElement>(page, 'button[type="submit"]');

/** The rules the password field lists, with whether each shows as met. */
function rulesShown(page: PasswordReset): Array<[string, boolean]> {
  const { field } = passwordOf(page);
  return [...field.shadowRoot!.querySelectorAll('[part~="rule"]')].map((li) => [li.querySelector('.rule-text')!.textContent!.trim(), li.part.contains('rule-met')]);
}

/** Asks for a reset link for `email` in the element's form, from the keyboard. */
async function ask(page: PasswordReset, email: string) {
  await retype(within<HTMLInputElement>(page, 'input[name="email"]'), email);
  await press('Enter');
}

const strictPassword = 'Two-Of-Each 12!';

describe('password-reset', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('answers the same for an address without an account and one with, from the keyboard; only the account gets a link', async () => {
    const f = await passwordResetFixture();
    const { page } = await mount(f);
    expect(textOf(page, 'h2')).to.equal('Forgot your password?');
    await expect(page).to.be.accessible();

    await ask(page, f.unknown);
    await shown(page, 'h2', 'Check your inbox');
    expect(deepActiveElement()?.localName, 'focus moves to the heading').to.equal('h2');
    expect(textOf(page, '[part="status"]')).to.equal(`If an account exists for ${f.unknown}, we sent it a link to choose a new password. Check your inbox.`);
    await expect(page).to.be.accessible();

    within(page, 'button').focus();
    await press('Enter');
    await shown(page, 'h2', 'Forgot your password?');
    expect(within<HTMLInputElement>(page, 'input[name="email"]').value, 'the address typed stays').to.equal(f.unknown);
    await ask(page, f.known.email);
    await shown(page, 'h2', 'Check your inbox');
    expect(textOf(page, '[part="status"]')).to.equal(`If an account exists for ${f.known.email}, we sent it a link to choose a new password. Check your inbox.`);

    expect(await mailedLink(f.unknown, 'password-reset')).to.deep.equal({ token: null, subjects: [] });
    const mail = await mailedLink(f.known.email, 'password-reset');
    expect(mail.subjects).to.include('Choose a new password');
    expect(mail.token).to.be.a('string');
  });

  it('completes the reset from the emailed link: the account and its rules, the password twice, signed in, the link gone, and on to next', async function () {
    this.timeout(30000);
    const f = await passwordResetFixture();
    await createFoyerApi({ server: f.api, getToken: () => null }).identity.requestPasswordReset.mutate({ email: f.known.email });
    const { token } = await mailedLink(f.known.email, 'password-reset');
    history.replaceState(null, '', `#password-reset=${token}`);
    const { provider, page } = await mount(f, { fromLink: true, next: '#after-reset' });

    await shown(page, 'password-field');
    expect(textOf(page, '.who')).to.equal(`For the account ${f.known.email}. Saving it signs you out everywhere else.`);
    expect(within<HTMLInputElement>(page, 'input[autocomplete="username"]').value, 'password managers learn whose password it is').to.equal(f.known.email);
    // The strict policy of the person's workspace: the server's rules, not the standard ones.
    expect(rulesShown(page)).to.deep.equal([
      ['At least 10 characters', false],
      ['At least 2 upper-case letters', false],
      ['At least 2 lower-case letters', false],
      ['At least 2 digits', false],
      ['At least 2 special characters, such as ! # % &', false],
      ['Both passwords are the same', false],
    ]);
    expect(saveButton(page).disabled).to.equal(true);
    await expect(page).to.be.accessible();

    const { password, repeat } = passwordOf(page);
    await typeInto(password, 'only lower case letters');
    await typeInto(repeat, 'only lower case letters');
    expect(saveButton(page).disabled, 'a password missing rules cannot be saved').to.equal(true);
    await retype(password, strictPassword);
    await retype(repeat, strictPassword);
    await waitUntil(() => !saveButton(page).disabled, 'Save is enabled once every rule holds');

    const signedIn = oneEvent(page, 'foyer-signed-in');
    await press('Enter');
    await signedIn;
    await waitUntil(() => location.hash === '#after-reset', 'the page goes to next, and the token is gone from the address');
    expect(textOf(page, 'h2')).to.equal('Your new password is set');
    expect(textOf(page, '[part="status"]')).to.equal(`You are signed in as ${f.known.email}. Every other session of your account was signed out.`);
    expect(within<HTMLAnchorElement>(page, 'a[part="next"]').getAttribute('href')).to.equal('#after-reset');

    // The provider holds the new session; the one from before the reset is over; the new password signs in.
    const me = await createFoyerApi({ server: f.api, getToken: () => provider.token }).identity.me.query();
    expect(me.identity.email).to.equal(f.known.email);
    const before = await createFoyerApi({ server: f.api, getToken: () => f.known.token })
      .identity.me.query()
      .then(
        () => 'still signed in',
        () => 'signed out',
      );
    expect(before).to.equal('signed out');
    const again = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.known.email, password: strictPassword });
    expect(again.secondFactorRequired).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('a login with a second factor is signed in with its code after the new password, and then shows who is signed in', async function () {
    this.timeout(30000);
    const f = await passwordResetFixture();
    const { provider, page } = await mount(f, { token: f.twoStep.token });
    await shown(page, 'password-field');
    const { password, repeat } = passwordOf(page);
    await typeInto(password, 'a new password 2026');
    await typeInto(repeat, 'a new password 2026');
    await waitUntil(() => !saveButton(page).disabled, 'Save is enabled');
    await press('Enter');
    await shown(page, 'h2', 'Your new password is set: one more step to sign in');
    await waitUntil(() => deepActiveElement()?.localName === 'h2', 'focus moves to the heading');
    expect(provider.token, 'not signed in before the code').to.equal(null);
    await expect(page).to.be.accessible();

    await typeInto(within(page, 'input[name="code"]'), '000000');
    await press('Enter');
    await shown(page, '[role="alert"]', 'This code is not correct');
    expect(deepActiveElement()?.getAttribute('name'), 'focus stays in the code field').to.equal('code');
    await retype(within<HTMLInputElement>(page, 'input[name="code"]'), await totp(f.twoStep.secret));
    await press('Enter');
    await shown(page, 'h2', /^Your new password is set$/);
    expect(textOf(page, '[part="status"]')).to.equal('Every other session of your account was signed out.');
    // Without next, the page's sign-in names who is signed in and offers to sign out.
    const signIn = within(page, 'foyer-sign-in');
    await shown(signIn, '[part="status"]', `Signed in as Tove Twostep (${f.twoStep.email})`);
    expect(provider.token).to.be.a('string');
    await expect(page).to.be.accessible();
  });

  it('an expired link says what to do, and offers the form for a new one', async () => {
    const f = await passwordResetFixture();
    history.replaceState(null, '', `#password-reset=${f.expiredToken}`);
    const { page } = await mount(f, { fromLink: true });
    await shown(page, 'h2', 'This link has expired');
    expect(textOf(page, '[role="alert"]')).to.equal('Links to choose a new password work for a limited time. Ask for a new one: it goes to the same address.');
    expect(location.hash, 'a link of no use leaves the address').to.equal('');
    await expect(page).to.be.accessible();

    within(page, 'button').focus();
    await press('Enter');
    await shown(page, 'h2', 'Forgot your password?');
    expect(deepActiveElement()?.localName, 'focus moves to the form’s heading').to.equal('h2');
  });

  it('a used or damaged link says it does not work', async () => {
    const f = await passwordResetFixture();
    const { page } = await mount(f, { token: 'x'.repeat(43) });
    await shown(page, 'h2', 'This link does not work');
    expect(textOf(page, '[role="alert"]')).to.include('If you chose a new password already, sign in with it; otherwise ask for a new link.');
    await expect(page).to.be.accessible();
  });

  it('ignores the fragments of other links on the same page', async () => {
    const f = await passwordResetFixture();
    history.replaceState(null, '', `#sign-up=${'y'.repeat(43)}`);
    const { page } = await mount(f, { fromLink: true });
    expect(textOf(page, 'h2')).to.equal('Forgot your password?');
    expect(location.hash, 'another element’s link stays in the address').to.equal(`#sign-up=${'y'.repeat(43)}`);
  });

  it('too many requests for one address are refused with the time to wait, in the form', async () => {
    const f = await passwordResetFixture();
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    for (let i = 0; i < 3; i++) await anonymous.identity.requestPasswordReset.mutate({ email: f.unknown });
    const { page } = await mount(f);
    await ask(page, f.unknown);
    await shown(page, '[role="alert"]', /^Too many attempts\. Try again in (1 minute|\d+ seconds)\.$/);
    expect(textOf(page, 'h2'), 'the form stays').to.equal('Forgot your password?');
    expect(deepActiveElement()?.getAttribute('name'), 'focus stays in the email field').to.equal('email');
    expect(within(page, 'input[name="email"]').getAttribute('aria-invalid')).to.equal('true');
    await expect(page).to.be.accessible();
  });
});
