import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LinkedAccount, LinkedAccounts } from '@foyer/schema';

export interface AccountListOptions {
  accounts: LinkedAccounts;
  locale: string;
  onOpen: (account: LinkedAccount) => void;
  onRemove: (account: LinkedAccount, button: HTMLElement) => void;
}

const date = (iso: string, locale: string) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' });
const moment = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** The linked accounts, each with Open and Remove; then the links still waiting for their confirmation. */
export function renderAccountList(o: AccountListOptions): TemplateResult {
  const label = { nickname: msg('Nickname'), linked: msg('Linked since'), actions: msg('Actions') };
  const linked =
    o.accounts.accounts.length === 0
      ? html`<p part="empty">${msg('No account is linked to this master account. Add one with its nickname and password.')}</p>`
      : html`
        <!-- Focusable, so a keyboard can scroll a table wider than the element. -->
        <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Linked accounts')}>
          <table part="list" class="stackable" role="table">
            <caption class="visually-hidden">${msg('Linked accounts')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">${msg('Name')}</th>
                <th scope="col" role="columnheader">${label.nickname}</th>
                <th scope="col" role="columnheader">${label.linked}</th>
                <th scope="col" role="columnheader">${label.actions}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${o.accounts.accounts.map(
                (a) => html`
                  <tr role="row" part="row" data-handle=${a.handle}>
                    <th scope="row" role="rowheader">${a.name}</th>
                    <td role="cell" data-label=${label.nickname}>${a.handle}</td>
                    <td role="cell" data-label=${label.linked}>${date(a.linkedAt, o.locale)}</td>
                    <td role="cell" data-label=${label.actions}>
                      <span class="row-actions">
                        <button part="button open-button" type="button" data-action="open" aria-label=${msg(str`Open ${a.name}`)} @click=${() => o.onOpen(a)}>
                          ${msg('Open')}
                        </button>
                        <button
                          part="button remove-button"
                          class="danger-outline"
                          type="button"
                          data-action="remove"
                          aria-label=${msg(str`Remove ${a.name}`)}
                          @click=${(event: Event) => o.onRemove(a, event.currentTarget as HTMLElement)}
                        >
                          ${msg('Remove')}
                        </button>
                      </span>
                    </td>
                  </tr>
                `,
              )}
            </tbody>
          </table>
        </div>
      `;
  if (o.accounts.pending.length === 0) return linked;
  const pendingLabel = { requested: msg('Asked on'), expires: msg('Link valid until') };
  return html`
    ${linked}
    <h3 id="pending-title">${msg('Waiting for confirmation')}</h3>
    <p class="muted">${msg('Each account is linked once the link mailed to its own address is followed.')}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pending-title">
      <table part="pending" class="stackable" role="table">
        <caption class="visually-hidden">${msg('Accounts waiting for confirmation')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${msg('Nickname')}</th>
            <th scope="col" role="columnheader">${pendingLabel.requested}</th>
            <th scope="col" role="columnheader">${pendingLabel.expires}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${o.accounts.pending.map(
            (p) => html`
              <tr role="row" part="pending-row" data-handle=${p.handle}>
                <th scope="row" role="rowheader">${p.handle}</th>
                <td role="cell" data-label=${pendingLabel.requested}>${moment(p.requestedAt, o.locale)}</td>
                <td role="cell" data-label=${pendingLabel.expires}>${moment(p.expiresAt, o.locale)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
