import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { ListedTransaction, TicketType, Transaction, TransactionDetail } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import '../../internal/modal-dialog/define.js';
import { ReceiptActions } from '../../internal/receipts/receipt-actions.js';
import { otherTypes } from '../ticket-detail/ticket-actions.js';
import { ticketName, typeLabel } from '../../internal/tickets/ticket-format.js';
import { formatUtc, kindLabel, signedAmount } from './transaction-format.js';

export interface TransactionDialogOptions {
  connection: () => FoyerConnection | undefined;
  /** The master account's handle. */
  workspace: () => string;
  locale: () => string;
  /** Whether the person may open tickets (Orders/Tickets): only then is the form offered. */
  mayOpenTickets: () => boolean;
  announce: (text: string) => void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

interface Open {
  row: ListedTransaction;
  detail: TransactionDetail | null;
  loadError: string;
  ticketError: string;
  /** The ticket opened here for this transaction's sale, once there is one. */
  opened: number | null;
}

const fact = (term: string, value: TemplateResult | string) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;

/**
 * The transaction table's one modal dialog: a transaction's order details (the sale and
 * everything recorded under its receipt since, what was refunded, a cancellation), its receipt
 * as a PDF or by mail, and — for a person with Orders/Tickets — opening a ticket for its sale.
 */
export class TransactionDialog implements ReactiveController {
  #open: Open | null = null;
  #pending = false;
  #returnFocus: HTMLElement | null = null;
  #request = 0;
  readonly #host: Host;
  readonly #o: TransactionDialogOptions;
  readonly #receipt: ReceiptActions;

  constructor(host: Host, options: TransactionDialogOptions) {
    this.#host = host;
    this.#o = options;
    this.#receipt = new ReceiptActions(host, { connection: options.connection, locale: options.locale, announce: options.announce });
    host.addController(this);
  }

  hostDisconnected(): void {
    // Put back in the page later, the table shows no dialog of before.
    this.#open = null;
  }

  get isOpen(): boolean {
    return this.#open !== null;
  }

