import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { configureFoyerLocales } from '../../localization/localization.js';
import { printShopFixture } from '../../test-support/fixtures.js';
import { cutOff } from '../../test-support/fit.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ContactsTable } from './contacts-table.js';
import './define.js';

const locales = configureFoyerLocales();

describe('contacts-table fits its window', () => {
  after(async () => {
    await locales.setLocale('en');
    await setViewport({ width: 1280, height: 900 });
  });

  const cases = [...['en', 'de', 'nb', 'hu'].map((locale) => ({ locale, width: 1280 })), { locale: 'en', width: 1024 }];
  for (const { locale, width } of cases) {
    it(`shows every column header whole and each row's actions, in ${locale} at ${width} pixels`, async () => {
      await setViewport({ width, height: 900 });
      await locales.setLocale(locale);
      const f = await printShopFixture();
      const provider = await fixture<FoyerProvider>(html`
        <foyer-provider lang=${locale} persist="none" server=${f.api} workspace=${f.workspace}>
          <contacts-table></contacts-table>
        </foyer-provider>
      `);
      provider.token = f.owner.token;
      const table = provider.querySelector<ContactsTable>('contacts-table')!;
      await waitUntil(() => table.shadowRoot!.querySelectorAll('[role="rowgroup"].body [role="row"]').length > 0, 'the rows show', { timeout: 8000 });
      await table.updateComplete;
      const root = table.shadowRoot!;
      const grid = root.querySelector<HTMLElement>('[role="grid"]')!;
      const view = { left: 0, right: document.documentElement.clientWidth };
      // Names, emails and companies may end in an ellipsis; every other word is whole.
      expect(cutOff(table, view, { shortened: '[role="row"] .text' })).to.deep.equal([]);
      // Nothing hides behind a sideways scroll: the actions and the last column are in view as they open.
      expect(grid.scrollWidth).to.be.at.most(grid.clientWidth);
      const headers = [...root.querySelectorAll<HTMLElement>('[role="columnheader"]')];
      expect(headers).to.have.length(8);
      for (const header of headers) expect(header.getBoundingClientRect().right).to.be.at.most(view.right);
      const actions = [...root.querySelectorAll<HTMLElement>('.row-actions')];
      expect(actions.length).to.be.greaterThan(0);
      for (const button of actions) expect(button.getBoundingClientRect().right).to.be.at.most(grid.getBoundingClientRect().right);
    });
  }
});
