import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { invitationFixture, type InvitationFixture } from '../../test-support/invitation-fixtures.js';
import { deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { InvitationAccept } from './invitation-accept.js';
import './define.js';

async function mount(f: InvitationFixture, options: { token?: string; next?: string; fromLink?: boolean; session?: string } = {}) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none" .token=${options.session ?? null}>
      <invitation-accept .token=${options.token ?? ''} ?token-from-link=${options.fromLink ?? false} next=${options.next ?? ''}></invitation-accept>
    </foyer-provider>
  `);
  const page = provider.querySelector('invitation-accept')!;
  await page.updateComplete;
  return { provider, page };
}

const acceptButton = (page: InvitationAccept) => within<HTMLButtonElement>(page, 'button[part="button"]');

/** The workspaces the session belongs to, and how: what the server says the person may now use. */
async function membershipOf(f: InvitationFixture, token: string | null) {
  const accounts = await createFoyerApi({ server: f.api, getToken: () => token }).identity.accounts.query();
  return accounts.find((a) => a.workspace === f.workspace);
}

const newPassword = 'a lantern password 1';

describe('invitation-accept', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('a new person sees who invited them to what, chooses a password from the keyboard alone, and is a signed-in member', async function () {
    this.timeout(30000);
    const f = await invitationFixture();
    history.replaceState(null, '', `#invitation=${f.newcomer.token}`);
    const { provider, page } = await mount(f, { fromLink: true });
    await shown(page, 'password-field');
    expect(textOf(page, 'h2')).to.equal('Join Lantern Studio');
    expect(textOf(page, '[part="invitation"]')).to.equal('Olga Owner invited you to Lantern Studio as Assistant.');
    expect(textOf(page, '[part="details"]')).to.match(new RegExp(`^The invitation was sent to ${f.newcomer.email.replace(/[.]/g, '\\.')}\\. It works once, until .+\\.$`));
    expect(within<HTMLInputElement>(page, 'input[autocomplete="username"]').value, 'password managers learn whose password it is').to.equal(f.newcomer.email);
    expect(acceptButton(page).disabled, 'nothing to accept before the password holds').to.equal(true);
    await expect(page).to.be.accessible();

    // Keyboard only: the name, then Tab through the password, its show button and its repetition.
    page.focus();
    expect(deepActiveElement()?.getAttribute('name')).to.equal('name');
    await typeInto(deepActiveElement() as HTMLElement, 'Ida Invited');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('password');
    await typeInto(deepActiveElement() as HTMLElement, newPassword);
    await press('Tab');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('repeat');
    await typeInto(deepActiveElement() as HTMLElement, newPassword);
    await waitUntil(() => !acceptButton(page).disabled, 'Accept is enabled once every rule holds');

    const signedIn = oneEvent(page, 'foyer-signed-in');
    await press('Enter');
    const event = await signedIn;
    expect(event.kind).to.equal('identity');
    await shown(page, 'h2', 'You joined Lantern Studio');
    expect(deepActiveElement()?.localName, 'focus moves to the heading').to.equal('h2');
    expect(textOf(page, '[part="status"]')).to.equal(`You are a member of Lantern Studio as Assistant, signed in as ${f.newcomer.email}.`);
    expect(location.hash, 'the used link leaves the address').to.equal('');
    // Without next: where they work, and who is signed in (with a way to sign out).
    expect(textOf(page, 'p.who:not([part])')).to.include('This site is where you work with Lantern Studio');
    await shown(within(page, 'foyer-sign-in'), '[part="status"]', `Signed in as Ida Invited (${f.newcomer.email})`);

    // The provider holds the new member's session; the password chosen signs in.
    expect(await membershipOf(f, provider.token)).to.include({ kind: 'member', roleName: 'Assistant', usable: true });
    const again = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.newcomer.email, password: newPassword });
    expect(again.secondFactorRequired).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('goes on to next once the new person joined, with the invited workspace in place of {workspace}', async function () {
    this.timeout(30000);
    const f = await invitationFixture();
    const { provider, page } = await mount(f, { token: f.newcomer.token, next: '#after-joining-{workspace}' });
    await shown(page, 'password-field');
    const field = within<PasswordField>(page, 'password-field');
    await typeInto(within(field, '#password'), newPassword);
    await typeInto(within(field, '#repeat'), newPassword);
    await waitUntil(() => !acceptButton(page).disabled, 'Accept is enabled');
    await press('Enter');
    await waitUntil(() => location.hash === `#after-joining-${f.workspace}`, 'the page goes to next');
    expect(within<HTMLAnchorElement>(page, 'a[part="next"]').getAttribute('href')).to.equal(`#after-joining-${f.workspace}`);
    expect(await membershipOf(f, provider.token)).to.include({ kind: 'member' });
  });

  it('a person with an account signs in as the invited address, then accepts with one button; their password stays', async function () {
    this.timeout(30000);
    const f = await invitationFixture();
    history.replaceState(null, '', `#invitation=${f.existing.token}`);
    const { provider, page } = await mount(f, { fromLink: true });
    await shown(page, 'foyer-sign-in');
    expect(textOf(page, '[part="invitation"]')).to.equal('Olga Owner invited you to Lantern Studio as Viewer.');
    expect(textOf(page)).to.include(`${f.existing.email} already has an account. Sign in with it to accept; your password stays as it is.`);
    expect(page.shadowRoot!.querySelector('password-field'), 'the link never sets a password for an account that exists').to.equal(null);
    await expect(page).to.be.accessible();

    const signIn = within(page, 'foyer-sign-in');
    await shown(signIn, 'input[name="email"]');
    await typeInto(within(signIn, 'input[name="email"]'), f.existing.email);
    await typeInto(within(signIn, 'input[name="password"]'), f.existing.password);
    await press('Enter');
    await shown(page, 'button[part="button"]', 'Accept invitation');
    await waitUntil(() => deepActiveElement() === acceptButton(page), 'focus moves on to Accept');
    expect(textOf(page, '[part="status"]')).to.equal(`You are signed in as ${f.existing.email}.`);
    await expect(page).to.be.accessible();
    const session = provider.token;

    await press('Enter');
    await shown(page, 'h2', 'You joined Lantern Studio');
    expect(location.hash).to.equal('');
    expect(provider.token, 'the session signed in with stays').to.equal(session);
    expect(await membershipOf(f, provider.token)).to.include({ kind: 'member', roleName: 'Viewer' });
    const again = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.existing.email, password: f.existing.password });
    expect(again.secondFactorRequired).to.equal(false);
  });

  it('someone signed in as another address is told so plainly, signs out, and signs in as the invited address', async function () {
    this.timeout(30000);
    const f = await invitationFixture();
    const { provider, page } = await mount(f, { token: f.existing.token, session: f.other.session });
    await shown(page, '[part="wrong-account"]');
    expect(textOf(page, '[part="wrong-account"]')).to.equal(
      `This invitation is for ${f.existing.email}, but you are signed in as ${f.other.email}. Sign out, then sign in as ${f.existing.email} to accept it.`,
    );
    expect(page.shadowRoot!.querySelector('button[part="button"]'), 'no Accept for the wrong account').to.equal(null);
    const signIn = within(page, 'foyer-sign-in');
    await shown(signIn, 'button', 'Sign out');
    await expect(page).to.be.accessible();

    within(signIn, 'button').focus();
    await press('Enter');
    await waitUntil(() => provider.token === null, 'signed out');
    await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'email', 'focus moves to the sign-in form');
    expect(textOf(page)).to.include(`${f.existing.email} already has an account.`);
    const otherAgain = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.other.email, password: f.other.password });
    expect(otherAgain.secondFactorRequired).to.equal(false);
    if (!otherAgain.secondFactorRequired) expect(await membershipOf(f, otherAgain.token), 'the other person joined nothing').to.equal(undefined);

    await typeInto(deepActiveElement() as HTMLElement, f.existing.email);
    await press('Tab');
    await typeInto(deepActiveElement() as HTMLElement, f.existing.password);
    await press('Enter');
    await waitUntil(() => deepActiveElement()?.textContent?.trim() === 'Accept invitation', 'focus moves on to Accept');
    await press('Enter');
    await shown(page, 'h2', 'You joined Lantern Studio');
    expect(await membershipOf(f, provider.token)).to.include({ kind: 'member' });
  });

  it('an expired invitation says whom to ask, with no form, and leaves the address', async () => {
    const f = await invitationFixture();
    history.replaceState(null, '', `#invitation=${f.expiredToken}`);
    const { page } = await mount(f, { fromLink: true });
    await shown(page, 'h2', 'This invitation has expired');
    expect(textOf(page, '[role="alert"]')).to.equal('Invitations work for a limited time. Ask Olga Owner to send it again: the new email holds a fresh link.');
    expect(page.shadowRoot!.querySelector('form, button, foyer-sign-in'), 'nothing to fill in').to.equal(null);
    expect(location.hash, 'a link of no use leaves the address').to.equal('');
    await expect(page).to.be.accessible();
  });

  it('a used invitation says so and offers to sign in; a withdrawn one says whom to ask; a made-up one that it does not work', async () => {
    const f = await invitationFixture();
    const used = await mount(f, { token: f.usedToken });
    await shown(used.page, 'h2', 'This invitation was already accepted');
    expect(textOf(used.page, '[role="alert"]')).to.include('Each invitation works once. If you accepted it, sign in with used-');
    expect(used.page.shadowRoot!.querySelector('form, password-field, button[part="button"]')).to.equal(null);
    await shown(within(used.page, 'foyer-sign-in'), 'input[name="email"]');
    await expect(used.page).to.be.accessible();

    const revoked = await mount(f, { token: f.revokedToken });
    await shown(revoked.page, 'h2', 'This invitation was withdrawn');
    expect(textOf(revoked.page, '[role="alert"]')).to.equal('Ask Olga Owner whether you should still join Lantern Studio.');
    expect(revoked.page.shadowRoot!.querySelector('form, button, foyer-sign-in')).to.equal(null);
    await expect(revoked.page).to.be.accessible();

    const madeUp = await mount(f, { token: 'x'.repeat(43) });
    await shown(madeUp.page, 'h2', 'This invitation link does not work');
    expect(textOf(madeUp.page, '[role="alert"]')).to.include('Open the latest invitation email');
    expect(madeUp.page.shadowRoot!.querySelector('form, button')).to.equal(null);
  });

  it('a link accepted meanwhile in another tab is refused with what happened, and the form goes', async function () {
    this.timeout(30000);
    const f = await invitationFixture();
    const { page } = await mount(f, { token: f.newcomer.token });
    await shown(page, 'password-field');
    await createFoyerApi({ server: f.api, getToken: () => null }).invitations.accept.mutate({ token: f.newcomer.token, password: 'another tab password' });
    const field = within<PasswordField>(page, 'password-field');
    await typeInto(within(field, '#password'), newPassword);
    await typeInto(within(field, '#repeat'), newPassword);
    await waitUntil(() => !acceptButton(page).disabled, 'Accept is enabled');
    await press('Enter');
    await shown(page, 'h2', 'This invitation was already accepted');
    expect(deepActiveElement()?.localName, 'focus moves to the heading').to.equal('h2');
    expect(page.shadowRoot!.querySelector('password-field')).to.equal(null);
  });

  it('shows nothing without a link, and ignores the fragments of other links on the page', async () => {
    const f = await invitationFixture();
    history.replaceState(null, '', `#password-reset=${'y'.repeat(43)}`);
    const { page } = await mount(f, { fromLink: true });
    expect(textOf(page)).to.equal('');
    expect(location.hash, 'another element’s link stays in the address').to.equal(`#password-reset=${'y'.repeat(43)}`);
  });
});
