import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi } from '@foyer/client';
import type { FoyerMasterRegisteredEvent } from '../../events/foyer-master-registered-event.js';
import { mailedMasterToken, masterSellersFixture, type MasterSellersFixture } from '../../test-support/master-fixtures.js';
import { deepActiveElement, press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { totp } from '../../test-support/totp.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { MasterRegistration } from './master-registration.js';
import './define.js';

async function mount(f: MasterSellersFixture, options: { token?: string; next?: string } = {}) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none">
      <master-registration .token=${options.token ?? ''} next=${options.next ?? ''}></master-registration>
    </foyer-provider>
  `);
  const page = provider.querySelector('master-registration')!;
  await page.updateComplete;
  return { provider, page };
}

/** Step 1, typed as a person types it, and sent with Enter. */
async function fillWho(page: MasterRegistration, email: string, name = 'Mia Seller') {
  await typeInto(within(page, 'input[name="email"]'), email);
  await typeInto(within(page, 'input[name="name"]'), name);
  await press('Enter');
  await shown(page, 'h2', 'Sign in with one of your seller accounts');
}

/** Step 2: a seller account's nickname and password, sent with Enter. */
async function fillAccount(page: MasterRegistration, nickname: string, password: string) {
  await typeInto(within(page, 'input[name="nickname"]'), nickname);
  await typeInto(within(page, 'input[name="password"]'), password);
  await press('Enter');
}

function passwordOf(page: MasterRegistration) {
  const field = within<PasswordField>(page, 'password-field');
  return { field, password: within<HTMLInputElement>(field, '#password'), repeat: within<HTMLInputElement>(field, '#repeat') };
}

const saveButton = (page: MasterRegistration) => within<HTMLButtonElement>(page, 'button[type="submit"]');

/** The rules the password field lists, with whether each shows as met. */
function rulesShown(page: MasterRegistration): Array<[string, boolean]> {
  const { field } = passwordOf(page);
  return [...field.shadowRoot!.querySelectorAll('[part~="rule"]')].map((li) => [li.querySelector('.rule-text')!.textContent!.trim(), li.part.contains('rule-met')]);
}

const wrongSentence = 'The nickname or the password is not correct.';

describe('master-registration', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('opens a master account: email and name, a seller account’s sign-in, the mailed link, a password meeting every rule, and the person signed in', async function () {
    this.timeout(40000);
    const f = await masterSellersFixture();
    const { provider, page } = await mount(f);
    expect(textOf(page, '[part="step"]')).to.equal('Step 1 of 2');
    await expect(page).to.be.accessible();

    await fillWho(page, f.masterEmail);
    expect(textOf(page, '[part="step"]')).to.equal('Step 2 of 2');
    expect(deepActiveElement()?.localName, 'focus moves to the step’s heading').to.equal('h2');
    expect(page.shadowRoot!.querySelector('input[name="code"]'), 'no code field until the server asks').to.equal(null);
    await expect(page).to.be.accessible();
    await fillAccount(page, f.plain.handle, f.plain.password);
    await shown(page, 'h2', 'Check your mail');
    expect(textOf(page, '[part="status"]')).to.include(`We sent a confirmation link to ${f.masterEmail}.`);
    await expect(page).to.be.accessible();

    // The person opens the link from the mail on this page.
    const token = await mailedMasterToken(f.masterEmail, 'master-registration');
    expect(token).to.be.a('string');
    location.hash = `master-registration=${token}`;
    await shown(page, 'password-field');
    expect(textOf(page, '.who')).to.equal(`The master account of Mia Seller (${f.masterEmail}) starts with the seller account Apex Apps (${f.plain.handle}).`);
    expect(within<HTMLInputElement>(page, 'input[autocomplete="username"]').value, 'password managers learn whose password it is').to.equal(f.masterEmail);
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

    // One key at a time: Save stays disabled while any rule is unmet, and until the repetition matches.
    const { password, repeat } = passwordOf(page);
    password.focus();
    const disabledAfterEachKey: boolean[] = [];
    for (const key of f.masterPassword) {
      await sendKeys({ type: key });
      disabledAfterEachKey.push(saveButton(page).disabled);
    }
    expect(disabledAfterEachKey.every(Boolean)).to.equal(true);
    expect(rulesShown(page).filter(([, met]) => !met)).to.deep.equal([['Both passwords are the same', false]]);
    repeat.focus();
    await sendKeys({ type: f.masterPassword.slice(0, -1) });
    expect(saveButton(page).disabled).to.equal(true);
    await sendKeys({ type: f.masterPassword.slice(-1) });
    await waitUntil(() => !saveButton(page).disabled, 'Save is enabled once every rule holds');

    const registered = oneEvent(page, 'foyer-master-registered') as Promise<FoyerMasterRegisteredEvent>;
    await press('Enter');
    const event = await registered;
    expect(event.account).to.equal(f.plain.handle);
    expect(event.master).to.match(/^master-/);
    await shown(page, 'h2', 'Your master account is open');
    expect(textOf(page, '[part="status"]')).to.equal(`You are signed in as ${f.masterEmail}. It starts with the seller account ${f.plain.handle}.`);
    expect(location.hash, 'the used link leaves the address').to.equal('');
    // The provider holds the session and acts in the new master account.
    expect(provider.workspace).to.equal(event.master);
    const owner = createFoyerApi({ server: f.api, getToken: () => provider.token });
    const view = await owner.master.view.query({ workspace: event.master });
    expect(view.owner).to.equal(true);
    expect(view.accounts.map((a) => a.handle)).to.deep.equal([f.plain.handle]);
    await expect(page).to.be.accessible();
  });

  it('a nickname without an account and a wrong password get the same sentence, and nothing is mailed', async () => {
    const f = await masterSellersFixture();
    const { page } = await mount(f);
    await fillWho(page, f.masterEmail);
    await fillAccount(page, `no-such-seller-${Date.now().toString(36)}`, f.plain.password);
    await shown(page, '[role="alert"]', wrongSentence);
    const afterNickname = textOf(page, '[role="alert"]');
    expect(deepActiveElement()?.getAttribute('name'), 'focus goes to the password to retype').to.equal('password');
    await expect(page).to.be.accessible();

    await retype(within<HTMLInputElement>(page, 'input[name="nickname"]'), f.plain.handle);
    await retype(within<HTMLInputElement>(page, 'input[name="password"]'), 'not the password');
    await press('Enter');
    await waitUntil(() => within<HTMLButtonElement>(page, 'button[type="submit"]').textContent!.trim() === 'Continue', 'the answer came');
    expect(textOf(page, '[role="alert"]')).to.equal(afterNickname);
    expect(afterNickname).to.equal(wrongSentence);
    expect(await mailedMasterToken(f.masterEmail, 'master-registration')).to.equal(null);
  });

  it('asks for the authenticator code when the seller account’s owner has a second factor, and sends the link with it', async () => {
    const f = await masterSellersFixture();
    const { page } = await mount(f);
    await fillWho(page, f.masterEmail);
    await fillAccount(page, f.twoStep.handle, f.twoStep.password);
    await shown(page, '[role="alert"]', 'This account’s owner has a second factor: enter the code from the authenticator app as well.');
    await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'code', 'focus moves to the code field');
    expect(textOf(page, 'label[for="seller-code"]')).to.equal('Code from the authenticator app of the account’s owner');
    await expect(page).to.be.accessible();

    await sendKeys({ type: await totp(f.twoStep.secret) });
    await press('Enter');
    await shown(page, 'h2', 'Check your mail');
    expect(await mailedMasterToken(f.masterEmail, 'master-registration')).to.be.a('string');
  });

  it('Back returns to step 1 with what it holds, all from the keyboard', async () => {
    const f = await masterSellersFixture();
    const { page } = await mount(f);
    await fillWho(page, f.masterEmail, 'Mia Keyboard');
    await typeInto(within(page, 'input[name="nickname"]'), f.plain.handle);
    // Password, Continue, Back.
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Back');
    await press('Enter');
    await shown(page, '[part="step"]', 'Step 1 of 2');
    expect(within<HTMLInputElement>(page, 'input[name="email"]').value).to.equal(f.masterEmail);
    expect(within<HTMLInputElement>(page, 'input[name="name"]').value).to.equal('Mia Keyboard');
  });

  it('step 1 names a missing or malformed address before anything is sent', async () => {
    const f = await masterSellersFixture();
    const { page } = await mount(f);
    within(page, 'input[name="email"]').focus();
    await press('Enter');
    await shown(page, '[role="alert"]', 'Enter the email address for your master account.');
    expect(within(page, 'input[name="email"]').getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'not an address' });
    await press('Enter');
    await shown(page, '[role="alert"]', 'Enter a valid email address.');
    await expect(page).to.be.accessible();
  });

  it('an expired link says what to do, and starts again', async () => {
    const f = await masterSellersFixture();
    const { page } = await mount(f, { token: f.expired.token });
    await shown(page, 'h2', 'This link has expired');
    expect(textOf(page, '[role="alert"]')).to.equal('Links to open a master account work for a limited time. Start again: you will get a new link.');
    await expect(page).to.be.accessible();
    within<HTMLButtonElement>(page, 'button.link').click();
    await shown(page, '[part="step"]', 'Step 1 of 2');
  });

  it('a used or damaged link says it does not work', async () => {
    const f = await masterSellersFixture();
    const { page } = await mount(f, { token: 'x'.repeat(43) });
    await shown(page, 'h2', 'This link does not work');
    await expect(page).to.be.accessible();
  });

  it('a login with a second factor signs in in two steps after the password, then goes to `next`', async function () {
    this.timeout(30000);
    const f = await masterSellersFixture();
    const { provider, page } = await mount(f, { token: f.challenge.token, next: '#opened-{master}' });
    await shown(page, 'password-field');
    const { password, repeat } = passwordOf(page);
    await typeInto(password, f.masterPassword);
    await typeInto(repeat, f.masterPassword);
    await waitUntil(() => !saveButton(page).disabled, 'Save is enabled');
    await press('Enter');
    await shown(page, 'h2', 'Your master account is open: one more step to sign in');
    await waitUntil(() => deepActiveElement()?.localName === 'h2', 'focus moves to the heading');
    await expect(page).to.be.accessible();

    await typeInto(within(page, 'input[name="code"]'), '000000');
    await press('Enter');
    await shown(page, '[role="alert"]', 'This code is not correct');
    const registered = oneEvent(page, 'foyer-master-registered') as Promise<FoyerMasterRegisteredEvent>;
    await retype(within<HTMLInputElement>(page, 'input[name="code"]'), await totp(f.challenge.secret));
    await press('Enter');
    const { master } = await registered;
    await waitUntil(() => location.hash === `#opened-${master}`, 'the page goes to next, with the master account’s handle');
    expect(provider.token).to.be.a('string');
  });

  it('too many registrations for one address are refused with the time to wait', async () => {
    const f = await masterSellersFixture();
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    for (let i = 0; i < 3; i++) {
      await anonymous.master.register.mutate({ email: f.masterEmail, name: 'Mia', nickname: f.plain.handle, password: f.plain.password });
    }
    const { page } = await mount(f);
    await fillWho(page, f.masterEmail);
    await fillAccount(page, f.plain.handle, f.plain.password);
    // The fourth within a minute waits out what is left of that minute.
    await shown(page, '[role="alert"]', /^Too many attempts\. Try again in (1 minute|([1-5]\d|60) seconds)\.$/);
    await expect(page).to.be.accessible();
  });
});
