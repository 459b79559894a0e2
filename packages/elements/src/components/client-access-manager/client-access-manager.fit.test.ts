import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cutOff } from '../../test-support/fit.js';
import { photographerFixture } from '../../test-support/fixtures.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ClientAccessManager } from './client-access-manager.js';
import './define.js';

describe('client-access-manager on a 390-pixel phone', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
  });
  after(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('lists the accesses so that every fact and the Manage button are in view, none cut off', async () => {
    const f = await photographerFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
        <client-access-manager></client-access-manager>
      </foyer-provider>
    `);
    provider.token = f.owner.token;
    const el = provider.querySelector<ClientAccessManager>('client-access-manager')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the accesses show', { timeout: 8000 });
    await el.updateComplete;
    const view = { left: 0, right: document.documentElement.clientWidth };
    expect(view.right).to.be.at.most(390);
    expect(cutOff(el, view)).to.deep.equal([]);
    const manage = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button[data-open]')];
    expect(manage).to.have.length(4);
    for (const button of manage) expect(button.getBoundingClientRect().right).to.be.at.most(view.right);
    // Each access still reads as a row of its table, with its column names.
    const firstRow = el.shadowRoot!.querySelector('tbody tr')!;
    expect(firstRow.getAttribute('role')).to.equal('row');
    expect([...firstRow.querySelectorAll('[data-label]')].map((c) => c.getAttribute('data-label'))).to.deep.equal(['Status', 'Code', 'Email', 'Galleries', 'Last used', 'Uses']);
    await expect(el).to.be.accessible();
  });
});
