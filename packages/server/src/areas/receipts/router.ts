import { TransactionRef } from '@foyer/schema';
import { permittedAnyProcedure, router } from '../../trpc.js';
import * as receipts from './service.js';

/** A transaction's receipt, for whoever may see the transaction (its PDF is served over HTTP: http/receipts.ts). */
export const receiptsRouter = router({
  email: permittedAnyProcedure(['orders.search', 'tickets.manage'])
    .input(TransactionRef)
    .mutation(({ ctx, input }) => receipts.email(ctx, input)),
});
