import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import { photographerFixture } from '../test-support/fixtures.js';
import { press, retype, shown, textOf, within } from '../test-support/interaction.js';
import { configureFoyerLocales, matchLocale } from './localization.js';
import '../components/foyer-provider/define.js';
import '../components/client-access-login/define.js';

describe('localization', () => {
  it('an English page fetches no translation, and setting German fetches German alone', async () => {
    const translationsFetched = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/localization\/locales\/(de|nb|hu)\.(js|ts)$/.test(path))
        .map((path) => path.replace(/^.*\/locales\/|\.(js|ts)$/g, ''));
    const locales = configureFoyerLocales({ initialLocale: 'en-US' });
    expect(locales.getLocale()).to.equal('en');
    expect(translationsFetched()).to.deep.equal([]);
    await locales.setLocale('de');
    expect(translationsFetched()).to.deep.equal(['de']);
    await locales.setLocale('en');
  });

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

  it('setLocale takes the language tags of a page as they come and never refuses one', async () => {
    const f = await photographerFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none"><client-access-login></client-access-login></foyer-provider>
    `);
    const login = provider.querySelector('client-access-login')!;
    const locales = configureFoyerLocales();

    await locales.setLocale('de-DE');
    expect(locales.getLocale()).to.equal('de');
    await waitUntil(() => textOf(login, 'label') === 'Zugangscode');
    await locales.setLocale('no');
    expect(locales.getLocale()).to.equal('nb');
    await waitUntil(() => textOf(login, 'label') === 'Tilgangskode');
    await locales.setLocale('en-GB');
    await waitUntil(() => textOf(login, 'label') === 'Access code');
    await locales.setLocale('nn');
    expect(locales.getLocale()).to.equal('nb');
    await locales.setLocale('hu-HU');
    expect(locales.getLocale()).to.equal('hu');
    // Languages the elements do not speak, and no language at all, are English.
    for (const unknown of ['fr', 'pt-BR', 'x-klingon', '']) {
      await locales.setLocale('de');
      await locales.setLocale(unknown);
      expect(locales.getLocale(), unknown).to.equal('en');
    }
    await waitUntil(() => textOf(login, 'label') === 'Access code');
  });
});
