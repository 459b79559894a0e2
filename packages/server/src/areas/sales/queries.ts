import type { Knex } from 'knex';
import type { ProductKind, TransactionKind } from '@foyer/schema';

export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  kind: ProductKind;
  created_at: Date;
}

/** Creates the product or renames it and changes its kind; the sku is the seller's own key. */
export async function upsertProduct(db: Knex, row: Omit<ProductRow, 'created_at'> & { workspace_id: string; created_at: Date }): Promise<ProductRow> {
  const [saved] = await db('products').insert(row).onConflict(['workspace_id', 'sku']).merge(['name', 'kind']).returning(['id', 'sku', 'name', 'kind', 'created_at']);
  return saved as ProductRow;
}

export async function productsOf(db: Knex, workspaceId: string): Promise<ProductRow[]> {
  return db('products').select('id', 'sku', 'name', 'kind', 'created_at').where({ workspace_id: workspaceId }).orderBy('sku');
}

/** The account's products of these skus, by sku. */
export async function productsBySku(db: Knex, workspaceId: string, skus: string[]): Promise<Map<string, ProductRow>> {
  const rows: ProductRow[] = await db('products').select('id', 'sku', 'name', 'kind', 'created_at').where({ workspace_id: workspaceId }).whereIn('sku', skus);
  return new Map(rows.map((row) => [row.sku, row]));
}

export interface SaleRow {
  currency: string;
  product_id: string;
}

/** The sales later transactions refer to, with their products, by receipt number. */
export async function salesByReceipt(db: Knex, workspaceId: string, receiptNumbers: string[]): Promise<Map<string, SaleRow>> {
  if (receiptNumbers.length === 0) return new Map();
  const rows: Array<SaleRow & { receipt_number: string }> = await db('transactions')
    .select('receipt_number', 'currency', 'product_id')
    .where({ workspace_id: workspaceId, kind: 'sale' })
    .whereIn('receipt_number', receiptNumbers);
  return new Map(rows.map(({ receipt_number, ...sale }) => [receipt_number, sale]));
}

/** Which of these receipt numbers already belong to a sale of the account. */
export async function takenReceipts(db: Knex, workspaceId: string, receiptNumbers: string[]): Promise<Set<string>> {
  return new Set((await salesByReceipt(db, workspaceId, receiptNumbers)).keys());
}

export interface TransactionInsert {
  id: string;
  workspace_id: string;
  product_id: string;
  receipt_number: string;
  kind: TransactionKind;
  occurred_at: Date;
  customer_name: string;
  customer_email: string;
  /** The customer's language tag, where the back-end gave it: the receipt's language. */
  customer_locale?: string | null;
  amount_minor: number;
  tax_minor: number | null;
  currency: string;
  recorded_by: string;
  created_at: Date;
}

/** The transactions in one statement: the daily sales follow once for all of them (a statement trigger). */
export async function insertTransactions(db: Knex, rows: TransactionInsert[]): Promise<void> {
  await db('transactions').insert(rows);
}

export interface TransactionRow {
  id: string;
  receipt_number: string;
  kind: TransactionKind;
  occurred_at: Date;
  customer_name: string;
  customer_email: string;
  amount_minor: string | number;
  tax_minor: string | number | null;
  currency: string;
  sku: string;
  product_name: string;
  product_kind: ProductKind;
}

/** One page of an account's transactions, newest first, after the cursor. */
export async function transactionsPage(
  db: Knex,
  workspaceId: string,
  filter: { from?: string; to?: string; after?: { occurredAt: string; id: string }; limit: number },
): Promise<TransactionRow[]> {
  const query = db('transactions as t')
    .join('products as p', 'p.id', 't.product_id')
    .select('t.id', 't.receipt_number', 't.kind', 't.occurred_at', 't.customer_name', 't.customer_email', 't.amount_minor', 't.tax_minor', 't.currency')
    .select('p.sku', 'p.name as product_name', 'p.kind as product_kind')
    .where('t.workspace_id', workspaceId)
    .orderBy([
      { column: 't.occurred_at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ])
    .limit(filter.limit);
  if (filter.from) query.where('t.occurred_at', '>=', filter.from);
  if (filter.to) query.where('t.occurred_at', '<', filter.to);
  if (filter.after) query.whereRaw('(t.occurred_at, t.id) < (?::timestamptz, ?::uuid)', [filter.after.occurredAt, filter.after.id]);
  return query;
}
