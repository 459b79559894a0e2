import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MasterArea } from '@foyer/schema';

/** A tab's name, as the person reads it. */
export function areaLabel(area: MasterArea): string {
  switch (area) {
    case 'dashboard':
      return msg('Dashboard');
    case 'accounts':
      return msg('Accounts');
    case 'tickets':
      return msg('Tickets');
    case 'transactions':
      return msg('Transactions');
    case 'reports':
      return msg('Reports');
    case 'users':
      return msg('Users');
  }
}

/**
 * The entry of the element a tab shows, fetched the first time the tab opens: a person who
 * never opens the dashboard never loads its chart library, nor the users' role picker.
 */
export const areaEntries: Partial<Record<MasterArea, () => Promise<unknown>>> = {
  dashboard: () => import('../../entries/sales-dashboard.js'),
  accounts: () => import('../../entries/linked-accounts.js'),
  tickets: () => import('../../entries/ticket-table.js'),
  transactions: () => import('../../entries/transaction-table.js'),
  reports: () => import('../../entries/report-view.js'),
  users: () => import('../../entries/master-users.js'),
};

/**
 * What a tab's panel holds for the master account `workspace`. An element's tag is rendered
 * at once and upgrades when its entry has loaded.
 */
export function renderAreaContent(area: MasterArea, workspace: string): TemplateResult {
  switch (area) {
    case 'dashboard':
      return html`<sales-dashboard part="area-element" workspace=${workspace}></sales-dashboard>`;
    case 'accounts':
      return html`<linked-accounts part="area-element" workspace=${workspace}></linked-accounts>`;
    case 'users':
      return html`<master-users part="area-element" workspace=${workspace}></master-users>`;
    case 'tickets':
      return html`<ticket-table part="area-element" workspace=${workspace}></ticket-table>`;
    case 'transactions':
      return html`<transaction-table part="area-element" workspace=${workspace}></transaction-table>`;
    case 'reports':
      return html`<report-view part="area-element" workspace=${workspace}></report-view>`;
  }
}
