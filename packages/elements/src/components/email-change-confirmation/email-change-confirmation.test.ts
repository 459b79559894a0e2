import { expect, fixture, html } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { emailChangeFixture, type EmailChangeFixture } from '../../test-support/account-link-fixtures.js';
import { deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import './define.js';

async function mount(f: EmailChangeFixture, options: { token?: string; fromLink?: boolean; session?: string } = {}) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none" .token=${options.session ?? null}>
      <email-change-confirmation .token=${options.token ?? ''} ?token-from-link=${options.fromLink ?? false}></email-change-confirmation>
    </foyer-provider>
  `);
  const page = provider.querySelector('email-change-confirmation')!;
  await page.updateComplete;
  return { provider, page };
}

const signedIn = (f: EmailChangeFixture, token: string | null) =>
  createFoyerApi({ server: f.api, getToken: () => token })
    .identity.me.query()
    .then(
      (me) => me.identity.email,
      () => null,
    );

describe('email-change-confirmation', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('changes the address once the person confirms, from the keyboard; other sessions end, and the new address signs in', async function () {
    this.timeout(30000);
    const f = await emailChangeFixture();
    history.replaceState(null, '', `#email-change=${f.token}`);
    const { page } = await mount(f, { fromLink: true });
    expect(textOf(page, 'h2')).to.equal('Confirm your new email address');
    expect(await signedIn(f, f.person.token), 'opening the page changes nothing').to.equal(f.person.email);
    await expect(page).to.be.accessible();

    within(page, 'button').focus();
    await press('Enter');
    await shown(page, 'h2', 'Your email address is changed');
    expect(deepActiveElement()?.localName, 'focus moves to the heading').to.equal('h2');
    expect(textOf(page, '[part="status"]')).to.equal(`Your account signs in with ${f.newEmail} from now on. Every other session of it was signed out.`);
    expect(location.hash, 'the used link leaves the address').to.equal('');
    expect(await signedIn(f, f.person.token), 'the session from before is over').to.equal(null);
    await expect(page).to.be.accessible();

    // Nobody was signed in on this page: its sign-in signs in with the new address.
    const signIn = within(page, 'foyer-sign-in');
    await typeInto(within(signIn, 'input[name="email"]'), f.newEmail);
    await typeInto(within(signIn, 'input[name="password"]'), f.person.password);
    await press('Enter');
    await shown(signIn, '[part="status"]', `Signed in as Mona Mover (${f.newEmail})`);
  });

  it('keeps the session of the same account on this page, which then shows the new address', async () => {
    const f = await emailChangeFixture();
    const { provider, page } = await mount(f, { token: f.token, session: f.person.token });
    within(page, 'button').click();
    await shown(page, 'h2', 'Your email address is changed');
    await shown(within(page, 'foyer-sign-in'), '[part="status"]', `Signed in as Mona Mover (${f.newEmail})`);
    expect(await signedIn(f, provider.token)).to.equal(f.newEmail);
  });

  it('an expired link says what to do', async () => {
    const f = await emailChangeFixture();
    const { page } = await mount(f, { token: f.expiredToken });
    within(page, 'button').click();
    await shown(page, 'h2', 'This link has expired');
    expect(textOf(page, '[role="alert"]')).to.equal(
      'Links to confirm a new address work for a limited time. Sign in with your current address and ask for the change again: a new link will be sent.',
    );
    await expect(page).to.be.accessible();
  });

  it('a used link says it does not work', async () => {
    const f = await emailChangeFixture();
    await createFoyerApi({ server: f.api, getToken: () => null }).identity.confirmEmailChange.mutate({ token: f.token });
    const { page } = await mount(f, { token: f.token });
    within(page, 'button').click();
    await shown(page, 'h2', 'This link does not work');
    expect(textOf(page, '[role="alert"]')).to.include('If your address was changed already, sign in with the new one.');
  });

  it('shows nothing without a link of its own, so it sits on the account page beside the others', async () => {
    const f = await emailChangeFixture();
    history.replaceState(null, '', `#password-reset=${'z'.repeat(43)}`);
    const { page } = await mount(f, { fromLink: true });
    expect(textOf(page)).to.equal('');
    expect(location.hash).to.equal(`#password-reset=${'z'.repeat(43)}`);
  });
});
