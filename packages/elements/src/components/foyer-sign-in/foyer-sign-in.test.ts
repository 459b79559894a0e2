import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, secondFactorFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { totp } from '../../test-support/totp.js';
import { deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

async function signInPage(f: PhotographerFixture, persist: 'none' | 'session' = 'none') {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist=${persist}><foyer-sign-in></foyer-sign-in></foyer-provider>
  `);
  const signIn = provider.querySelector('foyer-sign-in')!;
  await signIn.updateComplete;
  return { provider, signIn };
}

describe('foyer-sign-in', () => {
  it('signs the owner in, says who is signed in, and signs out', async () => {
    const f = await photographerFixture();
    const { provider, signIn } = await signInPage(f);
    await expect(signIn).to.be.accessible();
    await typeInto(within(signIn, 'input[type="email"]'), f.owner.email);
    await typeInto(within(signIn, 'input[type="password"]'), f.owner.password);
    const signedIn = oneEvent<FoyerSignedInEvent>(signIn, 'foyer-signed-in');
    await press('Enter');
    expect((await signedIn).kind).to.equal('identity');
    await shown(signIn, '[part="status"]', `Signed in as Ada Owner (${f.owner.email})`);
    expect(provider.token).to.be.a('string');
    await expect(signIn).to.be.accessible();

    within(signIn, 'button').click();
    await waitUntil(() => provider.token === null, 'the token was not cleared');
    await shown(signIn, 'form');
  });

  it('a wrong password is refused with a sentence, and nobody is signed in', async () => {
    const f = await photographerFixture();
    const { provider, signIn } = await signInPage(f);
    await typeInto(within(signIn, 'input[type="email"]'), f.owner.email);
    await typeInto(within(signIn, 'input[type="password"]'), 'not my password');
    await press('Enter');
    await shown(signIn, '[role="alert"]', 'The email or password is not correct.');
    expect(provider.token).to.equal(null);
    await expect(signIn).to.be.accessible();
  });

  it('a session the tab kept is recognised after a reload', async () => {
    const f = await photographerFixture();
    const first = await signInPage(f, 'session');
    await typeInto(within(first.signIn, 'input[type="email"]'), f.owner.email);
    await typeInto(within(first.signIn, 'input[type="password"]'), f.owner.password);
    await press('Enter');
    await shown(first.signIn, '[part="status"]');

    const reloaded = await signInPage(f, 'session');
    await shown(reloaded.signIn, '[part="status"]', 'Signed in as Ada Owner');
    expect(textOf(reloaded.signIn, 'button')).to.equal('Sign out');
    within(reloaded.signIn, 'button').click();
    await waitUntil(() => reloaded.provider.token === null);
  });

  it('asks for the authenticator code when the account has a second factor, and signs in only with a right one', async () => {
    const f = await secondFactorFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><foyer-sign-in></foyer-sign-in></foyer-provider>
    `);
    const signIn = provider.querySelector('foyer-sign-in')!;
    await signIn.updateComplete;
    await typeInto(within(signIn, 'input[type="email"]'), f.email);
    await typeInto(within(signIn, 'input[type="password"]'), f.password);
    await press('Enter');
    const code = await shown<HTMLInputElement>(signIn, 'input[name="code"]');
    expect(textOf(signIn, 'label')).to.equal('Code from your authenticator app, or a recovery code');
    expect(deepActiveElement()).to.equal(code);
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(provider.token).to.equal(null);
    await expect(signIn).to.be.accessible();

    const right = await totp(f.secret);
    const wrong = right === '000000' ? '111111' : '000000';
    await typeInto(code, wrong);
    await press('Enter');
    await shown(signIn, '[role="alert"]', 'This code is not correct, or it has been used already.');
    expect(provider.token).to.equal(null);
    await expect(signIn).to.be.accessible();

    code.value = '';
    const signedIn = oneEvent<FoyerSignedInEvent>(signIn, 'foyer-signed-in');
    await typeInto(code, right);
    await press('Enter');
    expect((await signedIn).kind).to.equal('identity');
    await shown(signIn, '[part="status"]', `Signed in as Tove Twostep (${f.email})`);
    expect(provider.token).to.be.a('string');
  });

  it('"Start again" goes back from the code to email and password', async () => {
    const f = await secondFactorFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><foyer-sign-in></foyer-sign-in></foyer-provider>
    `);
    const signIn = provider.querySelector('foyer-sign-in')!;
    await signIn.updateComplete;
    await typeInto(within(signIn, 'input[type="email"]'), f.email);
    await typeInto(within(signIn, 'input[type="password"]'), f.password);
    await press('Enter');
    await shown(signIn, 'input[name="code"]');
    within(signIn, 'button[part="link-button"]').click();
    const email = await shown<HTMLInputElement>(signIn, 'input[type="email"]');
    await waitUntil(() => deepActiveElement() === email);
    expect(provider.token).to.equal(null);
  });
});
