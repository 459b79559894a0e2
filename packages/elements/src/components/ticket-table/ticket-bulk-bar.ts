import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TicketRow } from './ticket-grid.js';
import { formatNumber } from '../../internal/tickets/ticket-format.js';

export interface BulkBarOptions {
  /** The selected tickets among the rows loaded. */
  rows: readonly TicketRow[];
  locale: string;
  onBulk: (action: 'close' | 'reopen', event: Event) => void;
  onClear: () => void;
}

/** What to do with the selected tickets: close those that are not closed, reopen those that are. */
export function renderBulkBar(o: BulkBarOptions): TemplateResult | typeof nothing {
  const { rows, locale } = o;
  if (rows.length === 0) return nothing;
  const closable = rows.filter((r) => r.status !== 'closed').length;
  const reopenable = rows.length - closable;
  return html`
    <div part="bulk-bar" class="bulk-bar" role="group" aria-label=${msg('Selected tickets')}>
      <span class="selected-count">${msg(str`${formatNumber(rows.length, locale)} selected`)}</span>
      ${
        closable > 0
          ? html`<button part="button" type="button" id="bulk-close" @click=${(e: Event) => o.onBulk('close', e)}>
            ${msg(str`Close ${formatNumber(closable, locale)}`)}
          </button>`
          : nothing
      }
      ${
        reopenable > 0
          ? html`<button part="button" type="button" id="bulk-reopen" @click=${(e: Event) => o.onBulk('reopen', e)}>
            ${msg(str`Reopen ${formatNumber(reopenable, locale)}`)}
          </button>`
          : nothing
      }
      <button part="button" type="button" @click=${o.onClear}>${msg('Clear selection')}</button>
    </div>
  `;
}
