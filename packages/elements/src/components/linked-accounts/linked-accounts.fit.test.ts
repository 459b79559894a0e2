import { expect, fixtureSync, html } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { cutOff } from '../../test-support/fit.js';
import { shown, within } from '../../test-support/interaction.js';
import { masterLinkedFixture } from '../../test-support/master-fixtures.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import './define.js';

describe('linked-accounts in a column', () => {
  for (const width of [320, 560, 1024]) {
    it(`fits ${width} pixels with a waiting link and the Add account form open: nothing sticks out and no word is cut`, async () => {
      const f = await masterLinkedFixture();
      const owner = createFoyerApi({ server: f.api, getToken: () => f.owner.token });
      await owner.master.linkAccount.mutate({ workspace: f.workspace, nickname: f.free[0]!.handle, password: f.free[0]!.password });
      // A plain root: fixture() would wait for an animation frame a page in the background does not get.
      const column = fixtureSync<HTMLElement>(html`
        <div style="font: 1rem/1.6 'Helvetica Neue', Arial, system-ui, sans-serif; box-sizing: border-box; padding: 1rem; border: 1px solid #d5dbe8">
          <foyer-provider server=${f.api} persist="none" .token=${f.owner.token}><linked-accounts workspace=${f.workspace}></linked-accounts></foyer-provider>
        </div>
      `);
      column.style.width = `${width}px`;
      const accounts = (column.querySelector('foyer-provider') as FoyerProvider).querySelector('linked-accounts')!;
      await shown(accounts, '[part~="pending-row"]');
      within(accounts, '#add-account').click();
      await shown(accounts, '#add-form');
      const box = accounts.getBoundingClientRect();
      expect(box.right, 'the element ends inside its column').to.be.at.most(column.getBoundingClientRect().right);
      expect(cutOff(accounts, box)).to.deep.equal([]);
    });
  }
});
