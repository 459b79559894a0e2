import { InWorkspace, ListTransactionsInput, RecordTransactionInput, RecordTransactionsInput, SaveProductInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as sales from './service.js';

/**
 * What a seller account's host back-end records and reads through the API: writes need API
 * read/write, reads API read (and a key needs the same, see memberCall).
 */
export const salesRouter = router({
  saveProduct: permittedProcedure('api.write')
    .input(SaveProductInput)
    .mutation(({ ctx, input }) => sales.saveProduct(ctx, input)),
  products: permittedProcedure('api.read')
    .input(InWorkspace)
    .query(({ ctx }) => sales.products(ctx)),
  record: permittedProcedure('api.write')
    .input(RecordTransactionInput)
    .mutation(({ ctx, input }) => sales.record(ctx, input)),
  /** Up to 500 transactions in one call, all or none: how a busy back-end sends what it queued. */
  recordMany: permittedProcedure('api.write')
    .input(RecordTransactionsInput)
    .mutation(({ ctx, input }) => sales.recordMany(ctx, input)),
  transactions: permittedProcedure('api.read')
    .input(ListTransactionsInput)
    .query(({ ctx, input }) => sales.transactions(ctx, input)),
});
