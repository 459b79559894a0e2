import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Access, AccessStatus } from '@foyer/schema';
import { formatNumber, lastUsed, statusLabel } from './format.js';

export function renderStatus(status: AccessStatus): TemplateResult {
  return html`<span part="status" class="status" data-status=${status}
    ><span class="dot" aria-hidden="true"></span>${statusLabel(status)}</span
  >`;
}

/** "…ab12", read out as "ending in ab12". */
export function renderCodeHint(hint: string): TemplateResult {
  return html`<code part="code-hint"
    ><span aria-hidden="true">…</span><span class="visually-hidden">${msg('ending in')} </span>${hint}</code
  >`;
}

/** The workspace's accesses as a table, one row each, with a button that opens one. */
export function renderAccessList(accesses: readonly Access[], locale: string, onOpen: (access: Access) => void): TemplateResult {
  if (accesses.length === 0) {
    return html`<p part="empty" class="empty">
      ${msg('No client accesses yet — create one to give a client one code for all their galleries.')}
    </p>`;
  }
  return html`
    <div class="table-wrap">
      <table part="list" class="list">
        <caption class="visually-hidden">${msg('Client accesses')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Name')}</th>
            <th scope="col">${msg('Status')}</th>
            <th scope="col">${msg('Code')}</th>
            <th scope="col">${msg('Email')}</th>
            <th scope="col">${msg('Galleries')}</th>
            <th scope="col">${msg('Last used')}</th>
            <th scope="col">${msg('Uses')}</th>
            <th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${accesses.map(
            (a) => html`
              <tr part="row" data-access-id=${a.id}>
                <th scope="row" class="name">${a.name}</th>
                <td class="nowrap">${renderStatus(a.status)}</td>
                <td class="nowrap">${renderCodeHint(a.codeHint)}</td>
                <td class="email">${a.email ?? html`<span class="muted">${msg('none')}</span>`}</td>
                <td class="number">${formatNumber(a.galleryCount, locale)}</td>
                <td>${lastUsed(a.lastUsedAt, locale)}</td>
                <td class="number">${formatNumber(a.useCount, locale)}</td>
                <td>
                  <button part="button" type="button" data-open=${a.id} aria-label=${msg(str`Manage ${a.name}`)} @click=${() => onOpen(a)}>
                    ${msg('Manage')}
                  </button>
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
