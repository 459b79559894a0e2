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
  const label = { status: msg('Status'), code: msg('Code'), email: msg('Email'), galleries: msg('Galleries'), lastUsed: msg('Last used'), uses: msg('Uses') };
  return html`
    <div class="table-wrap">
      <table part="list" class="list stackable" role="table">
        <caption class="visually-hidden">${msg('Client accesses')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${msg('Name')}</th>
            <th scope="col" role="columnheader">${label.status}</th>
            <th scope="col" role="columnheader">${label.code}</th>
            <th scope="col" role="columnheader">${label.email}</th>
            <th scope="col" role="columnheader">${label.galleries}</th>
            <th scope="col" role="columnheader">${label.lastUsed}</th>
            <th scope="col" role="columnheader">${label.uses}</th>
            <th scope="col" role="columnheader"><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${accesses.map(
            (a) => html`
              <tr role="row" part="row" data-access-id=${a.id}>
                <th scope="row" role="rowheader" class="name">${a.name}</th>
                <td role="cell" class="nowrap" data-label=${label.status}>${renderStatus(a.status)}</td>
                <td role="cell" class="nowrap" data-label=${label.code}>${renderCodeHint(a.codeHint)}</td>
                <td role="cell" class="email" data-label=${label.email}>${a.email ?? html`<span class="muted">${msg('none')}</span>`}</td>
                <td role="cell" class="number" data-label=${label.galleries}>${formatNumber(a.galleryCount, locale)}</td>
                <td role="cell" data-label=${label.lastUsed}>${lastUsed(a.lastUsedAt, locale)}</td>
                <td role="cell" class="number" data-label=${label.uses}>${formatNumber(a.useCount, locale)}</td>
                <td role="cell" class="open">
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
