import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TicketDetail } from '@foyer/schema';
import type { ActionForm } from './ticket-action-forms.js';
import type { TicketAction } from './ticket-actions.js';
import { statusLabel, ticketName } from '../../internal/tickets/ticket-format.js';

export interface ActionBarOptions {
  ticket: TicketDetail;
  /** The actions the person's permissions and the ticket's status allow. */
  offered: ReadonlySet<TicketAction>;
  pending: boolean;
  /** The form open below the buttons, if any. */
  openForm: ActionForm['kind'] | undefined;
  /** The refusal of an action run without a form (close, reopen). */
  error: string;
  onAction: (action: TicketAction) => void;
}

/** The row of buttons for the actions offered, or the sentence that says none is. */
export function renderActionBar(o: ActionBarOptions): TemplateResult {
  const t = o.ticket;
  const buttons: Array<[TicketAction, string]> = [
    ['change-email', msg('Change the email')],
    ['change-type', msg('Change the type')],
    ['refund', msg('Refund')],
    ['close', msg('Close the ticket')],
    ['reopen', msg('Reopen the ticket')],
  ];
  const shown = buttons.filter(([action]) => o.offered.has(action));
  if (shown.length === 0) return html`<p class="muted">${msg(str`Ticket ${ticketName(t.number)} is ${statusLabel(t.status)}. Your permissions allow no change to it.`)}</p>`;
  return html`
    <div part="actions" class="actions" role="group" aria-label=${msg(str`Actions for ticket ${ticketName(t.number)}`)}>
      ${shown.map(
        ([action, label]) => html`<button
          part="button action"
          type="button"
          id="action-${action}"
          data-action=${action}
          ?disabled=${o.pending}
          aria-expanded=${action === 'close' || action === 'reopen' ? nothing : o.openForm === action ? 'true' : 'false'}
          @click=${() => o.onAction(action)}
        >
          ${label}
        </button>`,
      )}
    </div>
    ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
  `;
}
