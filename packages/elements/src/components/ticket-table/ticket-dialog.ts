import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import '../../internal/modal-dialog/define.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import type { TicketRow } from './ticket-grid.js';
import { formatNumber, ticketName } from '../../internal/tickets/ticket-format.js';

/** What the table's one dialog shows: a ticket's detail, or the question before a bulk change. */
export type TicketDialog = { kind: 'detail'; number: number } | { kind: 'bulk'; action: 'close' | 'reopen'; rows: TicketRow[] };

export interface TicketDialogOptions {
  dialog: TicketDialog | null;
  /** The master account's handle, for the detail. */
  workspace: string;
  locale: string;
  pending: boolean;
  error: string;
  returnFocus: HTMLElement | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** A change made in the detail, for the table to show in its row. */
  onDetailChange: (event: FoyerTicketChangeEvent) => void;
}

/** "#12, #15 and #16 (North Shop, South Shop)": the tickets a bulk change names, with their accounts. */
function named(rows: readonly TicketRow[], locale: string): string {
  const numbers = rows.map((r) => ticketName(r.number));
  let list: string;
  try {
    list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(numbers);
  } catch {
    list = numbers.join(', ');
  }
  const accounts = [...new Set(rows.map((r) => r.account.name))].join(', ');
  return `${list} (${accounts})`;
}

function bulk(d: Extract<TicketDialog, { kind: 'bulk' }>, o: TicketDialogOptions): TemplateResult {
  const n = formatNumber(d.rows.length, o.locale);
  const one = d.rows.length === 1;
  const title =
    d.action === 'close'
      ? one
        ? msg(str`Close ticket ${ticketName(d.rows[0]!.number)}?`)
        : msg(str`Close ${n} tickets?`)
      : one
        ? msg(str`Reopen ticket ${ticketName(d.rows[0]!.number)}?`)
        : msg(str`Reopen ${n} tickets?`);
  const body =
    d.action === 'close'
      ? msg(str`Closing: ${named(d.rows, o.locale)}. Each ticket’s history records that you closed it; a closed ticket can be reopened. Either all of them close, or none does.`)
      : msg(str`Reopening: ${named(d.rows, o.locale)}. Each becomes Reopened and its history records that you reopened it. Either all of them reopen, or none does.`);
  return html`
    <h3 id="dialog-heading" tabindex="-1">${title}</h3>
    <p id="dialog-body">${body}</p>
    ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: o.onCancel },
      actions: [{ label: d.action === 'close' ? msg('Close the tickets') : msg('Reopen the tickets'), tone: 'primary', type: 'submit', disabled: o.pending }],
    })}
  `;
}

function detail(d: Extract<TicketDialog, { kind: 'detail' }>, o: TicketDialogOptions): TemplateResult {
  return html`
    <div class="dialog-head">
      <span class="visually-hidden" id="dialog-heading">${msg(str`Ticket ${ticketName(d.number)}`)}</span>
      <button part="button" type="button" class="close" @click=${o.onCancel}>${msg('Close')}</button>
    </div>
    <ticket-detail part="detail" workspace=${o.workspace} ticket=${d.number} @foyer-ticket-change=${o.onDetailChange}></ticket-detail>
  `;
}

/**
 * The table's one modal dialog (focus moves in, stays in, Escape closes, focus returns): a
 * ticket's detail, where its actions run, or the question before closing or reopening the
 * selected tickets, which names each of them and their accounts.
 */
export function renderTicketDialog(o: TicketDialogOptions): TemplateResult {
  const d = o.dialog;
  return html`
    <foyer-modal-dialog fallback-focus="#grid" .open=${d !== null} .returnFocus=${o.returnFocus} @cancel=${o.onCancel}>
      <dialog part="dialog" id="dialog" class=${d?.kind === 'detail' ? 'wide' : ''} aria-labelledby="dialog-heading" aria-describedby=${d?.kind === 'bulk' ? 'dialog-body' : nothing}>
        <form
          class="dialog-form"
          method="dialog"
          novalidate
          aria-busy=${o.pending ? 'true' : 'false'}
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            // Only the bulk question submits here: the detail's forms are its own.
            if (d?.kind === 'bulk') o.onConfirm();
          }}
        >
          ${d?.kind === 'bulk' ? bulk(d, o) : d?.kind === 'detail' ? detail(d, o) : nothing}
        </form>
      </dialog>
    </foyer-modal-dialog>
  `;
}
