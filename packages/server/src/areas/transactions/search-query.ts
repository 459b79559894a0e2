import { transactionSearchCountCap, type TransactionKind } from '@foyer/schema';
import type { Knex } from 'knex';
import { recordColumns, type TransactionRecord } from './queries.js';

/**
 * What a page of the search asks for, with the accounts already narrowed to the caller's scope
 * (and to the one named) and a product's sku turned into each account's product id.
 */
export interface SearchFilter {
  accountIds: readonly string[];
  /** Each account's product with the searched sku; undefined when the search names none. */
  productIds?: ReadonlyMap<string, string>;
  from?: string;
  to?: string;
  receiptNumber?: string;
  customer?: string;
  kinds?: readonly TransactionKind[];
  minAmount?: number;
  maxAmount?: number;
  /** The condition over `t` that holds for the transactions the caller may see (transaction-visibility.ts). */
  visible: string;
}

/** Where the previous page ended: the row's time to the microsecond, as text, and its id. */
export interface SearchPosition {
  key: string;
  id: string;
}

/** A row of a page with its time as the cursor keeps it. */
export type SearchRow = TransactionRecord & { cursor_key: string };

type Binding = Knex.RawBinding;

interface Condition {
  sql: string;
  bindings: Binding[];
}

const none: Condition = { sql: '', bindings: [] };
const when = (test: boolean, sql: string, ...bindings: Array<Binding | undefined>): Condition => (test ? { sql, bindings: bindings as Binding[] } : none);

function and(conditions: Condition[]): Condition {
  const kept = conditions.filter((c) => c.sql !== '');
  return { sql: kept.map((c) => c.sql).join(' and ') || 'true', bindings: kept.flatMap((c) => c.bindings) };
}

/** `%`, `_` and `\` typed into the search are matched as themselves. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The conditions every shape of the query shares. The customer search is written as the
 * expression transactions_customer_search indexes (migration 033), so the index serves it.
 */
function shared(filter: SearchFilter, after: SearchPosition | undefined): Condition {
  return and([
    when(filter.from !== undefined, 't.occurred_at >= ?::timestamptz', filter.from),
    when(filter.to !== undefined, 't.occurred_at < ?::timestamptz', filter.to),
    when(filter.receiptNumber !== undefined, 't.receipt_number = ?', filter.receiptNumber),
    when(filter.customer !== undefined, "(t.customer_name || ' ' || t.customer_email) ilike ? escape '\\'", likePattern(filter.customer ?? '')),
    when(filter.minAmount !== undefined, 't.amount_minor >= ?', filter.minAmount),
    when(filter.maxAmount !== undefined, 't.amount_minor <= ?', filter.maxAmount),
    when(after !== undefined, '(t.occurred_at, t.id) < (?::timestamptz, ?::uuid)', after?.key, after?.id),
    { sql: filter.visible, bindings: [] },
  ]);
}

/** The accounts the search reads, with the product each is narrowed to: an account without the searched product holds no match. */
function accountsRead(filter: SearchFilter): Array<{ accountId: string; productId?: string }> {
  if (!filter.productIds) return filter.accountIds.map((accountId) => ({ accountId }));
  return filter.accountIds.flatMap((accountId) => {
    const productId = filter.productIds!.get(accountId);
    return productId ? [{ accountId, productId }] : [];
  });
}

const newestFirst = 'order by occurred_at desc, id desc';
/** What a branch reads of each row, the same in every branch; products are joined to the page afterwards. */
const branchColumns =
  't.id, t.workspace_id, t.product_id, t.receipt_number, t.kind, t.occurred_at, t.customer_name, t.customer_email, t.customer_locale, t.amount_minor, t.tax_minor, t.currency';
const cursorKey = `to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_key`;

/** Joins the page's rows to their products, keeping their order: the products are read for the page's rows only. */
const withProducts = (page: string) => `select ${recordColumns}, t.cursor_key from (${page}) t join products p on p.id = t.product_id order by t.occurred_at desc, t.id desc`;

/**
 * One page read as ordered index ranges merged in order: one branch per account (per account and
 * kind when the search names kinds; per account's product when it names a product), each an
 * ordered range of transactions_workspace_time, transactions_kind_time or
 * transactions_product_time. The planner merges the branches (Merge Append) and stops when the
 * page is full, so a page reads about `limit` rows plus one per branch, on the first page or ten
 * thousand pages deep; conditions no index serves are checked on the rows as they are read.
 */
export async function mergedPage(db: Knex, filter: SearchFilter, after: SearchPosition | undefined, limit: number): Promise<SearchRow[]> {
  const accounts = accountsRead(filter);
  if (accounts.length === 0) return [];
  const common = shared(filter, after);
  const branches: string[] = [];
  const bindings: Binding[] = [];
  const kinds: ReadonlyArray<TransactionKind | undefined> = filter.kinds && !filter.productIds ? [...new Set(filter.kinds)] : [undefined];
  for (const { accountId, productId } of accounts) {
    for (const kind of kinds) {
      const own = and([
        productId ? { sql: 't.product_id = ?::uuid', bindings: [productId] } : { sql: 't.workspace_id = ?::uuid', bindings: [accountId] },
        when(kind !== undefined, 't.kind = ?', kind),
        when(kind === undefined && filter.kinds !== undefined, 't.kind = any(?::text[])', [...(filter.kinds ?? [])]),
      ]);
      branches.push(`select ${branchColumns}, ${cursorKey} from transactions t where ${own.sql} and ${common.sql}`);
      bindings.push(...own.bindings, ...common.bindings);
    }
  }
  const page = `select * from (${branches.join(' union all ')}) t ${newestFirst} limit ?`;
  const { rows } = await db.raw(withProducts(page), [...bindings, limit]);
  return rows as SearchRow[];
}

/** Every condition as one, over all the accounts read: for searches, which find few rows through their own indexes. */
function searched(filter: SearchFilter, after: SearchPosition | undefined): Condition | undefined {
  const accounts = accountsRead(filter);
  if (accounts.length === 0) return undefined;
  return and([
    filter.productIds
      ? { sql: 't.product_id = any(?::uuid[])', bindings: [accounts.map((a) => a.productId!)] }
      : { sql: 't.workspace_id = any(?::uuid[])', bindings: [accounts.map((a) => a.accountId)] },
    when(filter.kinds !== undefined, 't.kind = any(?::text[])', [...(filter.kinds ?? [])]),
    shared(filter, after),
  ]);
}

/** One page of a search that matches few transactions: read through the receipt's or the customer's index, then ordered. */
export async function searchedPage(db: Knex, filter: SearchFilter, after: SearchPosition | undefined, limit: number): Promise<SearchRow[]> {
  const where = searched(filter, after);
  if (!where) return [];
  const page = `select ${branchColumns}, ${cursorKey} from transactions t where ${where.sql} ${newestFirst} limit ?`;
  const { rows } = await db.raw(withProducts(page), [...where.bindings, limit]);
  return rows as SearchRow[];
}

/** How many transactions match, counted up to the cap: `exact` is false when more match. */
export async function searchCount(db: Knex, filter: SearchFilter): Promise<{ total: number; exact: boolean }> {
  const where = searched(filter, undefined);
  if (!where) return { total: 0, exact: true };
  const { rows } = await db.raw(`select count(*)::int as n from (select 1 from transactions t where ${where.sql} limit ?) m`, [...where.bindings, transactionSearchCountCap + 1]);
  const n = Number(rows[0]?.n ?? 0);
  return n > transactionSearchCountCap ? { total: transactionSearchCountCap, exact: false } : { total: n, exact: true };
}
