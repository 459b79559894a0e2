import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ReportName, ReportThirdParty } from '@foyer/schema';
import { reportNames } from '@foyer/schema/report-names';
import { reportDescription, reportLabel, thirdPartyOption } from './report-labels.js';
import { thirdPartyChoice } from './report-model.js';

/** The choice of reports, and the sentence saying what the chosen one shows. */
export function renderReportChooser(report: ReportName, onChange: (event: Event) => void): TemplateResult {
  return html`
    <div part="chooser" class="chooser">
      <div class="field">
        <label part="label" for="report">${msg('Report')}</label>
        <select part="select" id="report" aria-describedby="report-description" @change=${onChange}>
          ${reportNames.map((name) => html`<option value=${name} ?selected=${name === report}>${reportLabel(name)}</option>`)}
        </select>
      </div>
      <p part="description" class="muted" id="report-description">${reportDescription(report)}</p>
    </div>
  `;
}

/** What a report is asked of besides its period: the account chosen and, where the report takes one, the third party. */
export interface ReportScopeChoices {
  report: ReportName;
  accounts: ReadonlyArray<{ handle: string; name: string }>;
  account: string;
  thirdParties: readonly ReportThirdParty[];
  thirdParty: string;
  onChoose: (field: 'account' | 'thirdParty', event: Event) => void;
}

/** The account and third-party fields the period form shows beside its dates. */
export function renderScopeFields(view: ReportScopeChoices): TemplateResult {
  const choice = thirdPartyChoice(view.report);
  return html`
    <div class="field">
      <label part="label" for="account">${msg('Account')}</label>
      <select part="select" id="account" @change=${(e: Event) => view.onChoose('account', e)}>
        <option value="" ?selected=${view.account === ''}>${msg('All accounts')}</option>
        ${view.accounts.map((a) => html`<option value=${a.handle} ?selected=${a.handle === view.account}>${a.name} (${a.handle})</option>`)}
      </select>
    </div>
    ${
      choice === 'none'
        ? nothing
        : html`<div class="field">
          <label part="label" for="third-party">${msg('Third party')}</label>
          <select part="select" id="third-party" @change=${(e: Event) => view.onChoose('thirdParty', e)}>
            ${choice === 'optional' ? html`<option value="" ?selected=${view.thirdParty === ''}>${msg('All third parties')}</option>` : nothing}
            ${view.thirdParties.map((t) => html`<option value=${t.identityId} ?selected=${t.identityId === view.thirdParty}>${thirdPartyOption(t)}</option>`)}
          </select>
        </div>`
    }
  `;
}
