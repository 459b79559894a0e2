import { randomUUID } from 'node:crypto';
import type { ListTransactionsInput, Product, RecordTransactionInput, RecordTransactionsInput, SaveProductInput, Transaction, TransactionsPage } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../errors.js';
import {
  insertTransactions,
  productsBySku,
  productsOf,
  salesByReceipt,
  takenReceipts,
  transactionsPage,
  upsertProduct,
  type ProductRow,
  type SaleRow,
  type TransactionInsert,
  type TransactionRow,
} from './queries.js';

/** Sales belong to seller accounts; a master account holds none of its own. */
function requireSellerAccount(ctx: MemberContext): void {
  if (ctx.workspaceKind !== 'account' || ctx.template !== 'marketplace') throw badRequest('NOT_A_SELLER_ACCOUNT');
}

const toProduct = (row: ProductRow): Product => ({ id: row.id, sku: row.sku, name: row.name, kind: row.kind, createdAt: new Date(row.created_at).toISOString() });

export async function saveProduct(ctx: MemberContext, input: z.output<typeof SaveProductInput>): Promise<Product> {
  requireSellerAccount(ctx);
  const row = await upsertProduct(ctx.db, { id: randomUUID(), workspace_id: ctx.workspace.id, sku: input.sku, name: input.name, kind: input.kind, created_at: ctx.clock.now() });
  ctx.audit.note({ sku: input.sku, name: input.name, kind: input.kind });
  return toProduct(row);
}

export async function products(ctx: MemberContext): Promise<Product[]> {
  requireSellerAccount(ctx);
  return (await productsOf(ctx.db, ctx.workspace.id)).map(toProduct);
}

type ToRecord = Omit<z.output<typeof RecordTransactionInput>, 'workspace'>;

/** Records what a host back-end reports: one transaction (see recordAll). */
export async function record(ctx: MemberContext, input: z.output<typeof RecordTransactionInput>): Promise<Transaction> {
  const [recorded] = await recordAll(ctx, [input]);
  ctx.audit.note({ transactionId: recorded!.id, receiptNumber: input.receiptNumber, kind: input.kind, amount: input.amount, currency: input.currency });
  return recorded!;
}

/** Records what a busy back-end queued, all or none (see recordAll); the activity log notes the call once, with its receipts. */
export async function recordMany(ctx: MemberContext, input: z.output<typeof RecordTransactionsInput>): Promise<Transaction[]> {
  const recorded = await recordAll(ctx, input.transactions);
  ctx.audit.note({ count: recorded.length, receiptNumbers: [...new Set(input.transactions.map((t) => t.receiptNumber))] });
  return recorded;
}

/**
 * Records transactions in the order given, all or none. A sale brings a new receipt number;
 * every other kind names its sale's (recorded before, or earlier in the same call), is of the
 * sale's product and in its currency, and only a recurring product is rebilled or cancelled.
 * Products and sales are looked up once for the whole call and the rows go in one statement,
 * so the daily sales follow once (a statement trigger). A refusal of one of several names it
 * (`details.index`, from 0).
 */
async function recordAll(ctx: MemberContext, items: ToRecord[]): Promise<Transaction[]> {
  requireSellerAccount(ctx);
  const workspaceId = ctx.workspace.id;
  const named = (index: number) => (items.length > 1 ? { index } : undefined);
  const laterReceipts = [...new Set(items.filter((t) => t.kind !== 'sale').map((t) => t.receiptNumber))];
  const [products, sales] = await Promise.all([productsBySku(ctx.db, workspaceId, [...new Set(items.map((t) => t.productSku))]), salesByReceipt(ctx.db, workspaceId, laterReceipts)]);
  const salesHere = new Map<string, SaleRow>();
  const now = ctx.clock.now();
  const rows: TransactionInsert[] = items.map((input, index) => {
    const product = products.get(input.productSku);
    if (!product) throw notFound('PRODUCT_NOT_FOUND', named(index));
    if (input.kind === 'sale') {
      if (salesHere.has(input.receiptNumber)) throw conflict('RECEIPT_TAKEN', named(index));
      salesHere.set(input.receiptNumber, { currency: input.currency, product_id: product.id });
    } else {
      const sale = salesHere.get(input.receiptNumber) ?? sales.get(input.receiptNumber);
      if (!sale) throw notFound('RECEIPT_NOT_FOUND', named(index));
      if (sale.product_id !== product.id) throw badRequest('SALE_PRODUCT_DIFFERS', named(index));
      if (sale.currency !== input.currency) throw badRequest('CURRENCY_DIFFERS', named(index));
      if ((input.kind === 'rebill' || input.kind === 'cancellation') && product.kind !== 'recurring') throw badRequest('NOT_RECURRING', named(index));
    }
    return {
      id: randomUUID(),
      workspace_id: workspaceId,
      product_id: product.id,
      receipt_number: input.receiptNumber,
      kind: input.kind,
      occurred_at: new Date(input.occurredAt),
      customer_name: input.customer.name,
      customer_email: input.customer.email,
      customer_locale: input.customer.locale ?? null,
      amount_minor: input.amount,
      tax_minor: input.tax ?? null,
      currency: input.currency,
      recorded_by: ctx.identityId,
      created_at: now,
    };
  });
  try {
    await insertTransactions(ctx.db, rows);
  } catch (error) {
    if (!isUniqueViolation(error, 'transactions_sale_receipt')) throw error;
    // Another call recorded one of these sales first: name which, if the call held several.
    const taken = await takenReceipts(ctx.db, workspaceId, [...salesHere.keys()]).catch(() => new Set<string>());
    const index = items.findIndex((t) => t.kind === 'sale' && taken.has(t.receiptNumber));
    throw conflict('RECEIPT_TAKEN', named(Math.max(index, 0)));
  }
  return rows.map((row, index) => {
    const product = products.get(items[index]!.productSku)!;
    return {
      id: row.id,
      receiptNumber: row.receipt_number,
      kind: row.kind,
      occurredAt: row.occurred_at.toISOString(),
      product: { sku: product.sku, name: product.name, kind: product.kind },
      customer: { name: row.customer_name, email: row.customer_email },
      amount: row.amount_minor,
      tax: row.tax_minor,
      currency: row.currency,
    };
  });
}

export function toTransaction(row: TransactionRow): Transaction {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    kind: row.kind,
    occurredAt: new Date(row.occurred_at).toISOString(),
    product: { sku: row.sku, name: row.product_name, kind: row.product_kind },
    customer: { name: row.customer_name, email: row.customer_email },
    amount: Number(row.amount_minor),
    tax: row.tax_minor === null ? null : Number(row.tax_minor),
    currency: row.currency,
  };
}

/** An account's transactions for a back-end that reads them (API read), newest first. */
export async function transactions(ctx: MemberContext, input: z.output<typeof ListTransactionsInput>): Promise<TransactionsPage> {
  requireSellerAccount(ctx);
  const rows = await transactionsPage(ctx.db, ctx.workspace.id, input);
  const last = rows.length === input.limit ? rows[rows.length - 1] : undefined;
  return { transactions: rows.map(toTransaction), next: last ? { occurredAt: new Date(last.occurred_at).toISOString(), id: last.id } : null };
}
