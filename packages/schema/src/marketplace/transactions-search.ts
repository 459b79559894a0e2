import { z } from 'zod';
import { Id, Instant, InWorkspace, WorkspaceHandle } from '../common.js';
import { MinorAmount, ProductSku, ReceiptNumber, Transaction, TransactionKind } from './sales.js';

/** At least this many characters of a customer's name or email to search by: shorter pieces match nearly everything. */
export const transactionCustomerSearchMinLength = 3;
/** A search counts its matches up to this many, then says "at least": counting every match would cost more than the page. */
export const transactionSearchCountCap = 1000;

/** Where the next page starts: opaque to callers, handed back from the previous page. */
export const TransactionCursor = z
  .string()
  .max(200, { error: 'must be at most 200 characters' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'must be a cursor from a previous page' });

/** Whether both ends of a range are valid so far: the range's own check compares only valid ends, and says nothing more of a wrong one. */
const endsAreValid =
  (...fields: string[]) =>
  (payload: z.core.ParsePayload) =>
    payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));

/**
 * A master account's transactions: every linked account the caller works in, or the one named
 * (on the master account's workspace). The filters narrow together; newest first. `from` is
 * inclusive, `to` exclusive. `customer` is a piece of the customer's name or email. Amounts are
 * in minor units, both ends included. An Orders/Tickets user finds only the transactions that
 * belong to tickets.
 */
export const SearchTransactionsInput = InWorkspace.extend({
  account: WorkspaceHandle.optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  receiptNumber: ReceiptNumber.optional(),
  customer: z
    .string()
    .trim()
    .min(transactionCustomerSearchMinLength, { error: `must be at least ${transactionCustomerSearchMinLength} characters` })
    .max(254, { error: 'must be at most 254 characters' })
    .regex(/^[^\p{Cc}]*$/u, { error: 'must not contain control characters' })
    .optional(),
  productSku: ProductSku.optional(),
  kinds: z.array(TransactionKind).min(1, { error: 'must name at least one kind' }).max(5, { error: 'must name at most 5 kinds' }).optional(),
  minAmount: MinorAmount.optional(),
  maxAmount: MinorAmount.optional(),
  after: TransactionCursor.optional(),
  limit: z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(100, { error: 'must be at most 100' }).default(50),
})
  .refine((input) => input.from === undefined || input.to === undefined || Date.parse(input.from) < Date.parse(input.to), {
    error: 'must be after from',
    path: ['to'],
    when: endsAreValid('from', 'to'),
  })
  .refine((input) => input.minAmount === undefined || input.maxAmount === undefined || input.minAmount <= input.maxAmount, {
    error: 'must not be less than minAmount',
    path: ['maxAmount'],
    when: endsAreValid('minAmount', 'maxAmount'),
  });
export type SearchTransactionsInput = z.input<typeof SearchTransactionsInput>;

/** The linked account a transaction is of. */
export const TransactionAccount = z.object({ handle: z.string(), name: z.string() });
export type TransactionAccount = z.infer<typeof TransactionAccount>;

/** A transaction as the search lists it: with the account it is of. */
export const ListedTransaction = Transaction.extend({ account: TransactionAccount });
export type ListedTransaction = z.infer<typeof ListedTransaction>;

export const TransactionSearchPage = z.object({
  transactions: z.array(ListedTransaction),
  nextCursor: z.string().nullable(),
  /** How many transactions match, across every page, counted up to `transactionSearchCountCap`. */
  total: z.number(),
  /** False when more than `transactionSearchCountCap` match: then at least `total` do. */
  totalExact: z.boolean(),
});
export type TransactionSearchPage = z.infer<typeof TransactionSearchPage>;

/** One transaction of a linked account, named on the master account's workspace. */
export const TransactionRef = InWorkspace.extend({ account: WorkspaceHandle, transaction: Id });
export type TransactionRef = z.infer<typeof TransactionRef>;

/**
 * Order details: the transaction, the sale it belongs to (itself, for a sale), and everything
 * recorded under the sale's receipt since (rebills, refunds, chargebacks, a cancellation),
 * oldest first. `refunded` adds up the refunds and chargebacks so far, in the sale's currency.
 * `customer.locale` is the customer's language tag as recorded with the transaction or, where it
 * names none, with its sale: its receipt is written in it (null: English).
 */
export const TransactionDetail = z.object({
  account: TransactionAccount,
  transaction: Transaction.extend({ customer: z.object({ name: z.string(), email: z.string(), locale: z.string().nullable() }) }),
  sale: Transaction.nullable(),
  related: z.array(Transaction),
  refunded: z.number(),
  cancelledAt: z.string().nullable(),
});
export type TransactionDetail = z.infer<typeof TransactionDetail>;

/** Where the receipt went, and how: through SMTP, or into the outbox when no SMTP server is set up. */
export const ReceiptMailed = z.object({ sentTo: z.string(), transport: z.enum(['smtp', 'outbox']) });
export type ReceiptMailed = z.infer<typeof ReceiptMailed>;
