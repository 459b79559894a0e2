import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test-support/pdf-text.js';
import { receiptLanguage } from './messages.js';
import { plainFont, receiptFonts } from './receipt-fonts.js';
import { receiptFileName, receiptPdf, type ReceiptFacts } from './receipt-pdf.js';

const sale: ReceiptFacts = {
  seller: { name: 'Fűzfa Könyvek', handle: 'fuzfa-books', email: 'hello@fuzfa.example' },
  receiptNumber: '7KQ2M9XD',
  kind: 'sale',
  occurredAt: new Date('2026-11-03T10:15:00Z'),
  product: { name: 'Hűtőmágnes – Győr', sku: 'MAGNET-1' },
  customer: { name: 'Győző Szőke', email: 'gyozo@example.com' },
  amount: 4700,
  tax: 700,
  currency: 'EUR',
  locale: null,
};

const textOf = async (facts: Partial<ReceiptFacts>) => (await pdfText(await receiptPdf({ ...sale, ...facts }))).text;

describe('a receipt as a PDF', () => {
  it('shows the seller, what was sold to whom, when, under which number, and the amounts in English when the language is not known', async () => {
    const bytes = await receiptPdf(sale);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages, info } = await pdfText(bytes);
    expect(pages).toBe(1);
    for (const shown of [
      'Fűzfa Könyvek',
      'fuzfa-books',
      'hello@fuzfa.example',
      'Receipt',
      'Receipt number 7KQ2M9XD',
      'Date November 3, 2026 at 10:15 AM UTC',
      'Product Hűtőmágnes – Győr (MAGNET-1)',
      'Customer Győző Szőke gyozo@example.com',
      'Subtotal €40.00',
      'Tax €7.00',
      'Total €47.00',
      'Thank you for your purchase.',
    ]) {
      expect(text).toContain(shown);
    }
    expect(info).toMatchObject({ Title: 'Receipt 7KQ2M9XD', Author: 'Fűzfa Könyvek' });
  });

  it('is written in Hungarian for a Hungarian customer, with ő and ű as they were typed', async () => {
    const text = await textOf({ locale: 'hu-HU', customer: { name: 'Fűzfa Győző', email: 'gyozo@example.com' } });
    for (const shown of [
      'Nyugta',
      'Nyugtaszám 7KQ2M9XD',
      'Dátum 2026. november 3. 10:15 UTC',
      'Termék Hűtőmágnes – Győr',
      'Vevő Fűzfa Győző',
      'Részösszeg 40,00 EUR',
      'Adó 7,00 EUR',
      'Végösszeg 47,00 EUR',
      'Köszönjük a vásárlást.',
    ]) {
      expect(text).toContain(shown);
    }
    // Nothing fell back to a look-alike or a missing glyph.
    expect(text).not.toMatch(/[õûôü](?=z)|Gyõzõ|\uFFFD/);
  });

  it('says on a refund’s receipt that it is a refund, in each language', async () => {
    const refunds: Array<[string | null, string[]]> = [
      [null, ['Refund receipt', 'Amount refunded €47.00', 'This amount has been refunded to you.']],
      ['de', ['Beleg über eine Rückerstattung', 'Erstatteter Betrag 47,00 €']],
      ['nb', ['Kvittering for refusjon', 'Refundert beløp 47,00 €']],
      ['hu', ['Visszatérítési bizonylat', 'Visszatérített összeg 47,00 EUR']],
    ];
    for (const [locale, shown] of refunds) {
      const text = await textOf({ kind: 'refund', locale });
      for (const part of shown) expect(text, String(locale)).toContain(part);
    }
    expect(await textOf({ kind: 'chargeback' })).toContain('Amount charged back €47.00');
    const cancelled = await textOf({ kind: 'cancellation', amount: 0, tax: null, locale: 'de' });
    expect(cancelled).toContain('Kündigungsbestätigung');
    expect(cancelled).not.toContain('Zwischensumme');
  });

  it('leaves out subtotal and tax where the tax is not known, and writes each currency with its own decimals in the customer’s way', async () => {
    const untaxed = await textOf({ tax: null });
    expect(untaxed).toContain('Total €47.00');
    expect(untaxed).not.toContain('Subtotal');
    expect(untaxed).not.toContain('Tax');
    expect(await textOf({ currency: 'JPY', amount: 4700, tax: null })).toContain('Total ¥4,700');
    expect(await textOf({ currency: 'NOK', locale: 'nb-NO', tax: null })).toMatch(/Totalt 47,00\s?kr/);
    expect(await textOf({ currency: 'CHF', locale: 'de-CH', amount: 123456, tax: null })).toMatch(/Gesamtbetrag CHF\s?1[’']234\.56/);
  });

  it('picks the receipt’s language from the customer’s tag: Norwegian for no and nn, English for languages it does not have', () => {
    expect(['de-AT', 'NB', 'no', 'nn-NO', 'hu', 'fr', 'en-GB', null, 'x'].map(receiptLanguage)).toEqual(['de', 'nb', 'nb', 'nb', 'hu', 'en', 'en', 'en', 'en']);
  });

  it('embeds a TrueType subset of its font, never a standard PDF font, and names the file after the receipt', async () => {
    const raw = (await receiptPdf(sale)).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/Helvetica');
    expect(receiptFileName(sale)).toBe('receipt-7KQ2M9XD.pdf');
    expect(receiptFileName({ ...sale, kind: 'refund' })).toBe('refund-7KQ2M9XD.pdf');
  });

  it('writes the same bytes with its kept glyphs and layouts, receipt after receipt, as with a font read afresh for each', async () => {
    const createdAt = new Date('2026-12-01T00:00:00Z');
    // As pdfkit uses a font by default: read afresh for each document.
    const plain = () => ({ regular: plainFont('DejaVuSans.ttf') });
    // Cyrillic and Greek names, and glyphs made of other glyphs (accented capitals), on top of the receipt's own words.
    const cases: ReceiptFacts[] = [
      sale,
      { ...sale, locale: 'hu', customer: { name: 'ŐRSÉG ŰRHAJÓ Ŕ', email: 'orseg@example.com' } },
      { ...sale, locale: 'de', kind: 'refund', customer: { name: 'Анна Ωμέγα', email: 'anna@example.com' } },
    ];
    for (let round = 0; round < 2; round++) {
      for (const facts of cases) {
        const kept = await receiptPdf(facts, { fonts: receiptFonts(), createdAt });
        const own = await receiptPdf(facts, { fonts: plain(), createdAt });
        expect(kept.equals(own), facts.customer.name).toBe(true);
      }
    }
    expect(await textOf({ customer: { name: 'Анна Ωμέγα', email: 'anna@example.com' } })).toContain('Анна Ωμέγα');
  });
});
