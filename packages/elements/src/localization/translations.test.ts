import { expect } from '@open-wc/testing';
import { targetLocales } from './locale-codes.js';
import { templates as de } from './locales/de.js';
import { templates as hu } from './locales/hu.js';
import { templates as nb } from './locales/nb.js';

const built: Record<(typeof targetLocales)[number], Record<string, unknown>> = { de, nb, hu };

/**
 * A string added to an element without its translations would show in English on a German,
 * Norwegian or Hungarian page. The translators' xliff files list every message the elements
 * use (`npm run localize:extract`); each needs a translation, built into its locale module
 * (`npm run localize:build`).
 */
describe('translations', () => {
  for (const locale of targetLocales) {
    it(`cover every message of the elements in ${locale}`, async () => {
      const response = await fetch(`/xliff/${locale}.xlf`);
      expect(response.ok, `xliff/${locale}.xlf`).to.equal(true);
      const xliff = new DOMParser().parseFromString(await response.text(), 'application/xml');
      const units = [...xliff.getElementsByTagName('trans-unit')];
      expect(units.length).to.be.greaterThan(400);
      const untranslated = units.filter((u) => !u.getElementsByTagName('target')[0]?.textContent?.trim()).map((u) => u.id);
      expect(untranslated, 'units without a target').to.deep.equal([]);
      const templates = built[locale];
      expect(
        units.map((u) => u.id).filter((id) => !(id in templates)),
        'translations not built into the locale module',
      ).to.deep.equal([]);
    });
  }
});
