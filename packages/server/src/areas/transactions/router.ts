import { SearchTransactionsInput, TransactionRef } from '@foyer/schema';
import { permittedAnyProcedure, router } from '../../trpc.js';
import * as transactions from './service.js';

/**
 * A master account's transactions across the linked accounts each caller works in (on the
 * master account's workspace): its owner and users with Search orders see every transaction
 * there, users with Orders/Tickets alone only those of sales that have a ticket.
 */
export const transactionsRouter = router({
  search: permittedAnyProcedure(['orders.search', 'tickets.manage'])
    .input(SearchTransactionsInput)
    .query(({ ctx, input }) => transactions.search(ctx, input)),
  get: permittedAnyProcedure(['orders.search', 'tickets.manage'])
    .input(TransactionRef)
    .query(({ ctx, input }) => transactions.get(ctx, input)),
});
