import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import { photographerFixture } from '../test-support/fixtures.js';
import { press, retype, shown, textOf, within } from '../test-support/interaction.js';
import { configureFoyerLocales, matchLocale } from './localization.js';
import '../components/foyer-provider/define.js';
import '../components/client-access-login/define.js';

describe('localization', () => {
  it('matches a page language to one the elements speak', () => {
    expect(matchLocale('de-AT')).to.equal('de');
    expect(matchLocale('nn-NO')).to.equal('nb');
    expect(matchLocale('no')).to.equal('nb');
    expect(matchLocale('hu')).to.equal('hu');
    expect(matchLocale('fr-FR')).to.equal('en');
  });

  it('the login speaks German, Norwegian and Hungarian, refusals included', async () => {
    const f = await photographerFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none"><client-access-login></client-access-login></foyer-provider>
    `);
    const login = provider.querySelector('client-access-login')!;
    await login.updateComplete;
    expect(textOf(login, 'label')).to.equal('Access code');

    const locales = configureFoyerLocales();
    expect(configureFoyerLocales()).to.equal(locales);
    await locales.setLocale('de');
    await waitUntil(() => textOf(login, 'label') === 'Zugangscode');
    expect(textOf(login, 'button')).to.equal('Meine Galerien anzeigen');
    await retype(within<HTMLInputElement>(login, 'input'), 'no-such-code-here');
    await press('Enter');
    await shown(login, '[role="alert"]', 'Dieser Zugangscode ist nicht gültig. Prüfe ihn oder frag nach einem neuen.');
    await expect(login).to.be.accessible();

    await locales.setLocale('nb');
    await waitUntil(() => textOf(login, 'label') === 'Tilgangskode');
    await locales.setLocale('hu');
    await waitUntil(() => textOf(login, 'button') === 'Galériáim megjelenítése');
    await locales.setLocale('en');
    await waitUntil(() => textOf(login, 'label') === 'Access code');
  });
});
