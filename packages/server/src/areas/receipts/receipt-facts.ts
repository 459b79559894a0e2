import type { MemberContext } from '../../callers/contexts.js';
import { visibleTransaction } from '../transactions/service.js';
import type { ReceiptFacts } from './receipt-pdf.js';

/**
 * What the receipt of a transaction the caller may see shows: the transaction as recorded and
 * its seller account. Refused as the transaction itself is (TRANSACTION_NOT_FOUND) when the
 * caller may not see it.
 */
export async function receiptFactsFor(ctx: MemberContext, ref: { account: string; transaction: string }): Promise<{ facts: ReceiptFacts; accountId: string }> {
  const { account, record } = await visibleTransaction(ctx, ref);
  return {
    accountId: account.id,
    facts: {
      seller: { name: account.name, handle: account.handle, email: record.seller_email },
      receiptNumber: record.receipt_number,
      kind: record.kind,
      occurredAt: new Date(record.occurred_at),
      product: { name: record.product_name, sku: record.sku },
      customer: { name: record.customer_name, email: record.customer_email },
      amount: Number(record.amount_minor),
      tax: record.tax_minor === null ? null : Number(record.tax_minor),
      currency: record.currency,
      // A refund or rebill recorded without the customer's language is written in its sale's.
      locale: record.customer_locale ?? record.sale_locale,
    },
  };
}
