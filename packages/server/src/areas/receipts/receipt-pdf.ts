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
  // The font given by name: pdfkit embeds a font given by name once per document, but one given
  // as an object again each time it is chosen. One font only: bold is drawn by stroking the
  // letters' outlines as well, so no second font is embedded (a third of a receipt's time).
  doc.registerFont('Receipt', fonts.regular as unknown as string);
  doc.font('Receipt');
  const x = page.margin;
  let y = page.margin;
  /**
   * Writes text at (left, top) within `width`: on one line when it fits, which skips pdfkit's line
   * wrapping (most of the text), wrapped otherwise. Answers where the next line starts.
   */
  const put = (text: string, left: number, top: number, width: number, style: { size: number; color?: string; strong?: boolean; right?: boolean }): number => {
    const color = style.color ?? 'black';
    doc.fontSize(style.size).fillColor(color);
    if (style.strong) doc.lineWidth(style.size / 24).strokeColor(color);
    const strong = style.strong ? { fill: true, stroke: true } : {};
    const fits = doc.widthOfString(text);
    if (fits <= width) {
      doc.text(text, style.right ? left + width - fits : left, top, { lineBreak: false, ...strong });
      return top + doc.currentLineHeight(true);
    }
    doc.text(text, left, top, { width, align: style.right ? 'right' : 'left', ...strong });
    return doc.y;
  };
  const line = (text: string, style: { size?: number; color?: string; strong?: boolean; gap?: number } = {}) => {
    y = put(text, x, y, inner, { size: style.size ?? 10, color: style.color, strong: style.strong }) + (style.gap ?? 2);
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

  line(facts.seller.name, { strong: true, size: 16, gap: 4 });
  line(facts.seller.handle, { color: muted });
  line(facts.seller.email, { color: muted, gap: 28 });
  line(title, { strong: true, size: 22, gap: 16 });

  // Label and value side by side: the labels in one column, the values in the next.
  const labelWidth = 130;
  const field = (label: string, ...values: string[]) => {
    let bottom = put(label, x, y, labelWidth - 8, { size: 10, color: muted });
    let at = y;
    for (const value of values) at = put(value, x + labelWidth, at, inner - labelWidth, { size: 10 }) + 1;
    bottom = Math.max(bottom, at);
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
    const style = { size: strong ? 12 : 10, strong };
    const after = put(label, x, y, inner - amountWidth, style);
    y = Math.max(after, put(value, x + inner - amountWidth, y, amountWidth, { ...style, right: true })) + 6;
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
