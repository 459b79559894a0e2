import { randomUUID } from 'node:crypto';
import type { ListTransactionsInput, Product, RecordTransactionInput, SaveProductInput, Transaction, TransactionsPage } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../errors.js';
import { insertTransaction, productBySku, productsOf, saleByReceipt, transactionsPage, upsertProduct, type ProductRow, type TransactionRow } from './queries.js';

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

/**
 * Records what a host back-end reports. A sale brings a new receipt number; every other kind
 * names its sale's, is of the sale's product and in its currency, and only a recurring product
 * is rebilled or cancelled. The daily sales follow in the same statement (a trigger).
 */
export async function record(ctx: MemberContext, input: z.output<typeof RecordTransactionInput>): Promise<Transaction> {
  requireSellerAccount(ctx);
  const product = await productBySku(ctx.db, ctx.workspace.id, input.productSku);
  if (!product) throw notFound('PRODUCT_NOT_FOUND');
  if (input.kind !== 'sale') {
    const sale = await saleByReceipt(ctx.db, ctx.workspace.id, input.receiptNumber);
    if (!sale) throw notFound('RECEIPT_NOT_FOUND');
    if (sale.product_id !== product.id) throw badRequest('SALE_PRODUCT_DIFFERS');
    if (sale.currency !== input.currency) throw badRequest('CURRENCY_DIFFERS');
    if ((input.kind === 'rebill' || input.kind === 'cancellation') && product.kind !== 'recurring') throw badRequest('NOT_RECURRING');
  }
  const id = randomUUID();
  try {
    await insertTransaction(ctx.db, {
      id,
      workspace_id: ctx.workspace.id,
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
      created_at: ctx.clock.now(),
    });
  } catch (error) {
    if (isUniqueViolation(error, 'transactions_sale_receipt')) throw conflict('RECEIPT_TAKEN');
    throw error;
  }
  ctx.audit.note({ transactionId: id, receiptNumber: input.receiptNumber, kind: input.kind, amount: input.amount, currency: input.currency });
  return {
    id,
    receiptNumber: input.receiptNumber,
    kind: input.kind,
    occurredAt: new Date(input.occurredAt).toISOString(),
    product: { sku: product.sku, name: product.name, kind: product.kind },
    customer: { name: input.customer.name, email: input.customer.email },
    amount: input.amount,
    tax: input.tax ?? null,
    currency: input.currency,
  };
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