  open(row: ListedTransaction, returnFocus: HTMLElement | null): void {
    if (!this.#open) this.#returnFocus = returnFocus;
    this.#set({ row, detail: null, loadError: '', ticketError: '', opened: null });
    void this.#load(row);
  }

  close(): void {
    if (this.#pending) return;
    this.#set(null);
  }

  #set(open: Open | null): void {
    this.#open = open;
    this.#host.requestUpdate();
  }

  async #load(row: ListedTransaction): Promise<void> {
    const c = this.#o.connection();
    if (!c) return;
    const request = ++this.#request;
    try {
      const detail = await c.api.transactions.get.query({ workspace: this.#o.workspace(), account: row.account.handle, transaction: row.id });
      if (request === this.#request && this.#open?.row.id === row.id) this.#set({ ...this.#open, detail });
    } catch (error) {
      if (request === this.#request && this.#open?.row.id === row.id) this.#set({ ...this.#open, loadError: marketplaceRefusal(describeError(error), this.#o.locale()) });
    }
  }

  readonly #handleOpenTicket = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const open = this.#open;
    const c = this.#o.connection();
    if (!open || !c || this.#pending) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const comment = String(data.get('comment') ?? '').trim();
    this.#pending = true;
    this.#set({ ...open, ticketError: '' });
    try {
      const ticket = await c.api.tickets.openForTransaction.mutate({
        workspace: this.#o.workspace(),
        account: open.row.account.handle,
        receiptNumber: open.row.receiptNumber,
        type: String(data.get('type')) as TicketType,
        ...(comment ? { comment } : {}),
      });
      const { order: _order, history: _history, ...summary } = ticket;
      this.#host.dispatchEvent(new FoyerTicketChangeEvent(summary, 'opened'));
      this.#set({ ...open, opened: ticket.number });
      this.#o.announce(msg(str`Ticket ${ticketName(ticket.number)} was opened for receipt ${open.row.receiptNumber} in ${open.row.account.name}.`));
      // The form is gone: focus goes to the sentence that stands in its place.
      void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('#ticket-opened')?.focus());
    } catch (error) {
      this.#set({ ...open, ticketError: marketplaceRefusal(describeError(error), this.#o.locale()) });
    } finally {
      this.#pending = false;
      this.#host.requestUpdate();
    }
  };

  render(): TemplateResult {
    const open = this.#open;
    return html`
      <foyer-modal-dialog fallback-focus="#grid" .open=${open !== null} .returnFocus=${this.#returnFocus} @cancel=${() => this.close()}>
        <dialog part="dialog" id="dialog" aria-labelledby="dialog-heading">${open ? this.#renderContent(open) : nothing}</dialog>
      </foyer-modal-dialog>
    `;
  }

  #renderContent(open: Open): TemplateResult {
    const locale = this.#o.locale();
    const t = open.detail?.transaction ?? open.row;
    return html`
      <div class="dialog-form">
        <div class="dialog-head">
          <h3 id="dialog-heading" tabindex="-1">${msg(str`${kindLabel(t.kind)} ${t.receiptNumber} · ${open.row.account.name}`)}</h3>
          <button part="button" type="button" class="close" @click=${() => this.close()}>${msg('Close')}</button>
        </div>
        <dl part="facts" class="facts">
          ${fact(msg('Date'), formatUtc(t.occurredAt, locale))}
          ${fact(msg('Kind'), kindLabel(t.kind))}
          ${fact(msg('Product'), html`${t.product.name} <span class="muted">(${t.product.sku})</span>`)}
          ${fact(msg('Customer'), html`${t.customer.name} <span class="muted">${t.customer.email}</span>`)}
          ${fact(msg('Amount'), signedAmount(t, locale))}
        </dl>
        ${this.#renderOrder(open, locale)}
        ${this.#receipt.render({
          master: this.#o.workspace(),
          account: open.row.account.handle,
          transactionId: open.row.id,
          receiptNumber: open.row.receiptNumber,
          customerEmail: t.customer.email,
        })}
        ${this.#o.mayOpenTickets() ? this.#renderTicketForm(open) : nothing}
      </div>
    `;
  }

  #renderOrder(open: Open, locale: string): TemplateResult {
    if (open.loadError) return html`<p part="error" role="alert">${open.loadError}</p>`;
    const d = open.detail;
    if (!d) return html`<p part="loading" role="status">${msg('Loading the order details…')}</p>`;
    const line = (t: Transaction) =>
      html`<li data-kind=${t.kind}><span>${formatUtc(t.occurredAt, locale)}</span> <span class="kind">${kindLabel(t.kind)}</span> <span class="amount">${signedAmount(t, locale)}</span></li>`;
    const order = [...(d.sale ? [d.sale] : []), ...d.related];
    const currency = d.sale?.currency ?? d.transaction.currency;
    return html`
      <section part="order" class="order" aria-labelledby="order-title">
        <h4 id="order-title">${msg(str`Order details of receipt ${d.transaction.receiptNumber}`)}</h4>
        <ol class="order-lines">
          ${order.map(line)}
        </ol>
        <dl class="facts">
          ${fact(msg('Refunded'), html`<span part="refunded">${signedAmount({ kind: 'sale', amount: d.refunded, currency }, locale)}</span>`)}
          ${d.cancelledAt ? fact(msg('Cancelled'), formatUtc(d.cancelledAt, locale)) : nothing}
          ${d.transaction.customer.locale ? fact(msg('Receipt language'), d.transaction.customer.locale) : nothing}
        </dl>
      </section>
    `;
  }

  #renderTicketForm(open: Open): TemplateResult {
    if (open.opened !== null) {
      return html`<p part="ticket-opened" class="ticket-opened" id="ticket-opened" tabindex="-1">${msg(str`Ticket ${ticketName(open.opened)} is open for this sale. Work it under Tickets.`)}</p>`;
    }
    const productKind = open.detail?.sale?.product.kind ?? open.row.product.kind;
    // Every type this sale's product allows: a cancellation only for a recurring product.
    const types = otherTypes({ type: 'support', productKind });
    const t = open.row;
    return html`
      <form part="ticket-form" class="ticket-form" aria-labelledby="ticket-title" novalidate @submit=${this.#handleOpenTicket}>
        <h4 id="ticket-title">${msg('Open a ticket for this sale')}</h4>
        <p id="ticket-consequence">
          ${msg(str`A ticket for ${t.customer.name} (${t.customer.email}) on receipt ${t.receiptNumber} of ${t.account.name}. It is listed under Tickets, and its history names you as its opener.`)}
        </p>
        <div class="field">
          <label for="ticket-type">${msg('Type')}</label>
          <select part="input" id="ticket-type" name="type" aria-describedby="ticket-consequence">
            ${['support' as const, ...types].map((type) => html`<option value=${type}>${typeLabel(type)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="ticket-comment">${msg('Comment')} <span class="muted">${msg('(optional)')}</span></label>
          <textarea part="input" id="ticket-comment" name="comment" rows="3"></textarea>
        </div>
        ${open.ticketError ? html`<p part="error" role="alert">${open.ticketError}</p>` : nothing}
        <div class="buttons">
          <button part="button button-primary" class="primary" type="submit" ?disabled=${this.#pending}>${msg('Open the ticket')}</button>
        </div>
      </form>
    `;
  }
}
