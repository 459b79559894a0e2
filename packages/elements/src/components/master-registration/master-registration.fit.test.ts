import { expect, fixtureSync, html } from '@open-wc/testing';
import { cutOff } from '../../test-support/fit.js';
import { shown, typeInto, within } from '../../test-support/interaction.js';
import { masterSellersFixture } from '../../test-support/master-fixtures.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { MasterRegistration } from './master-registration.js';
import './define.js';

/** The registration in a column `width` pixels wide, opened from a registration link. */
async function pageIn(width: number, token = ''): Promise<MasterRegistration> {
  const f = await masterSellersFixture();
  // A plain root: fixture() would wait for an animation frame a page in the background does not get.
  const column = fixtureSync<HTMLElement>(html`
    <div style="font: 1rem/1.6 'Helvetica Neue', Arial, system-ui, sans-serif; box-sizing: border-box; padding: 1rem; border: 1px solid #d5dbe8">
      <foyer-provider server=${f.api} persist="none"><master-registration .token=${token || f.challenge.token}></master-registration></foyer-provider>
    </div>
  `);
  column.style.width = `${width}px`;
  return (column.querySelector('foyer-provider') as FoyerProvider).querySelector('master-registration')!;
}

describe('master-registration in a column', () => {
  for (const width of [320, 640]) {
    it(`fits ${width} pixels on the password page, long address and nickname included: nothing sticks out and no word is cut`, async () => {
      const page = await pageIn(width);
      await shown(page, 'password-field');
      await typeInto(within(within(page, 'password-field'), '#password'), 'Ab1!');
      const box = page.getBoundingClientRect();
      expect(cutOff(page, box)).to.deep.equal([]);
    });
  }
});
