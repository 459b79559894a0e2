import type { Knex } from 'knex';
import type { TransactionRow } from '../sales/queries.js';

/** A transaction as every read selects it (sales' TransactionRow), with its account and the customer's language. */
export interface TransactionRecord extends TransactionRow {
  workspace_id: string;
  customer_locale: string | null;
}

/** The columns of `transactions t` and `products p` a TransactionRecord holds. */
export const recordColumns = `t.id, t.workspace_id, t.receipt_number, t.kind, t.occurred_at, t.customer_name, t.customer_email, t.customer_locale,
  t.amount_minor, t.tax_minor, t.currency, p.sku, p.name as product_name, p.kind as product_kind`;

/** A transaction with the linked account it is of, that account's address for mail, and the language its sale was recorded with. */
export type ScopedTransactionRecord = TransactionRecord & { account_id: string; account_handle: string; account_name: string; seller_email: string; sale_locale: string | null };

/**
 * One transaction of a linked account of the master account, read in one statement with what
 * its receipt shows: only when the account is linked to the master account and, for a user
 * (`userId`), given to it — as linkedAccounts has it — and the visibility condition (over `t`)
 * holds. Undefined otherwise, whichever of these it was.
 */
export async function scopedTransaction(
  db: Knex,
  scope: { masterId: string; userId?: string },
  accountHandle: string,
  id: string,
  visible: string,
): Promise<ScopedTransactionRecord | undefined> {
  const given = scope.userId ? 'and exists (select 1 from master_user_accounts u where u.workspace_id = l.workspace_id and u.identity_id = ?::uuid and u.account_id = l.account_id)' : '';
  const { rows } = await db.raw(
    `select ${recordColumns}, w.id as account_id, w.handle as account_handle, w.name as account_name,
            coalesce(w.account_email, (select i.email from memberships m join identities i on i.id = m.identity_id where m.workspace_id = w.id and m.kind = 'owner' limit 1)) as seller_email,
            (select s.customer_locale from transactions s where s.workspace_id = t.workspace_id and s.receipt_number = t.receipt_number and s.kind = 'sale' limit 1) as sale_locale
       from workspaces w
       join master_links l on l.account_id = w.id and l.workspace_id = ?::uuid ${given}
       join transactions t on t.workspace_id = w.id and t.id = ?::uuid
       join products p on p.id = t.product_id
      where w.handle = ? and ${visible}`,
    [scope.masterId, ...(scope.userId ? [scope.userId] : []), id, accountHandle],
  );
  return rows[0] as ScopedTransactionRecord | undefined;
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

/** The products of these accounts with this sku: at most one per account. */
export async function productsBySku(db: Knex, accountIds: readonly string[], sku: string): Promise<Array<{ id: string; workspace_id: string }>> {
  if (accountIds.length === 0) return [];
  return db('products')
    .select('id', 'workspace_id')
    .whereIn('workspace_id', [...accountIds])
    .where({ sku });
}
