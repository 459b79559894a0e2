import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError } from '@foyer/client';
import { agencySignUpFixture, mailedLink, signUpFixture } from '../../test-support/account-link-fixtures.js';
import { deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { AccountSignUp } from './account-sign-up.js';
import './define.js';

async function mount(api: string, options: { token?: string; next?: string; fromLink?: boolean; agency?: boolean } = {}) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${api} persist="none">
      <account-sign-up
        .token=${options.token ?? ''}
        ?token-from-link=${options.fromLink ?? false}
        ?agency=${options.agency ?? false}
        next=${options.next ?? ''}
      ></account-sign-up>
    </foyer-provider>
  `);
  const page = provider.querySelector('account-sign-up')!;
  await page.updateComplete;
  return { provider, page };
}

const password = 'my own password 1';

/** The whole form, typed as a person types it, and sent with Enter. */
async function fillForm(page: AccountSignUp, email: string, name: string) {
  await shown(page, 'form');
  await typeInto(within(page, 'input[name="email"]'), email);
  if (name) await typeInto(within(page, 'input[name="name"]'), name);
  const field = within<PasswordField>(page, 'password-field');
  await typeInto(within(field, '#password'), password);
  await typeInto(within(field, '#repeat'), password);
  await waitUntil(() => !within<HTMLButtonElement>(page, 'button[type="submit"]').disabled, 'Sign up is enabled once the password holds');
  await press('Enter');
}

const signInWorks = (api: string, email: string) =>
  createFoyerApi({ server: api, getToken: () => null })
    .identity.signIn.mutate({ email, password })
    .then(
      () => true,
      () => false,
    );

describe('account-sign-up', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('where accounts come by invitation only, says so in a sentence and shows no form', async () => {
    const f = await signUpFixture();
    const { page } = await mount(f.inviteOnlyApi);
    await shown(page, '[part="status"]', 'This site creates accounts by invitation only.');
    expect(textOf(page, 'h2')).to.equal('Create an account');
    expect(page.shadowRoot!.querySelector('form'), 'nothing to fill in').to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('signs up from the keyboard with the same answer for an address that has an account, then confirms from the mailed link', async function () {
    this.timeout(30000);
    const f = await signUpFixture();
    const { provider, page } = await mount(f.api, { fromLink: true });
    await shown(page, 'form');
    expect(textOf(page, 'h2')).to.equal('Create an account');
    await expect(page).to.be.accessible();

    await fillForm(page, f.existing, 'Tara Again');
    await shown(page, 'h2', 'Check your inbox');
    expect(deepActiveElement()?.localName, 'focus moves to the heading').to.equal('h2');
    expect(textOf(page, '[part="status"]')).to.equal(`We sent a message to ${f.existing}. Open the link in it to confirm your address and finish signing up.`);
    await expect(page).to.be.accessible();
    const told = await mailedLink(f.existing, 'sign-up');
    expect(told.token, 'an address with an account gets no link').to.equal(null);
    expect(told.subjects).to.include('You already have an account');

    within(page, 'button').focus();
    await press('Enter');
    await shown(page, 'h2', 'Create an account');
    expect(within<HTMLInputElement>(page, 'input[name="email"]').value, 'what was typed stays').to.equal(f.existing);
    within<HTMLInputElement>(page, 'input[name="email"]').value = '';
    within<HTMLInputElement>(page, 'input[name="name"]').value = '';
    await fillForm(page, f.email, 'Nina Newcomer');
    await shown(page, '[part="status"]', `We sent a message to ${f.email}.`);
    expect(await signInWorks(f.api, f.email), 'nothing exists before the address is confirmed').to.equal(false);

    // The person opens the link from the mail on the page already open.
    const { token, subjects } = await mailedLink(f.email, 'sign-up');
    expect(subjects).to.include('Confirm your email address');
    location.hash = `sign-up=${token}`;
    await shown(page, 'h2', 'Confirm your email address');
    await expect(page).to.be.accessible();
    const signedIn = oneEvent(page, 'foyer-signed-in');
    within(page, 'button').focus();
    await press('Enter');
    await signedIn;
    await shown(page, 'h2', 'Your account is ready');
    expect(deepActiveElement()?.localName).to.equal('h2');
    expect(location.hash, 'the used link leaves the address').to.equal('');
    await shown(within(page, 'foyer-sign-in'), '[part="status"]', `Signed in as Nina Newcomer (${f.email})`);
    const me = await createFoyerApi({ server: f.api, getToken: () => provider.token }).identity.me.query();
    expect(me.identity).to.include({ email: f.email, name: 'Nina Newcomer' });
    expect(await signInWorks(f.api, f.email), 'the password chosen signs in').to.equal(true);
    await expect(page).to.be.accessible();
  });

  it('confirming from the link read from the address signs in and goes to next', async () => {
    const f = await signUpFixture();
    await createFoyerApi({ server: f.api, getToken: () => null }).identity.signUp.mutate({ email: f.email, password });
    const { token } = await mailedLink(f.email, 'sign-up');
    history.replaceState(null, '', `#sign-up=${token}`);
    const { provider, page } = await mount(f.api, { fromLink: true, next: '#welcome' });
    expect(textOf(page, 'h2')).to.equal('Confirm your email address');
    expect(await signInWorks(f.api, f.email), 'opening the page creates nothing').to.equal(false);
    within(page, 'button').click();
    await waitUntil(() => location.hash === '#welcome', 'the page goes to next');
    expect(textOf(page, '[part="status"]')).to.equal(`You are signed in as ${f.email}.`);
    expect(provider.token).to.be.a('string');
  });

  it('an expired link says what to do, and offers to sign up again', async () => {
    const f = await signUpFixture();
    const { page } = await mount(f.api, { token: f.expiredToken });
    within(page, 'button').click();
    await shown(page, 'h2', 'This link has expired');
    expect(textOf(page, '[role="alert"]')).to.equal('Links to confirm an address work for a limited time. Sign up again to get a new one.');
    await expect(page).to.be.accessible();
    within(page, 'button').focus();
    await press('Enter');
    await shown(page, 'form');
    await waitUntil(() => deepActiveElement()?.localName === 'h2', 'focus moves to the form’s heading');
  });

  it('a used or damaged link says it does not work', async () => {
    const f = await signUpFixture();
    const { page } = await mount(f.api, { token: 'x'.repeat(43) });
    within(page, 'button').click();
    await shown(page, 'h2', 'This link does not work');
    expect(textOf(page, '[role="alert"]')).to.include('If you confirmed your address already, sign in with it; otherwise sign up again.');
  });

  it('names a missing or malformed address before anything is sent', async () => {
    const f = await signUpFixture();
    const { page } = await mount(f.api);
    await shown(page, 'form');
    const field = within<PasswordField>(page, 'password-field');
    await typeInto(within(field, '#password'), password);
    await typeInto(within(field, '#repeat'), password);
    await waitUntil(() => !within<HTMLButtonElement>(page, 'button[type="submit"]').disabled);
    await press('Enter');
    await shown(page, '[role="alert"]', 'Enter your email address.');
    expect(deepActiveElement()?.getAttribute('name')).to.equal('email');
    await typeInto(within(page, 'input[name="email"]'), 'not an address');
    await press('Enter');
    await shown(page, '[role="alert"]', 'Enter a valid email address.');
    expect(within(page, 'input[name="email"]').getAttribute('aria-invalid')).to.equal('true');
    await expect(page).to.be.accessible();
  });

  it('with agency, registers an agency account whose grants wait for its second factor, and says that comes next', async function () {
    this.timeout(30000);
    const f = await agencySignUpFixture();
    const { provider, page } = await mount(f.api, { fromLink: true, agency: true, next: '#second-factor' });
    await shown(page, 'form');
    expect(textOf(page, 'h2')).to.equal('Register an agency');
    expect(page.shadowRoot!.textContent).to.include('Use an email address that your agency uses for nothing else here.');
    expect(page.shadowRoot!.textContent).to.include('Before any client’s access opens, the agency turns on a second factor (an authenticator app).');
    await expect(page).to.be.accessible();

    // An agency account has a name: the form asks for it before anything is sent.
    await fillForm(page, f.email, '');
    await shown(page, '[role="alert"]', 'Enter the agency’s name.');
    expect(deepActiveElement()?.getAttribute('name')).to.equal('name');
    await typeInto(within(page, 'input[name="name"]'), 'Bright Pixel Agency');
    await press('Enter');
    await shown(page, '[part="status"]', `We sent a message to ${f.email}.`);
    expect(await signInWorks(f.api, f.email), 'nothing exists before the address is confirmed').to.equal(false);

    const { token, subjects } = await mailedLink(f.email, 'sign-up');
    expect(subjects).to.include('Confirm your email address');
    location.hash = `sign-up=${token}`;
    await shown(page, 'h2', 'Confirm your email address');
    expect(textOf(page, 'p')).to.equal('Confirm it to create the agency account and sign in with the password you chose.');
    within(page, 'button').focus();
    await press('Enter');
    await shown(page, 'h2', 'Your agency account is ready');
    expect(textOf(page, '[part="status"]')).to.equal(`You are signed in as ${f.email}.`);
    expect(page.shadowRoot!.textContent).to.include('Next, turn on a second factor (an authenticator app): no client’s access opens for the agency until it is on.');
    const next = within<HTMLAnchorElement>(page, 'a[part="next"]');
    expect(next.textContent).to.equal('Set up the second factor');
    expect(next.getAttribute('href')).to.equal('#second-factor');
    expect(location.hash, 'the page stays: the agency reads its next step').to.equal('');
    await expect(page).to.be.accessible();

    // It is an agency account: a client grants it access by its email, and the grant waits for its second factor.
    const owner = createFoyerApi({ server: f.api, getToken: () => f.client.ownerToken });
    const grant = await owner.agencyGrants.grant.mutate({ workspace: f.client.workspace, agencyEmail: f.email, role: { template: 'copywriter' } });
    expect(grant).to.include({ email: f.email, name: 'Bright Pixel Agency', secondFactorOn: false });
    const refused = await owner.agencyGrants.grant.mutate({ workspace: f.client.workspace, agencyEmail: f.existing, role: { template: 'copywriter' } }).then(
      () => '',
      (error: unknown) => describeError(error).code,
    );
    expect(refused, 'a person’s account is no agency').to.equal('NOT_AN_AGENCY_ACCOUNT');
    const agencyApi = createFoyerApi({ server: f.api, getToken: () => provider.token });
    const accounts = await agencyApi.identity.accounts.query();
    expect(accounts.find((a) => a.workspace === f.client.workspace)).to.include({ usable: false, reason: 'SECOND_FACTOR_NOT_SET_UP' });
  });

  it('with agency, where accounts come by invitation only, says whom to ask', async () => {
    const f = await signUpFixture();
    const { page } = await mount(f.inviteOnlyApi, { agency: true });
    await shown(page, '[part="status"]', 'This site creates accounts by invitation only.');
    expect(textOf(page, 'h2')).to.equal('Register an agency');
    expect(page.shadowRoot!.textContent).to.include('Ask whoever runs this site to create your agency’s account.');
    expect(page.shadowRoot!.querySelector('form')).to.equal(null);
  });
});
