import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
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
});
