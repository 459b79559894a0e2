import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MasterUser } from '@foyer/schema';
import { lastUsed } from '../client-access-manager/format.js';
import { permissionLabels, reachOf, type Caller } from './user-reach.js';

/** What a row's buttons ask for. */
export type UserAction = 'manage' | 'reset-password' | 'rotate' | 'delete';

export interface UserListOptions {
  users: readonly MasterUser[];
  caller: Caller;
  /** Names of the linked accounts, by handle. */
  accountNames: ReadonlyMap<string, string>;
  locale: string;
  /** Whether a command runs: the buttons wait for it. */
  pending: boolean;
  onAction: (action: UserAction, user: MasterUser, button: HTMLElement) => void;
}

/** The master account's users as a table: who, what they may do, where, their key, and what the caller may do to each. */
export function renderUserList(o: UserListOptions): TemplateResult {
  if (o.users.length === 0) return html`<p part="empty">${msg('This master account has no users yet.')}</p>`;
  const label = {
    email: msg('Email'),
    description: msg('Description'),
    permissions: msg('Permissions'),
    access: msg('Access'),
    status: msg('Status'),
    accounts: msg('Accounts'),
    apiKey: msg('API key'),
    actions: msg('Actions'),
  };
  return html`
    <!-- Focusable, so a keyboard can scroll a table wider than the element. -->
    <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Users of the master account')}>
      <table part="list" class="stackable" role="table">
        <caption class="visually-hidden">${msg('Users of the master account')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${msg('Name')}</th>
            <th scope="col" role="columnheader">${label.email}</th>
            <th scope="col" role="columnheader">${label.description}</th>
            <th scope="col" role="columnheader">${label.permissions}</th>
            <th scope="col" role="columnheader">${label.access}</th>
            <th scope="col" role="columnheader">${label.status}</th>
            <th scope="col" role="columnheader">${label.accounts}</th>
            <th scope="col" role="columnheader">${label.apiKey}</th>
            <th scope="col" role="columnheader">${label.actions}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${o.users.map(
            (user, index) => html`
              <tr role="row" part="row" data-email=${user.email}>
                <th scope="row" role="rowheader" id="user-${index}">${user.name ?? user.email}</th>
                <td role="cell" data-label=${label.email}>${user.email}</td>
                <td role="cell" data-label=${label.description}>${user.description ?? ''}</td>
                <td role="cell" part="permissions" data-label=${label.permissions}>${permissionsOf(user)}</td>
                <td role="cell" data-label=${label.access}>${user.apiOnly ? msg('API only') : msg('Interface and API')}</td>
                <td role="cell" part="status" data-label=${label.status}>${statusOf(user)}</td>
                <td role="cell" part="user-accounts" data-label=${label.accounts}>${accountsOf(user, o.accountNames)}</td>
                <td role="cell" part="api-key" data-label=${label.apiKey}>${keyOf(user, o.locale)}</td>
                <td role="cell" data-label=${label.actions}>${renderActions(o, user, `user-${index}`)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}

function permissionsOf(user: MasterUser): string {
  return user.role.permissions.length ? permissionLabels(user.role.permissions).join(', ') : msg('None');
}

function statusOf(user: MasterUser): TemplateResult {
  const enabled = user.enabled ? msg('Enabled') : msg('Disabled');
  // An API-only user never sets a password; anyone else works only once they have.
  const waiting = !user.apiOnly && !user.passwordSet;
  return html`${enabled}${waiting ? html` <span class="muted line">${msg('Has not set a password yet')}</span>` : nothing}`;
}

function accountsOf(user: MasterUser, names: ReadonlyMap<string, string>): string {
  return user.accounts.length ? user.accounts.map((handle) => names.get(handle) ?? handle).join(', ') : msg('None');
}

function keyOf(user: MasterUser, locale: string): TemplateResult {
  if (!user.apiKey) return html`<span class="muted">${msg('No key')}</span>`;
  return html`<code>…${user.apiKey.hint}</code> <span class="muted line">${msg(str`Last used: ${lastUsed(user.apiKey.lastUsedAt, locale)}`)}</span>`;
}

function renderActions(o: UserListOptions, user: MasterUser, nameId: string): TemplateResult {
  const reach = reachOf(user, o.caller);
  const button = (action: UserAction, text: string, tone = '') => html`
    <button
      part=${tone ? `button button-${tone}` : 'button'}
      class=${tone || nothing}
      type="button"
      data-action=${action}
      aria-describedby=${nameId}
      ?disabled=${o.pending}
      @click=${(event: Event) => o.onAction(action, user, event.currentTarget as HTMLElement)}
    >
      ${text}
    </button>
  `;
  if (reach === 'beyond') {
    return html`<span part="note" class="muted">${msg('Holds permissions or accounts you do not hold, so you cannot change this user.')}</span>`;
  }
  if (reach === 'self') {
    return html`<div class="actions"><span part="note" class="muted">${msg('This is you.')}</span> ${button('rotate', msg('Rotate API key'))}</div>`;
  }
  return html`
    <div class="actions">
      ${button('manage', msg('Manage permissions'))} ${user.apiOnly ? nothing : button('reset-password', msg('Reset password'))}
      ${button('rotate', msg('Rotate API key'))} ${button('delete', msg('Delete'), 'danger')}
    </div>
  `;
}
