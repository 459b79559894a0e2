import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { TicketChange, TicketDetail, TicketOrder } from '@foyer/schema';
import { formatMoney } from '../../internal/money.js';
import { actorLabel, changeSentence, formatDateTime, productKindLabel, statusLabel, typeLabel } from '../../internal/tickets/ticket-format.js';

/** One fact of a definition list: its name and its value. */
const fact = (term: string, value: TemplateResult | string) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;

/** The ticket itself: its account, type, status, customer, receipt and times. */
export function renderTicketFacts(t: TicketDetail, locale: string): TemplateResult {
  return html`
    <dl part="facts" class="facts">
      ${fact(msg('Account'), t.account.name)}
      ${fact(msg('Type'), typeLabel(t.type))}
      ${fact(msg('Status'), html`<span part="status" class="status" data-status=${t.status}><span class="dot" aria-hidden="true"></span>${statusLabel(t.status)}</span>`)}
      ${fact(msg('Customer email'), html`<span class="email">${t.customerEmail}</span>`)}
      ${fact(msg('Receipt'), t.receiptNumber ?? msg('none'))}
      ${fact(msg('Product type'), productKindLabel(t.productKind))}
      ${fact(msg('Opened'), formatDateTime(t.openedAt, locale))}
      ${fact(msg('Changed'), formatDateTime(t.changedAt, locale))}
    </dl>
  `;
}

/** The order details: the ticket's sale, what was refunded of it and what is left. */
export function renderOrder(order: TicketOrder | null, locale: string): TemplateResult {
  const money = (minor: number) => formatMoney(minor, order?.currency ?? 'USD', locale);
  return html`
    <section part="order" class="order" aria-labelledby="order-title">
      <h4 id="order-title">${msg('Order details')}</h4>
      ${
        order
          ? html`<dl class="facts">
            ${fact(msg('Receipt'), order.receiptNumber)}
            ${fact(msg('Date'), formatDateTime(order.occurredAt, locale))}
            ${fact(msg('Product'), html`${order.product.name} <span class="muted">(${order.product.sku}, ${productKindLabel(order.product.kind)})</span>`)}
            ${fact(msg('Customer'), html`${order.customer.name} <span class="muted">${order.customer.email}</span>`)}
            ${fact(msg('Amount'), money(order.amount))}
            ${order.tax === null ? nothing : fact(msg('Of which tax'), money(order.tax))}
            ${fact(msg('Refunded'), html`<span part="refunded">${money(order.refunded)}</span>`)}
            ${fact(msg('Left to refund'), html`<span part="refundable">${money(order.refundable)}</span>`)}
          </dl>`
          : html`<p part="empty">${msg('This ticket belongs to no sale: the customer wrote without a receipt.')}</p>`
      }
    </section>
  `;
}

function renderChange(change: TicketChange, locale: string): TemplateResult {
  const text = change.kind === 'commented' ? change.text : change.kind === 'opened' ? change.text : null;
  return html`<li part="change" class="change" data-kind=${change.kind}>
    <p class="change-head">
      <time datetime=${change.at}>${formatDateTime(change.at, locale)}</time>
      <span class="actor">${actorLabel(change.actor)}</span>
    </p>
    <p class="change-what">${changeSentence(change, locale)}</p>
    ${text ? html`<p part="comment-text" class="comment-text">${text}</p>` : nothing}
  </li>`;
}

/** Every change of the ticket, oldest first: who, when and what. */
export function renderHistory(history: readonly TicketChange[], locale: string): TemplateResult {
  return html`
    <section part="history" class="history" aria-labelledby="history-title">
      <h4 id="history-title">${msg('History')}</h4>
      <ol class="changes">
        ${history.map((change) => renderChange(change, locale))}
      </ol>
    </section>
  `;
}
