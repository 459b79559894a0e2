import type { MemberContext } from '../../callers/contexts.js';
import { notFound } from '../../errors.js';
import { saleLocale, sellerOf } from '../transactions/queries.js';
import { visibleTransaction } from '../transactions/service.js';
import type { ReceiptFacts } from './receipt-pdf.js';

/**
 * What the receipt of a transaction the caller may see shows: the transaction as recorded and
 * its seller account. Refused as the transaction itself is (TRANSACTION_NOT_FOUND) when the
 * caller may not see it.
 */
export async function receiptFactsFor(ctx: MemberContext, ref: { account: string; transaction: string }): Promise<{ facts: ReceiptFacts; accountId: string }> {
  const { account, record } = await visibleTransaction(ctx, ref);
  const seller = await sellerOf(ctx.db, account.id);
  if (!seller) throw notFound('TRANSACTION_NOT_FOUND');
  return {
    accountId: account.id,
    facts: {
      seller,
      receiptNumber: record.receipt_number,
      kind: record.kind,
      occurredAt: new Date(record.occurred_at),
      product: { name: record.product_name, sku: record.sku },
      customer: { name: record.customer_name, email: record.customer_email },
      amount: Number(record.amount_minor),
      tax: record.tax_minor === null ? null : Number(record.tax_minor),
      currency: record.currency,
      // A refund or rebill recorded without the customer's language is written in its sale's.
      locale: record.customer_locale ?? (record.kind === 'sale' ? null : await saleLocale(ctx.db, account.id, record.receipt_number)),
    },
  };
}
