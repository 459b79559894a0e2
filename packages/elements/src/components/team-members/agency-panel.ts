import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import type { AgencyGrant } from '@foyer/schema';
import { grantActions, nameOf, rowKeyOf } from './member-actions.js';
import { renderRowActions, type RowActionsView } from './row-actions.js';

export interface AgencyPanelOptions {
  /** The workspace's grants as the server lists them; undefined while they load. */
  grants: readonly AgencyGrant[] | undefined;
  /** Why they could not be loaded, as a sentence. */
  error: string;
  locale: string;
  actions: RowActionsView;
  onGrant: (button: HTMLElement) => void;
  onRetry: () => void;
}

/** Whether the agency can use its access now: the server opens no grant until the agency's second factor is on. */
function usable(grant: AgencyGrant): TemplateResult {
  return grant.secondFactorOn ? html`${msg('Usable')}` : html`<span class="warning">${msg('Not usable yet: the agency has not turned on its second factor.')}</span>`;
}

/**
 * The agencies that hold access to the workspace, for its owner: each with its role, whether
 * it can use the access yet, and since when; a new grant by the agency account's email, and
 * per grant another role or the end of the access.
 */
export function renderAgencyPanel(o: AgencyPanelOptions): TemplateResult {
  const label = { email: msg('Email'), role: msg('Role'), usable: msg('Can use it'), since: msg('Since') };
  const date = (value: string) => new Date(value).toLocaleDateString(o.locale, { dateStyle: 'medium' });
  return html`
    <section part="agencies" class="panel" aria-labelledby="agencies-title">
      <h3 id="agencies-title">${msg('Agency access')}</h3>
      <p class="muted">${msg('An agency works in this workspace with an account of its own, in the role you give it, until you revoke the access.')}</p>
      ${
        o.error
          ? html`
            <p part="error" role="alert">${o.error}</p>
            <button part="button" type="button" @click=${o.onRetry}>${msg('Try again')}</button>
          `
          : !o.grants
            ? html`<p part="loading" role="status">${msg('Loading the agencies…')}</p>`
            : o.grants.length === 0
              ? html`<p part="empty" class="muted">${msg('No agency has access.')}</p>`
              : html`
                <div class="table-wrap" id="agency-list" tabindex="0" role="region" aria-label=${msg('Agencies with access')}>
                  <table part="list" class="stackable" role="table">
                    <caption class="visually-hidden">${msg('Agencies with access')}</caption>
                    <thead role="rowgroup">
                      <tr role="row">
                        <th scope="col" role="columnheader">${msg('Agency')}</th>
                        <th scope="col" role="columnheader">${label.email}</th>
                        <th scope="col" role="columnheader">${label.role}</th>
                        <th scope="col" role="columnheader">${label.usable}</th>
                        <th scope="col" role="columnheader">${label.since}</th>
                        <th scope="col" role="columnheader"><span class="visually-hidden">${msg('Actions')}</span></th>
                      </tr>
                    </thead>
                    <tbody role="rowgroup">
                      ${repeat(
                        o.grants,
                        (g) => rowKeyOf.grant(g),
                        (g) => html`
                          <tr role="row" part="row" data-email=${g.email}>
                            <th scope="row" role="rowheader">${nameOf(g)}</th>
                            <td role="cell" data-label=${label.email}>${g.email}</td>
                            <td role="cell" part="role" data-label=${label.role}>${g.role.name}</td>
                            <td role="cell" part="usable" data-label=${label.usable}>${usable(g)}</td>
                            <td role="cell" data-label=${label.since}>${date(g.grantedAt)}</td>
                            <td role="cell" class="actions-cell">${renderRowActions(rowKeyOf.grant(g), nameOf(g), grantActions(), o.actions)}</td>
                          </tr>
                        `,
                      )}
                    </tbody>
                  </table>
                </div>
              `
      }
      ${
        o.grants
          ? html`<button part="button" class="primary" id="grant-agency" type="button" @click=${(e: Event) => o.onGrant(e.currentTarget as HTMLElement)}>
              ${msg('Give an agency access')}
            </button>`
          : nothing
      }
    </section>
  `;
}
