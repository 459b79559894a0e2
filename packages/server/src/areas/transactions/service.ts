import type { ListedTransaction, SearchTransactionsInput, TransactionDetail, TransactionRef, TransactionSearchPage } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { forbidden, notFound } from '../../errors.js';
import { requireMasterAccount } from '../master-accounts/master.js';
import { toTransaction } from '../sales/service.js';
import { accountsInScope, type AccountInScope } from '../tickets/accounts-in-scope.js';
import { transactionVisibility, visibleTransactionSql } from '../tickets/transaction-visibility.js';
import { productsBySku, scopedTransaction, transactionsOfReceipt, type ScopedTransactionRecord } from './queries.js';
import { decodeCursor, encodeCursor } from './search-cursor.js';
import { mergedPage, searchCount, searchedPage, type SearchFilter } from './search-query.js';

/**
 * Where a master account's caller looks for transactions: the linked accounts it works in, and
 * the condition that holds for the transactions it may see there (all of them, or for
 * Orders/Tickets alone those of sales that have a ticket). Read on every call.
 */
export async function transactionScope(ctx: MemberContext): Promise<{ accounts: AccountInScope[]; visible: string }> {
  return { visible: visibleToCaller(ctx), accounts: await accountsInScope(ctx) };
}

/** The condition over `t` that holds for the transactions the caller may see, in a master account only. */
function visibleToCaller(ctx: MemberContext): string {
  requireMasterAccount(ctx);
  const visibility = transactionVisibility(ctx);
  if (visibility === 'none') throw forbidden('FORBIDDEN');
  return visibleTransactionSql(visibility, 't');
}

/**
 * The transaction a call names, with its account, when the caller may see it. An account the
 * caller does not work in, an id of no transaction or of another account's, and a transaction
 * the caller may not see all get the same answer. One statement: the receipt's PDF is asked
 * for hundreds of times a second.
 */
export async function visibleTransaction(
  ctx: MemberContext,
  ref: Pick<TransactionRef, 'account' | 'transaction'>,
): Promise<{ account: AccountInScope; record: ScopedTransactionRecord; visible: string }> {
  const visible = visibleToCaller(ctx);
  const scope = { masterId: ctx.workspace.id, userId: ctx.kind === 'owner' ? undefined : ctx.identityId };
  const record = await scopedTransaction(ctx.db, scope, ref.account, ref.transaction, visible);
  if (!record) throw notFound('TRANSACTION_NOT_FOUND');
  return { account: { id: record.account_id, handle: record.account_handle, name: record.account_name }, record, visible };
}

const accountOf = (account: AccountInScope) => ({ handle: account.handle, name: account.name });

/**
 * `transactions.search`: newest first over every linked account the caller works in, or the
 * one it names (an account it does not work in is answered as one that is not linked). The
 * matches are counted first, up to the cap: a search that matches few is read through its own
 * index (the receipt's, the customer's) and ordered; one that matches many — or no search at
 * all — is read as one ordered index range per account (or account and kind, or product), its
 * rows checked as they are read.
 */
export async function search(ctx: MemberContext, input: z.output<typeof SearchTransactionsInput>): Promise<TransactionSearchPage> {
  const scope = await transactionScope(ctx);
  const accounts = input.account === undefined ? scope.accounts : scope.accounts.filter((a) => a.handle === input.account);
  if (accounts.length === 0 && input.account !== undefined) throw notFound('ACCOUNT_NOT_LINKED');
  const after = input.after === undefined ? undefined : decodeCursor(input.after);
  const accountIds = accounts.map((a) => a.id);
  const filter: SearchFilter = {
    accountIds,
    productIds: input.productSku === undefined ? undefined : new Map((await productsBySku(ctx.db, accountIds, input.productSku)).map((p) => [p.workspace_id, p.id] as const)),
    from: input.from,
    to: input.to,
    receiptNumber: input.receiptNumber,
    customer: input.customer,
    kinds: input.kinds,
    minAmount: input.minAmount,
    maxAmount: input.maxAmount,
    visible: scope.visible,
  };
  const count = await searchCount(ctx.db, filter);
  const rows = await (count.exact ? searchedPage : mergedPage)(ctx.db, filter, after, input.limit + 1);
  const more = rows.length > input.limit;
  const shown = rows.slice(0, input.limit);
  const last = shown[shown.length - 1];
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return {
    transactions: shown.map((row): ListedTransaction => ({ ...toTransaction(row), account: accountOf(byId.get(row.workspace_id)!) })),
    nextCursor: more && last ? encodeCursor({ key: last.cursor_key, id: last.id }) : null,
    total: count.total,
    totalExact: count.exact,
  };
}

/** `transactions.get`: the order details of one transaction the caller may see. */
export async function get(ctx: MemberContext, input: TransactionRef): Promise<TransactionDetail> {
  const { account, record, visible } = await visibleTransaction(ctx, input);
  // A receipt's transactions are all visible or none: a ticket's receipt stands for its whole order.
  const order = await transactionsOfReceipt(ctx.db, account.id, record.receipt_number, visible);
  const sale = order.find((t) => t.kind === 'sale');
  const related = order.filter((t) => t !== sale);
  const refunded = related.filter((t) => t.kind === 'refund' || t.kind === 'chargeback').reduce((sum, t) => sum + Number(t.amount_minor), 0);
  const cancellation = related.find((t) => t.kind === 'cancellation');
  const transaction = toTransaction(record);
  return {
    account: accountOf(account),
    transaction: { ...transaction, customer: { ...transaction.customer, locale: record.customer_locale ?? record.sale_locale } },
    sale: sale ? toTransaction(sale) : null,
    related: related.map(toTransaction),
    refunded,
    cancelledAt: cancellation ? new Date(cancellation.occurred_at).toISOString() : null,
  };
}
