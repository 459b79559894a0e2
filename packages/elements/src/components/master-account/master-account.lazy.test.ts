import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { masterShellFixture } from '../../test-support/master-shell-fixtures.js';
import { allWithin, shown } from '../../test-support/interaction.js';
import type { MasterAccount } from './master-account.js';
import '../foyer-provider/define.js';
import './define.js';

// On a page of its own: once a tab's element is registered, it stays registered for the page.

/** Whether the page has fetched the chart library (Chart.js's own modules, not the dashboard's). */
const chartLibraryFetched = () => performance.getEntriesByType('resource').some((entry) => /\/chart\.js\//.test(new URL(entry.name).pathname));

describe('master-account’s tabs', () => {
  it('fetch each tab’s element only when the tab first opens: no chart library before a tab that charts opens', async function () {
    this.timeout(60_000);
    const f = await masterShellFixture();
    expect(customElements.get('master-users'), 'before the shell is shown').to.equal(undefined);
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><master-account workspace=${f.master.handle} tab="tickets"></master-account></foyer-provider>
    `);
    provider.token = f.owner.token;
    const shell = provider.querySelector<MasterAccount>('master-account')!;
    await shown(shell, '[role="tablist"]');
    const tab = (label: string) => allWithin<HTMLButtonElement>(shell, '[role="tab"]').find((t) => t.textContent?.trim() === label)!;

    expect(customElements.get('sales-dashboard')).to.equal(undefined);
    expect(customElements.get('linked-accounts')).to.equal(undefined);
    expect(customElements.get('master-users')).to.equal(undefined);
    expect(chartLibraryFetched()).to.equal(false);
    // The open tab's element is fetched; Transactions' waits for its tab.
    await waitUntil(() => customElements.get('ticket-table'), 'the open Tickets tab loads <ticket-table>', { timeout: 8000 });
    expect((await shown(shell, '#panel-tickets ticket-table')).getAttribute('workspace')).to.equal(f.master.handle);
    expect(customElements.get('transaction-table')).to.equal(undefined);
    tab('Transactions').click();
    await waitUntil(() => customElements.get('transaction-table'), 'opening Transactions loads <transaction-table>', { timeout: 8000 });
    expect(customElements.get('report-view')).to.equal(undefined);
    expect(chartLibraryFetched(), 'no tab that charts has opened yet').to.equal(false);
    tab('Reports').click();
    await waitUntil(() => customElements.get('report-view'), 'opening Reports loads <report-view>', { timeout: 8000 });
    expect((await shown(shell, '#panel-reports report-view')).getAttribute('workspace')).to.equal(f.master.handle);

    tab('Users').click();
    await waitUntil(() => customElements.get('master-users'), 'opening Users loads <master-users>', { timeout: 8000 });
    expect(customElements.get('sales-dashboard')).to.equal(undefined);

    tab('Dashboard').click();
    await waitUntil(() => customElements.get('sales-dashboard'), 'opening Dashboard loads <sales-dashboard>', { timeout: 8000 });
    const dashboard = await shown(shell, '#panel-dashboard sales-dashboard');
    expect(dashboard.getAttribute('workspace')).to.equal(f.master.handle);
    await waitUntil(() => dashboard.shadowRoot?.querySelector('[part~="title"]'), 'the dashboard upgrades and renders');
    expect(customElements.get('linked-accounts')).to.equal(undefined);

    tab('Accounts').click();
    await waitUntil(() => customElements.get('linked-accounts'), 'opening Accounts loads <linked-accounts>', { timeout: 8000 });
    expect((await shown(shell, '#panel-accounts linked-accounts')).getAttribute('workspace')).to.equal(f.master.handle);
    await expect(shell).to.be.accessible();
  });
});
