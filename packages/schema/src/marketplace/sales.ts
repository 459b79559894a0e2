import { z } from 'zod';
import { DisplayText, Email, Id, Instant, InWorkspace, WorkspaceHandle } from '../common.js';
import { CalendarDay, checkedPeriod } from './period-input.js';

export { CalendarDay };

/** A product is sold once (`standard`) or billed again and again until cancelled (`recurring`). */
export const ProductKind = z.enum(['standard', 'recurring']);
export type ProductKind = z.infer<typeof ProductKind>;

/**
 * What happened to money: a `sale`, its `rebill` (a recurring product billed again), a
 * `refund` and a `chargeback` (money back to the customer), a `cancellation` (a recurring
 * product stops; no money moves).
 */
export const TransactionKind = z.enum(['sale', 'rebill', 'refund', 'chargeback', 'cancellation']);
export type TransactionKind = z.infer<typeof TransactionKind>;

/** The seller's own code for a product, as its back-end knows it. */
export const ProductSku = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(60, { error: 'must be at most 60 characters' })
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'may hold only letters, digits, dots, hyphens and underscores' });

/** A receipt number as the marketplace prints it: letters and digits, as in `7KQ2M9XD`. */
export const ReceiptNumber = z
  .string()
  .trim()
  .toUpperCase()
  .min(4, { error: 'must be at least 4 characters' })
  .max(40, { error: 'must be at most 40 characters' })
  .regex(/^[A-Z0-9-]+$/, { error: 'may hold only letters, digits and hyphens' });

/** ISO 4217: three capital letters. */
export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code such as EUR' });

/** Money in the currency's minor unit (cents): whole numbers only, so sums never round. */
export const MinorAmount = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number of the currency’s minor unit (cents)' })
  .min(0, { error: 'must not be negative' })
  .max(100_000_000_00, { error: 'must be at most 100,000,000.00' });

export const SaveProductInput = InWorkspace.extend({
  sku: ProductSku,
  name: DisplayText(120),
  kind: ProductKind,
});
export type SaveProductInput = z.input<typeof SaveProductInput>;

export const Product = z.object({ id: z.string(), sku: z.string(), name: z.string(), kind: ProductKind, createdAt: z.string() });
export type Product = z.infer<typeof Product>;

/**
 * The customer's language, where the host back-end knows it: a BCP 47 tag such as `hu` or
 * `de-AT`. Receipts are written in it where Foyer has that language, in English otherwise.
 */
export const CustomerLocale = z
  .string()
  .trim()
  .max(35, { error: 'must be at most 35 characters' })
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { error: 'must be a language tag such as hu or de-AT' });

/** What one transaction says, as a host back-end reports it. */
const TransactionFields = z.object({
  receiptNumber: ReceiptNumber,
  kind: TransactionKind,
  occurredAt: Instant,
  productSku: ProductSku,
  customer: z.object({ name: DisplayText(120), email: Email, locale: CustomerLocale.optional() }),
  amount: MinorAmount,
  /** The part of `amount` that is tax, where the back-end states it. */
  tax: MinorAmount.optional(),
  currency: Currency,
});

/** A transaction's own rules: tax is part of the amount, and a cancellation moves no money. */
function transactionRules(input: { kind: string; amount: number; tax?: number | undefined }, ctx: z.RefinementCtx): void {
  if (input.tax !== undefined && input.tax > input.amount) ctx.addIssue({ code: 'custom', message: 'must not be more than the amount', path: ['tax'] });
  if (input.kind === 'cancellation' && input.amount !== 0) ctx.addIssue({ code: 'custom', message: 'must be 0 for a cancellation: no money moves', path: ['amount'] });
}

/**
 * A host back-end records what happened, with an API key that holds `api.write`. A refund,
 * chargeback, rebill or cancellation names the receipt of the sale it belongs to; a sale's
 * receipt number is new.
 */
export const RecordTransactionInput = InWorkspace.extend(TransactionFields.shape).superRefine(transactionRules);
export type RecordTransactionInput = z.input<typeof RecordTransactionInput>;

/** The most transactions one call records. */
export const transactionsPerCallAtMost = 500;

/**
 * Several transactions in one call, in the order they happened, recorded all or none: a busy
 * back-end sends what it has queued, and a refund may name a sale earlier in the same call.
 */
export const RecordTransactionsInput = InWorkspace.extend({
  transactions: z
    .array(TransactionFields.superRefine(transactionRules))
    .min(1, { error: 'must hold at least one transaction' })
    .max(transactionsPerCallAtMost, { error: `must hold at most ${transactionsPerCallAtMost} transactions` }),
});
export type RecordTransactionsInput = z.input<typeof RecordTransactionsInput>;

export const Transaction = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  kind: TransactionKind,
  occurredAt: z.string(),
  product: z.object({ sku: z.string(), name: z.string(), kind: ProductKind }),
  customer: z.object({ name: z.string(), email: z.string() }),
  amount: z.number(),
  tax: z.number().nullable(),
  currency: z.string(),
});
export type Transaction = z.infer<typeof Transaction>;

/** Newest first; the cursor is the last row of the page before. */
export const ListTransactionsInput = InWorkspace.extend({
  from: Instant.optional(),
  to: Instant.optional(),
  after: z.object({ occurredAt: Instant, id: Id }).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListTransactionsInput = z.input<typeof ListTransactionsInput>;

export const TransactionsPage = z.object({ transactions: z.array(Transaction), next: z.object({ occurredAt: z.string(), id: z.string() }).nullable() });
export type TransactionsPage = z.infer<typeof TransactionsPage>;

/** The dashboard's period: whole days, the end not before the start, at most about two years. */
export const DashboardInput = checkedPeriod(InWorkspace.extend({ from: CalendarDay, to: CalendarDay }));
export type DashboardInput = z.input<typeof DashboardInput>;

/** Sums of one account (or of all: `account` null) in one currency: currencies are never added together. */
export const SalesTotals = z.object({
  account: WorkspaceHandle.nullable(),
  currency: z.string(),
  /** Sales and rebills. */
  count: z.number(),
  gross: z.number(),
  /** Refunds and chargebacks, as a positive amount. */
  refunds: z.number(),
  net: z.number(),
});
export type SalesTotals = z.infer<typeof SalesTotals>;

/**
 * One account's sales in one currency over the whole period: one value per day, `from` first,
 * days without sales as 0. Accounts with no sales in a currency have no series for it. Kept in
 * columns rather than as one object per bar: a year by day of ten accounts is a few thousand
 * numbers instead of a megabyte of repeated names.
 */
export const SalesSeries = z.object({ account: z.string(), currency: z.string(), count: z.array(z.number()), gross: z.array(z.number()) });
export type SalesSeries = z.infer<typeof SalesSeries>;

export const Dashboard = z.object({
  from: z.string(),
  to: z.string(),
  /** The linked accounts in the order their colours are given. */
  accounts: z.array(z.object({ handle: z.string(), name: z.string() })),
  /** In the accounts' order, currencies alphabetically within each. */
  series: z.array(SalesSeries),
  totals: z.array(SalesTotals),
});
export type Dashboard = z.infer<typeof Dashboard>;
