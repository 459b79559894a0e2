import type { TicketChange, TicketDetail, TicketOrder, TicketSummary } from '@foyer/schema';
import type { AccountInScope } from './accounts-in-scope.js';
import type { HistoryRow, OrderRow, TicketRow } from './queries.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function toSummary(row: TicketRow, account: Pick<AccountInScope, 'handle' | 'name'>): TicketSummary {
  return {
    number: Number(row.number),
    account: { handle: account.handle, name: account.name },
    type: row.type,
    status: row.status,
    customerEmail: row.customer_email,
    receiptNumber: row.receipt_number,
    productKind: row.product_kind,
    openedAt: iso(row.opened_at),
    changedAt: iso(row.changed_at),
  };
}

export function toOrder(row: OrderRow): TicketOrder {
  const amount = Number(row.amount_minor);
  const refunded = Number(row.refunded_minor);
  return {
    transactionId: row.id,
    receiptNumber: row.receipt_number,
    occurredAt: iso(row.occurred_at),
    product: { sku: row.sku, name: row.product_name, kind: row.product_kind },
    customer: { name: row.customer_name, email: row.customer_email },
    amount,
    tax: row.tax_minor === null ? null : Number(row.tax_minor),
    currency: row.currency,
    refunded,
    refundable: Math.max(0, amount - refunded),
  };
}

export function toChange(row: HistoryRow): TicketChange {
  const base = {
    at: iso(row.at),
    type: row.to_type,
    actor: { kind: row.actor_kind as TicketChange['actor']['kind'], identityId: row.actor_identity_id, name: row.actor_name, email: row.actor_email },
  };
  switch (row.kind) {
    case 'opened':
      return { ...base, kind: 'opened', text: row.text };
    case 'type_changed':
      return { ...base, kind: 'type_changed', from: row.from_type!, to: row.to_type };
    case 'closed':
      return { ...base, kind: 'closed' };
    case 'reopened':
      return { ...base, kind: 'reopened' };
    case 'refunded':
      return { ...base, kind: 'refunded', amount: Number(row.amount_minor), currency: row.currency!, transactionId: row.refund_transaction_id };
    case 'commented':
      return { ...base, kind: 'commented', text: row.text! };
    default:
      return { ...base, kind: 'email_changed', from: row.from_email!, to: row.to_email! };
  }
}

export function toDetail(row: TicketRow, account: Pick<AccountInScope, 'handle' | 'name'>, order: OrderRow | undefined, history: HistoryRow[]): TicketDetail {
  return { ...toSummary(row, account), order: order ? toOrder(order) : null, history: history.map(toChange) };
}
