import PDFDocument from 'pdfkit';
import type { TransactionKind } from '@foyer/schema';
import { receiptFonts, type ReceiptFonts } from './receipt-fonts.js';
import { receiptFormat } from './receipt-format.js';

/** Everything a receipt shows: one transaction of a seller account, as recorded. */
export interface ReceiptFacts {
  seller: { name: string; handle: string; email: string };
  receiptNumber: string;
  kind: TransactionKind;
  occurredAt: Date;
  product: { name: string; sku: string };
  customer: { name: string; email: string };
  /** In minor units, tax included. */
  amount: number;
  /** The part of `amount` that is tax, where the seller's back-end stated it. */
  tax: number | null;
  currency: string;
  /** The customer's language tag as recorded; null: English. */
  locale: string | null;
}

export interface RenderOptions {
  /** The fonts to embed; the shared, once-loaded ones unless a test compares others. */
  fonts?: ReceiptFonts;
  /** The PDF's creation date (its metadata); now unless given. */
  createdAt?: Date;
}

/** The file name a receipt is offered under: its receipt number, which holds only letters, digits and hyphens. */
export function receiptFileName(facts: Pick<ReceiptFacts, 'receiptNumber' | 'kind'>): string {
  const name = facts.kind === 'sale' ? 'receipt' : facts.kind;
  return `${name}-${facts.receiptNumber.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}

const page = { width: 595.28, height: 841.89, margin: 56 };
const inner = page.width - 2 * page.margin;
const muted = '#555555';
const rule = '#cccccc';

/**
 * The receipt as a PDF, streamed as pdfkit writes it: an A4 page in the customer's language,
 * with the seller (name, handle, address), what the transaction was (a refund's receipt says
 * so), the receipt number, the date, product, customer, and the amounts — subtotal and tax
 * where the tax is known — in the currency as the customer's language writes it.
 */
export function renderReceipt(facts: ReceiptFacts, options: RenderOptions = {}): PDFKit.PDFDocument {
  const fonts = options.fonts ?? receiptFonts();
  const format = receiptFormat(facts.locale);
  const words = format.messages;
  const title = words.title[facts.kind];
  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    // No standard font: reading Helvetica's metrics for each receipt would cost more than the text.
    font: null as unknown as string,
    lang: format.language,
    displayTitle: true,
    info: { Title: `${title} ${facts.receiptNumber}`, Author: facts.seller.name, Creator: 'Foyer', Producer: 'Foyer', CreationDate: options.createdAt ?? new Date() },
  });
  // Fonts given by name: pdfkit embeds a font given by name once per document, but one given as
  // an object again each time it is chosen.
  const regular = 'Receipt';
  const bold = 'Receipt-Bold';
  doc.registerFont(regular, fonts.regular as unknown as string);
  doc.registerFont(bold, fonts.bold as unknown as string);
  const x = page.margin;
  let y = page.margin;
  const line = (text: string, at: { font?: string; size?: number; color?: string; gap?: number } = {}) => {
    doc
      .font(at.font ?? regular)
      .fontSize(at.size ?? 10)
      .fillColor(at.color ?? 'black');
    doc.text(text, x, y, { width: inner });
    y = doc.y + (at.gap ?? 2);
  };
  const divider = () => {
    doc
      .moveTo(x, y)
      .lineTo(x + inner, y)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke();
    y += 12;
  };

  line(facts.seller.name, { font: bold, size: 16, gap: 4 });
  line(facts.seller.handle, { color: muted });
  line(facts.seller.email, { color: muted, gap: 28 });
  line(title, { font: bold, size: 22, gap: 16 });

  // Label and value side by side: the labels in one column, the values in the next.
  const labelWidth = 130;
  const field = (label: string, ...values: string[]) => {
    doc
      .font(regular)
      .fontSize(10)
      .fillColor(muted)
      .text(label, x, y, { width: labelWidth - 8 });
    const top = y;
    let bottom = doc.y;
    doc.fillColor('black');
    let at = top;
    for (const value of values) {
      doc.text(value, x + labelWidth, at, { width: inner - labelWidth });
      at = doc.y + 1;
    }
    bottom = Math.max(bottom, doc.y);
    y = bottom + 8;
  };
  field(words.receiptNumber, facts.receiptNumber);
  field(words.date, format.date(facts.occurredAt));
  field(words.seller, `${facts.seller.name} (${facts.seller.handle})`);
  field(words.product, `${facts.product.name} (${facts.product.sku})`);
  field(words.customer, facts.customer.name, facts.customer.email);
  y += 8;
  divider();

  const amountWidth = 160;
  const amount = (label: string, value: string, strong = false) => {
    const font = strong ? bold : regular;
    doc
      .font(font)
      .fontSize(strong ? 12 : 10)
      .fillColor('black');
    doc.text(label, x, y, { width: inner - amountWidth });
    doc.text(value, x + inner - amountWidth, y, { width: amountWidth, align: 'right' });
    y = doc.y + 6;
  };
  if (facts.tax !== null && facts.kind !== 'cancellation') {
    amount(words.subtotal, format.money(facts.amount - facts.tax, facts.currency));
    amount(words.tax, format.money(facts.tax, facts.currency));
  }
  amount(words.total[facts.kind], format.money(facts.amount, facts.currency), true);
  y += 10;
  divider();
  line(words.closing[facts.kind], { color: muted });

  doc.end();
  return doc;
}

/** The receipt as one buffer: for a mail's attachment, and for a benchmark that renders receipts back to back. */
export function receiptPdf(facts: ReceiptFacts, options: RenderOptions = {}): Promise<Buffer> {
  const doc = renderReceipt(facts, options);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
