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

const customerText = "(t.customer_name || ' ' || t.customer_email)";

/**
 * A piece of the customer's name or email, matched on the expression
 * transactions_customer_search indexes (migration 033). Most customers share a few mail
 * domains, and the index reads every transaction of a domain for its trigrams: an address is
 * looked up in the index by the part up to its @, and checked whole on the rows found (the
 * expression written another way, so the index is not asked for the domain).
 */
function customerCondition(search: string): Condition {
  const at = search.indexOf('@');
  const local = at >= 0 ? search.slice(0, at + 1) : search;
  if (local === search || local.length < 4) return { sql: `${customerText} ilike ? escape '\\'`, bindings: [likePattern(search)] };
  return { sql: `${customerText} ilike ? escape '\\' and (${customerText} || '') ilike ? escape '\\'`, bindings: [likePattern(local), likePattern(search)] };
}

/**
 * The conditions every shape of the query shares. The customer search is written as the
 * expression transactions_customer_search indexes (migration 033), so the index serves it.
 */
function shared(filter: SearchFilter, after: SearchPosition | undefined): Condition {
  return and([
    when(filter.from !== undefined, 't.occurred_at >= ?::timestamptz', filter.from),
    when(filter.to !== undefined, 't.occurred_at < ?::timestamptz', filter.to),
    when(filter.receiptNumber !== undefined, 't.receipt_number = ?', filter.receiptNumber),
    filter.customer === undefined ? none : customerCondition(filter.customer),
    when(filter.minAmount !== undefined, 't.amount_minor >= ?', filter.minAmount),
    when(filter.maxAmount !== undefined, 't.amount_minor <= ?', filter.maxAmount),
    when(after !== undefined, '(t.occurred_at, t.id) < (?::timestamptz, ?::uuid)', after?.key, after?.id),
    { sql: filter.visible, bindings: [] },
  ]);
}

/**
 * The index ranges a search reads, one per branch: each account's (transactions_workspace_time),
 * each account and kind's when the search names kinds (transactions_kind_time), or each
 * account's product when it names a product (transactions_product_time; an account without
 * the product holds no match). `key` is the branch's first column, `kind` its second.
 */
interface Branches {
  from: string;
  bindings: Binding[];
  own: string;
}

function branchesOf(filter: SearchFilter): Branches | undefined {
  if (filter.productIds) {
    const products = filter.accountIds.flatMap((accountId) => {
      const productId = filter.productIds!.get(accountId);
      return productId ? [productId] : [];
    });
    if (products.length === 0) return undefined;
    return { from: 'unnest(?::uuid[]) as b(key)', bindings: [products], own: 't.product_id = b.key' };
  }
  if (filter.accountIds.length === 0) return undefined;
  if (filter.kinds) {
    const kinds = [...new Set(filter.kinds)];
    const pairs = filter.accountIds.flatMap((accountId) => kinds.map((kind) => [accountId, kind] as const));
    return {
      from: 'unnest(?::uuid[], ?::text[]) as b(key, kind)',
      bindings: [pairs.map(([accountId]) => accountId), pairs.map(([, kind]) => kind)],
      own: 't.workspace_id = b.key and t.kind = b.kind',
    };
  }
  return { from: 'unnest(?::uuid[]) as b(key)', bindings: [[...filter.accountIds]], own: 't.workspace_id = b.key' };
}

const newestFirst = 'order by occurred_at desc, id desc';
/** What a branch reads of each row; products are joined to the page afterwards. */
const branchColumns =
  't.id, t.workspace_id, t.product_id, t.receipt_number, t.kind, t.occurred_at, t.customer_name, t.customer_email, t.customer_locale, t.amount_minor, t.tax_minor, t.currency';
const cursorKey = `to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_key`;

/** Joins the page's rows to their products, keeping their order: the products are read for the page's rows only. */
const withProducts = (page: string) => `select ${recordColumns}, t.cursor_key from (${page}) t join products p on p.id = t.product_id order by t.occurred_at desc, t.id desc`;

/**
 * One page read branch by branch: each branch (an account, an account's kind, an account's
 * product) reads at most a page of its ordered index range after the cursor, its other
 * conditions checked on the rows as they are read, and the newest of those make the page. So a
 * page reads at most `limit` rows per branch, on the first page or ten thousand pages deep.
 * (Written as LATERAL rather than UNION ALL: PostgreSQL 15 sorted a union of the ranges whole
 * instead of merging them in order.)
 */
export async function mergedPage(db: Knex, filter: SearchFilter, after: SearchPosition | undefined, limit: number): Promise<SearchRow[]> {
  const branches = branchesOf(filter);
  if (!branches) return [];
  const common = shared(filter, after);
  const page = `select b_rows.* from ${branches.from}
    cross join lateral (select ${branchColumns}, ${cursorKey} from transactions t where ${branches.own} and ${common.sql} ${newestFirst} limit ?) b_rows
    ${newestFirst} limit ?`;
  const { rows } = await db.raw(withProducts(page), [...branches.bindings, ...common.bindings, limit, limit]);
  return rows as SearchRow[];
}

/** Every condition as one, over all the accounts read: for searches, which find few rows through their own indexes. */
function searched(filter: SearchFilter, after: SearchPosition | undefined): Condition | undefined {
  if (!branchesOf(filter)) return undefined;
  const products = filter.productIds ? filter.accountIds.flatMap((accountId) => filter.productIds!.get(accountId) ?? []) : undefined;
  return and([
    products ? { sql: 't.product_id = any(?::uuid[])', bindings: [products] } : { sql: 't.workspace_id = any(?::uuid[])', bindings: [[...filter.accountIds]] },
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

/**
 * How many transactions match, counted up to the cap: `exact` is false when more match. Counted
 * branch by branch, each up to the cap, and no further once the cap is reached: a search that
 * matches millions counts a thousand rows of the first branch and stops.
 */
export async function searchCount(db: Knex, filter: SearchFilter): Promise<{ total: number; exact: boolean }> {
  const branches = branchesOf(filter);
  if (!branches) return { total: 0, exact: true };
  // A customer search is counted in one statement: branch by branch, each would read the trigram index again.
  if (filter.customer !== undefined) return cappedCount(db, searched(filter, undefined)!);
  const common = shared(filter, undefined);
  const cap = transactionSearchCountCap + 1;
  const { rows } = await db.raw(
    `select count(*)::int as n from (select 1 from ${branches.from} cross join lateral (select 1 from transactions t where ${branches.own} and ${common.sql} limit ?) m limit ?) c`,
    [...branches.bindings, ...common.bindings, cap, cap],
  );
  return capped(Number(rows[0]?.n ?? 0));
}

async function cappedCount(db: Knex, where: Condition): Promise<{ total: number; exact: boolean }> {
  const { rows } = await db.raw(`select count(*)::int as n from (select 1 from transactions t where ${where.sql} limit ?) m`, [...where.bindings, transactionSearchCountCap + 1]);
  return capped(Number(rows[0]?.n ?? 0));
}

const capped = (n: number) => (n > transactionSearchCountCap ? { total: transactionSearchCountCap, exact: false } : { total: n, exact: true });
