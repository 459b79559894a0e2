import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TicketDetail, TicketOrder } from '@foyer/schema';
import { formatMoney } from '../../internal/money.js';
import { otherTypes } from './ticket-actions.js';
import { ticketName, typeLabel } from '../../internal/tickets/ticket-format.js';

/** The form a detail action opens in the panel, before anything is sent. */
export type ActionForm =
  | { kind: 'change-email' }
  | { kind: 'change-type' }
  /** The refund's amount: everything left, or a part typed in the currency's main unit. */
  | { kind: 'refund'; step: 'amount'; whole: boolean; text: string }
  /** The question that names what the refund does, with the amount chosen (minor units). */
  | { kind: 'refund'; step: 'confirm'; amount: number };

export interface ActionFormOptions {
  ticket: TicketDetail;
  locale: string;
  pending: boolean;
  /** The refusal of the last try, as a sentence. */
  error: string;
  /** The problem with the form's one field, as a sentence. */
  fieldError: string;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onRefundWhole: (whole: boolean) => void;
  onRefundText: (text: string) => void;
}

function shell(o: ActionFormOptions, title: string, body: TemplateResult, submit: { label: string; tone: 'primary' | 'danger' }): TemplateResult {
  return html`
    <form part="action-form" class="action-form" aria-labelledby="form-title" novalidate aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onSubmit}>
      <h4 id="form-title" tabindex="-1">${title}</h4>
      ${body}
      ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
      <div class="buttons">
        <button part="button" type="button" @click=${o.onCancel}>${msg('Cancel')}</button>
        <button part=${submit.tone === 'danger' ? 'button button-danger' : 'button button-primary'} class=${submit.tone} type="submit" ?disabled=${o.pending}>
          ${submit.label}
        </button>
      </div>
    </form>
  `;
}

/** A field's problem under it, tied to it for screen readers. */
function problem(o: ActionFormOptions, id: string): TemplateResult | typeof nothing {
  return o.fieldError ? html`<span part="error" id="${id}-error">${o.fieldError}</span>` : nothing;
}

const describedBy = (o: ActionFormOptions, id: string, hint: string) => (o.fieldError ? `${hint} ${id}-error` : hint);

function changeEmail(o: ActionFormOptions): TemplateResult {
  const t = o.ticket;
  const where = t.receiptNumber
    ? msg(
        str`The new address replaces ${t.customerEmail} on this ticket and on its order in ${t.account.name}: the sale and every transaction under receipt ${t.receiptNumber}. Receipts are sent to it from now on; other tickets of the order keep theirs.`,
      )
    : msg(str`The new address replaces ${t.customerEmail} on this ticket. It belongs to no sale, so no order changes.`);
  return shell(
    o,
    msg('Change the customer’s email'),
    html`
      <p id="email-consequence">${where}</p>
      <div class="field">
        <label for="action-email">${msg('New email address')}</label>
        <input
          part="input"
          id="action-email"
          name="customerEmail"
          type="email"
          autocomplete="off"
          spellcheck="false"
          .defaultValue=${t.customerEmail}
          aria-describedby=${describedBy(o, 'action-email', 'email-consequence')}
          aria-invalid=${o.fieldError ? 'true' : nothing}
        />
        ${problem(o, 'action-email')}
      </div>
    `,
    { label: msg('Save the email'), tone: 'primary' },
  );
}

function changeType(o: ActionFormOptions): TemplateResult {
  const t = o.ticket;
  const types = otherTypes(t);
  return shell(
    o,
    msg('Change the ticket’s type'),
    html`
      <p id="type-consequence">
        ${msg(str`Ticket ${ticketName(t.number)} is ${typeLabel(t.type)} now. The change is written to its history, and reports count the ticket under its new type.`)}
        ${t.productKind === 'recurring' ? nothing : msg('A cancellation is only for a sale of a recurring product, so it is not offered.')}
      </p>
      <div class="field">
        <label for="action-type">${msg('New type')}</label>
        <select part="input" id="action-type" name="type" aria-describedby="type-consequence">
          ${types.map((type) => html`<option value=${type}>${typeLabel(type)}</option>`)}
        </select>
      </div>
    `,
    { label: msg('Save the type'), tone: 'primary' },
  );
}

function refundAmount(o: ActionFormOptions, order: TicketOrder, form: Extract<ActionForm, { step: 'amount' }>): TemplateResult {
  const left = formatMoney(order.refundable, order.currency, o.locale);
  return shell(
    o,
    msg('Refund the sale'),
    html`
      <p id="refund-left">${msg(str`${left} is left of the sale of ${formatMoney(order.amount, order.currency, o.locale)} (receipt ${order.receiptNumber}).`)}</p>
      <fieldset class="choice">
        <legend>${msg('How much')}</legend>
        <label class="check">
          <input type="radio" name="whole" value="whole" .checked=${form.whole} @change=${() => o.onRefundWhole(true)} />
          ${msg(str`Everything that is left: ${left}`)}
        </label>
        <label class="check">
          <input type="radio" name="whole" value="part" .checked=${!form.whole} @change=${() => o.onRefundWhole(false)} />
          ${msg('Part of it')}
        </label>
      </fieldset>
      ${
        form.whole
          ? nothing
          : html`<div class="field">
            <label for="action-amount">${msg(str`Amount in ${order.currency}`)}</label>
            <input
              part="input"
              id="action-amount"
              name="amount"
              inputmode="decimal"
              autocomplete="off"
              .value=${form.text}
              aria-describedby=${describedBy(o, 'action-amount', 'refund-left')}
              aria-invalid=${o.fieldError ? 'true' : nothing}
              @input=${(event: Event) => o.onRefundText((event.currentTarget as HTMLInputElement).value)}
            />
            ${problem(o, 'action-amount')}
          </div>`
      }
    `,
    { label: msg('Continue'), tone: 'primary' },
  );
}

function refundConfirm(o: ActionFormOptions, order: TicketOrder, amount: number): TemplateResult {
  const t = o.ticket;
  const money = formatMoney(amount, order.currency, o.locale);
  const after = formatMoney(order.refundable - amount, order.currency, o.locale);
  return shell(
    o,
    msg(str`Refund ${money} to ${order.customer.name}?`),
    html`<p part="consequence" id="refund-consequence">
      ${msg(
        str`${money} of receipt ${order.receiptNumber} goes back to ${order.customer.name} (${order.customer.email}). The refund is recorded as a transaction of ${t.account.name} and cannot be undone. ${after} is left of the sale afterwards.`,
      )}
    </p>`,
    { label: msg(str`Refund ${money}`), tone: 'danger' },
  );
}

/** The open action's form, or its question before it runs. */
export function renderActionForm(form: ActionForm, o: ActionFormOptions): TemplateResult | typeof nothing {
  switch (form.kind) {
    case 'change-email':
      return changeEmail(o);
    case 'change-type':
      return changeType(o);
    case 'refund': {
      const order = o.ticket.order;
      if (!order) return nothing;
      return form.step === 'amount' ? refundAmount(o, order, form) : refundConfirm(o, order, form.amount);
    }
  }
}
