import type { ProductKind, TicketStatus, TicketType } from '@foyer/schema';
import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** A ticket as every read selects it; `number` comes as text from PostgreSQL's bigint. */
export interface TicketRow {
  number: string | number;
  workspace_id: string;
  transaction_id: string | null;
  type: TicketType;
  status: TicketStatus;
  customer_email: string;
  receipt_number: string | null;
  product_kind: ProductKind | null;
  opened_at: Date;
  changed_at: Date;
}

export const ticketColumns = ['number', 'workspace_id', 'transaction_id', 'type', 'status', 'customer_email', 'receipt_number', 'product_kind', 'opened_at', 'changed_at'] as const;

/** The tickets with these numbers in these accounts, locked until the transaction ends, in number order (so two bulk calls lock alike). */
export async function lockTickets(trx: Knex.Transaction, accountIds: readonly string[], numbers: readonly number[]): Promise<TicketRow[]> {
  return trx('tickets')
    .select(...ticketColumns)
    .whereIn('number', [...numbers])
    .whereIn('workspace_id', [...accountIds])
    .orderBy('number')
    .forUpdate();
}

export async function ticketInAccounts(db: Db, accountIds: readonly string[], number: number): Promise<TicketRow | undefined> {
  return db('tickets')
    .select(...ticketColumns)
    .where('number', number)
    .whereIn('workspace_id', [...accountIds])
    .first();
}

export async function insertTicket(trx: Knex.Transaction, row: Omit<TicketRow, 'number'>): Promise<TicketRow> {
  const [saved] = await trx('tickets')
    .insert(row)
    .returning([...ticketColumns]);
  return saved as TicketRow;
}

export async function updateTickets(
  trx: Knex.Transaction,
  numbers: readonly number[],
  changes: Partial<Pick<TicketRow, 'type' | 'status' | 'customer_email'>> & { changed_at: Date },
): Promise<void> {
  await trx('tickets')
    .whereIn('number', [...numbers])
    .update(changes);
}

/** A sale of the account, by its receipt: what a ticket copies of it. */
export interface SaleRow {
  id: string;
  receipt_number: string;
  customer_email: string;
  product_kind: ProductKind;
}

export async function saleOfAccount(db: Db, accountId: string, receiptNumber: string, visible = 'true'): Promise<SaleRow | undefined> {
  return db('transactions as t')
    .join('products as p', 'p.id', 't.product_id')
    .select('t.id', 't.receipt_number', 't.customer_email', 'p.kind as product_kind')
    .where({ 't.workspace_id': accountId, 't.receipt_number': receiptNumber, 't.kind': 'sale' })
    .whereRaw(visible)
    .first();
}

/** The ticket's sale with its product and what was refunded (or charged back) of it so far. */
export interface OrderRow {
  id: string;
  receipt_number: string;
  occurred_at: Date;
  customer_name: string;
  customer_email: string;
  amount_minor: string | number;
  tax_minor: string | number | null;
  currency: string;
  sku: string;
  product_name: string;
  product_kind: ProductKind;
  refunded_minor: string | number;
}

export async function orderOf(db: Db, accountId: string, transactionId: string): Promise<OrderRow | undefined> {
  return db('transactions as t')
    .join('products as p', 'p.id', 't.product_id')
    .select('t.id', 't.receipt_number', 't.occurred_at', 't.customer_name', 't.customer_email', 't.amount_minor', 't.tax_minor', 't.currency')
    .select('p.sku', 'p.name as product_name', 'p.kind as product_kind')
    .select(
      db.raw(
        "(select coalesce(sum(r.amount_minor), 0) from transactions r where r.workspace_id = t.workspace_id and r.receipt_number = t.receipt_number and r.kind in ('refund', 'chargeback')) as refunded_minor",
      ),
    )
    .where({ 't.workspace_id': accountId, 't.id': transactionId })
    .first();
}

/**
 * Locks the sale's row until the transaction ends: two refunds of one sale then follow one
 * another. Its own statement, so that what is read after it (the refunds so far) is read once
 * the lock is held, and sees the refund that held it before.
 */
export async function lockSale(trx: Knex.Transaction, accountId: string, transactionId: string): Promise<boolean> {
  return (await trx('transactions').select('id').where({ workspace_id: accountId, id: transactionId, kind: 'sale' }).forUpdate()).length === 1;
}

/**
 * A new customer email for the order: the sale and every transaction under its receipt
 * (refunds, rebills, cancellations), so receipts sent from now on go to the new address and a
 * search by it finds the whole order.
 */
export async function changeOrderEmail(trx: Knex.Transaction, accountId: string, receiptNumber: string, email: string): Promise<void> {
  await trx('transactions').where({ workspace_id: accountId, receipt_number: receiptNumber }).update({ customer_email: email });
}

export interface HistoryRow {
  kind: string;
  at: Date;
  actor_kind: string;
  actor_identity_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
  from_type: TicketType | null;
  to_type: TicketType;
  from_email: string | null;
  to_email: string | null;
  text: string | null;
  amount_minor: string | number | null;
  currency: string | null;
  refund_transaction_id: string | null;
}

/** A ticket's history, oldest first. */
export async function historyOf(db: Db, ticketNumber: number): Promise<HistoryRow[]> {
  return db('ticket_history as h')
    .leftJoin('identities as i', 'i.id', 'h.actor_identity_id')
    .select('h.kind', 'h.at', 'h.actor_kind', 'h.actor_identity_id', 'i.name as actor_name', 'i.email as actor_email')
    .select('h.from_type', 'h.to_type', 'h.from_email', 'h.to_email', 'h.text', 'h.amount_minor', 'h.currency', 'h.refund_transaction_id')
    .where('h.ticket_number', ticketNumber)
    .orderBy([{ column: 'h.at' }, { column: 'h.id' }]);
}
