import type { Knex } from 'knex';
import type { MemberContext } from '../../callers/contexts.js';
import { allows } from '../../security/principals.js';

/**
 * Which transactions of the accounts a caller works in it may see: `all` of them, only the
 * `ticketed` ones, or `none`. The one place this rule lives; the ticket procedures and the
 * transactions search both apply it.
 *
 * - The owner (of the master account, or of the seller account itself) sees every transaction.
 * - Search orders shows every transaction of the user's accounts ("this shows the transaction data").
 * - Orders/Tickets alone shows only the transactions that belong to tickets: those of a sale
 *   that has a ticket (the sale and what follows it under its receipt: refunds, rebills …).
 */
export type TransactionVisibility = 'all' | 'ticketed' | 'none';

export function transactionVisibility(caller: Pick<MemberContext, 'kind' | 'through' | 'permissions'>): TransactionVisibility {
  if (caller.kind === 'owner' || caller.through?.kind === 'owner') return 'all';
  if (allows(caller, 'orders.search')) return 'all';
  if (allows(caller, 'tickets.manage')) return 'ticketed';
  return 'none';
}

/**
 * The condition, over a `transactions` row named `alias`, that holds for the transactions the
 * visibility shows. A ticket's receipt stands for its whole order (tickets_by_receipt serves the
 * look-up per row).
 */
export function visibleTransactionSql(visibility: TransactionVisibility, alias = 't'): string {
  // The alias is written into the SQL: only a plain name.
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  if (visibility === 'all') return 'true';
  if (visibility === 'none') return 'false';
  return `exists (select 1 from tickets k where k.workspace_id = ${alias}.workspace_id and k.receipt_number = ${alias}.receipt_number)`;
}

/** Narrows a query over `transactions as <alias>` to what the caller may see. */
export function whereTransactionVisible<Q extends Knex.QueryBuilder>(query: Q, caller: Pick<MemberContext, 'kind' | 'through' | 'permissions'>, alias = 't'): Q {
  const visibility = transactionVisibility(caller);
  if (visibility !== 'all') query.whereRaw(visibleTransactionSql(visibility, alias));
  return query;
}
