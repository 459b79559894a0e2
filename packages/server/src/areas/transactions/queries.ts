import type { ProductKind, TransactionKind } from '@foyer/schema';
import type { Knex } from 'knex';

/** A transaction as every read selects it, with its product; amounts come as text from PostgreSQL's bigint. */
export interface TransactionRecord {
  id: string;
  workspace_id: string;
  receipt_number: string;
  kind: TransactionKind;
  occurred_at: Date;
  customer_name: string;
  customer_email: string;
  customer_locale: string | null;
  amount_minor: string | number;
  tax_minor: string | number | null;
  currency: string;
  sku: string;
  product_name: string;
  product_kind: ProductKind;
}

/** The columns of `transactions t` and `products p` a TransactionRecord holds. */
export const recordColumns = `t.id, t.workspace_id, t.receipt_number, t.kind, t.occurred_at, t.customer_name, t.customer_email, t.customer_locale,
  t.amount_minor, t.tax_minor, t.currency, p.sku, p.name as product_name, p.kind as product_kind`;

/** One transaction of an account, when the visibility condition (over `t`) holds for it. */
export async function transactionOfAccount(db: Knex, accountId: string, id: string, visible: string): Promise<TransactionRecord | undefined> {
  const { rows } = await db.raw(
    `select ${recordColumns} from transactions t join products p on p.id = t.product_id
      where t.workspace_id = ?::uuid and t.id = ?::uuid and ${visible}`,
    [accountId, id],
  );
  return rows[0] as TransactionRecord | undefined;
}

/** Everything recorded under one receipt of an account (its sale and what followed), oldest first. */
export async function transactionsOfReceipt(db: Knex, accountId: string, receiptNumber: string, visible: string): Promise<TransactionRecord[]> {
  const { rows } = await db.raw(
    `select ${recordColumns} from transactions t join products p on p.id = t.product_id
      where t.workspace_id = ?::uuid and t.receipt_number = ? and ${visible}
      order by t.occurred_at, t.id`,
    [accountId, receiptNumber],
  );
  return rows as TransactionRecord[];
}

/** The language its sale's customer was recorded with: the language of a receipt whose own transaction names none (a refund). */
export async function saleLocale(db: Knex, accountId: string, receiptNumber: string): Promise<string | null> {
  const row = await db('transactions').select('customer_locale').where({ workspace_id: accountId, receipt_number: receiptNumber, kind: 'sale' }).first();
  return (row?.customer_locale as string | null | undefined) ?? null;
}

/** The products of these accounts with this sku: at most one per account. */
export async function productsBySku(db: Knex, accountIds: readonly string[], sku: string): Promise<Array<{ id: string; workspace_id: string }>> {
  if (accountIds.length === 0) return [];
  return db('products')
    .select('id', 'workspace_id')
    .whereIn('workspace_id', [...accountIds])
    .where({ sku });
}

/** Who a receipt names as its seller: the account's name and handle, and its own address for mail (its owner's when it has none). */
export async function sellerOf(db: Knex, accountId: string): Promise<{ name: string; handle: string; email: string } | undefined> {
  return db('workspaces as w')
    .join('memberships as m', function () {
      this.on('m.workspace_id', 'w.id').andOnVal('m.kind', 'owner');
    })
    .join('identities as i', 'i.id', 'm.identity_id')
    .select('w.name', 'w.handle', db.raw('coalesce(w.account_email, i.email) as email'))
    .where('w.id', accountId)
    .first();
}
