import type { ReceiptMailed, TransactionRef } from '@foyer/schema';
import type { MemberContext } from '../../callers/contexts.js';
import { receiptFactsFor } from './receipt-facts.js';
import { receiptMail } from './receipt-mail.js';
import { receiptFileName, receiptPdf } from './receipt-pdf.js';

/**
 * `receipts.email`: mails the receipt of a transaction the caller may see to its customer,
 * with the PDF attached, through SMTP or into the outbox. The activity log names the
 * transaction, its receipt and where it went.
 */
export async function email(ctx: MemberContext, input: TransactionRef): Promise<ReceiptMailed> {
  const { facts, accountId } = await receiptFactsFor(ctx, input);
  const content = await receiptPdf(facts, { createdAt: ctx.clock.now() });
  await ctx.mailer.send(receiptMail(facts, accountId, { filename: receiptFileName(facts), content }));
  ctx.audit.note({ account: input.account, transactionId: input.transaction, receiptNumber: facts.receiptNumber, kind: facts.kind, sentTo: facts.customer.email });
  return { sentTo: facts.customer.email, transport: ctx.mailer.transport };
}
