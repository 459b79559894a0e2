import type { MailMessage } from '../../mail/mailer.js';
import { receiptFormat } from './receipt-format.js';
import type { ReceiptFacts } from './receipt-pdf.js';

/** To the customer, in the customer's language, with the receipt's PDF attached; it belongs to the seller account's outbox. */
export function receiptMail(facts: ReceiptFacts, accountId: string, pdf: { filename: string; content: Buffer }): MailMessage {
  const format = receiptFormat(facts.locale);
  const title = format.messages.title[facts.kind];
  return {
    workspaceId: accountId,
    to: facts.customer.email,
    subject: format.messages.mail.subject({ title, receiptNumber: facts.receiptNumber, seller: facts.seller.name }),
    body: format.messages.mail.body({
      customer: facts.customer.name,
      title,
      product: facts.product.name,
      receiptNumber: facts.receiptNumber,
      date: format.date(facts.occurredAt),
      total: format.money(facts.amount, facts.currency),
      seller: facts.seller.name,
      sellerEmail: facts.seller.email,
    }),
    attachments: [{ filename: pdf.filename, contentType: 'application/pdf', content: pdf.content }],
  };
}
