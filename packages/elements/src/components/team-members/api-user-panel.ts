import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Member } from '@foyer/schema';
import { apiUserActions, nameOf, rowKeyOf } from './member-actions.js';
import { renderRowActions, type RowActionsView } from './row-actions.js';

export interface ApiUserPanelOptions {
  /** The team's API users, as the server lists them with the team. */
  users: readonly Member[];
  locale: string;
  actions: RowActionsView;
  onCreate: (button: HTMLElement) => void;
}

function keyOf(m: Member, locale: string): TemplateResult {
  const key = m.apiKey;
  if (!key) return html`<span class="muted">${msg('No key')}</span>`;
  const date = (value: string) => new Date(value).toLocaleDateString(locale, { dateStyle: 'medium' });
  return html`
    <span class="line">${msg(str`Ends in ${key.hint}`)}</span>
    <span class="line muted">${key.lastUsedAt ? msg(str`Last used ${date(key.lastUsedAt)}`) : msg('Never used')}</span>
  `;
}

/**
 * The team's API users with their keys: who, for what, their role, the last characters of the
 * key and when it was last used; a new API user, and per user what the server lets the person
 * who asked do. A key itself is never listed: it is shown once, when it is made.
 */
export function renderApiUserPanel(o: ApiUserPanelOptions): TemplateResult {
  const label = { email: msg('Email'), role: msg('Role'), key: msg('API key'), status: msg('Status') };
  return html`
    <section part="api-users" class="panel" aria-labelledby="api-users-title">
      <h3 id="api-users-title">${msg('API users')}</h3>
      <p class="muted">${msg('They work only through the API, each with a key of its own: no password, no sign-in to these pages.')}</p>
      ${
        o.users.length === 0
          ? html`<p part="empty" class="muted">${msg('No API users yet.')}</p>`
          : html`
            <div class="table-wrap" id="api-user-list" tabindex="0" role="region" aria-label=${msg('API users and their keys')}>
              <table part="list" class="stackable" role="table">
                <caption class="visually-hidden">${msg('API users and their keys')}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">${msg('Name')}</th>
                    <th scope="col" role="columnheader">${label.email}</th>
                    <th scope="col" role="columnheader">${label.role}</th>
                    <th scope="col" role="columnheader">${label.key}</th>
                    <th scope="col" role="columnheader">${label.status}</th>
                    <th scope="col" role="columnheader"><span class="visually-hidden">${msg('Actions')}</span></th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  ${repeat(
                    o.users,
                    (m) => rowKeyOf.apiUser(m),
                    (m) => html`
                      <tr role="row" part="row" data-email=${m.email}>
                        <th scope="row" role="rowheader">
                          ${nameOf(m)} ${m.description ? html`<span class="line muted">${m.description}</span>` : ''}
                        </th>
                        <td role="cell" data-label=${label.email}>${m.email}</td>
                        <td role="cell" part="role" data-label=${label.role}>${m.role.name}</td>
                        <td role="cell" part="api-key" data-label=${label.key}>${keyOf(m, o.locale)}</td>
                        <td role="cell" data-label=${label.status}>${m.disabled ? msg('Disabled') : msg('Active')}</td>
                        <td role="cell" class="actions-cell">${renderRowActions(rowKeyOf.apiUser(m), nameOf(m), apiUserActions(m), o.actions)}</td>
                      </tr>
                    `,
                  )}
                </tbody>
              </table>
            </div>
          `
      }
      <button part="button" class="primary" id="new-api-user" type="button" @click=${(e: Event) => o.onCreate(e.currentTarget as HTMLElement)}>
        ${msg('New API user')}
      </button>
    </section>
  `;
}
