import { languageOf, type Language, type TransactionKind } from '@foyer/schema';

/**
 * The words of a receipt and of the mail that carries it, in the languages Foyer speaks. They
 * live with the server, not in the elements' translations: the customer reads them, in the
 * customer's language, wherever the seller's page is shown.
 */
export type ReceiptLanguage = Language;

export interface ReceiptMessages {
  /** The document's title: what the transaction was. */
  title: Record<TransactionKind, string>;
  seller: string;
  receiptNumber: string;
  date: string;
  product: string;
  customer: string;
  subtotal: string;
  tax: string;
  /** The amount line: what the amount is, for each kind. */
  total: Record<TransactionKind, string>;
  /** A closing sentence under the amounts. */
  closing: Record<TransactionKind, string>;
  mail: {
    subject(facts: { title: string; receiptNumber: string; seller: string }): string;
    body(facts: { customer: string; title: string; product: string; receiptNumber: string; date: string; total: string; seller: string; sellerEmail: string }): string;
  };
}

const en: ReceiptMessages = {
  title: { sale: 'Receipt', rebill: 'Receipt for a recurring payment', refund: 'Refund receipt', chargeback: 'Chargeback', cancellation: 'Cancellation' },
  seller: 'Seller',
  receiptNumber: 'Receipt number',
  date: 'Date',
  product: 'Product',
  customer: 'Customer',
  subtotal: 'Subtotal',
  tax: 'Tax',
  total: { sale: 'Total', rebill: 'Total', refund: 'Amount refunded', chargeback: 'Amount charged back', cancellation: 'Amount' },
  closing: {
    sale: 'Thank you for your purchase.',
    rebill: 'Thank you for staying with us.',
    refund: 'This amount has been refunded to you.',
    chargeback: 'This amount was charged back through your bank or card issuer.',
    cancellation: 'Your subscription has been cancelled; no further payments will be taken.',
  },
  mail: {
    subject: (f) => `${f.title} ${f.receiptNumber} from ${f.seller}`,
    body: (f) =>
      [
        `Hello ${f.customer},`,
        '',
        `Attached is your ${f.title.toLowerCase()} for ${f.product}, receipt number ${f.receiptNumber}, of ${f.date}: ${f.total}.`,
        '',
        `If you have a question, write to ${f.sellerEmail}.`,
        '',
        f.seller,
      ].join('\n'),
  },
};

const de: ReceiptMessages = {
  title: {
    sale: 'Kaufbeleg',
    rebill: 'Beleg über eine wiederkehrende Zahlung',
    refund: 'Beleg über eine Rückerstattung',
    chargeback: 'Beleg über eine Rückbuchung',
    cancellation: 'Kündigungsbestätigung',
  },
  seller: 'Verkäufer',
  receiptNumber: 'Belegnummer',
  date: 'Datum',
  product: 'Produkt',
  customer: 'Kunde',
  subtotal: 'Zwischensumme',
  tax: 'Steuer',
  total: { sale: 'Gesamtbetrag', rebill: 'Gesamtbetrag', refund: 'Erstatteter Betrag', chargeback: 'Zurückgebuchter Betrag', cancellation: 'Betrag' },
  closing: {
    sale: 'Vielen Dank für Ihren Einkauf.',
    rebill: 'Vielen Dank, dass Sie uns treu bleiben.',
    refund: 'Dieser Betrag wurde Ihnen erstattet.',
    chargeback: 'Dieser Betrag wurde über Ihre Bank oder Ihren Kartenanbieter zurückgebucht.',
    cancellation: 'Ihr Abonnement ist gekündigt; es werden keine weiteren Zahlungen eingezogen.',
  },
  mail: {
    subject: (f) => `${f.title} ${f.receiptNumber} von ${f.seller}`,
    body: (f) =>
      [
        `Hallo ${f.customer},`,
        '',
        `im Anhang finden Sie Ihren Beleg (${f.title}) für ${f.product}, Belegnummer ${f.receiptNumber}, vom ${f.date}: ${f.total}.`,
        '',
        `Bei Fragen schreiben Sie an ${f.sellerEmail}.`,
        '',
        f.seller,
      ].join('\n'),
  },
};

const nb: ReceiptMessages = {
  title: {
    sale: 'Kvittering',
    rebill: 'Kvittering for gjentakende betaling',
    refund: 'Kvittering for refusjon',
    chargeback: 'Tilbakeføring',
    cancellation: 'Bekreftelse på oppsigelse',
  },
  seller: 'Selger',
  receiptNumber: 'Kvitteringsnummer',
  date: 'Dato',
  product: 'Produkt',
  customer: 'Kunde',
  subtotal: 'Delsum',
  tax: 'Mva.',
  total: { sale: 'Totalt', rebill: 'Totalt', refund: 'Refundert beløp', chargeback: 'Tilbakeført beløp', cancellation: 'Beløp' },
  closing: {
    sale: 'Takk for handelen.',
    rebill: 'Takk for at du fortsatt er kunde hos oss.',
    refund: 'Dette beløpet er refundert til deg.',
    chargeback: 'Dette beløpet er tilbakeført gjennom banken eller kortutstederen din.',
    cancellation: 'Abonnementet ditt er sagt opp; det trekkes ingen flere betalinger.',
  },
  mail: {
    subject: (f) => `${f.title} ${f.receiptNumber} fra ${f.seller}`,
    body: (f) =>
      [
        `Hei ${f.customer},`,
        '',
        `Vedlagt er ${f.title.toLowerCase()} for ${f.product}, kvitteringsnummer ${f.receiptNumber}, datert ${f.date}: ${f.total}.`,
        '',
        `Har du spørsmål, skriv til ${f.sellerEmail}.`,
        '',
        f.seller,
      ].join('\n'),
  },
};

const hu: ReceiptMessages = {
  title: {
    sale: 'Nyugta',
    rebill: 'Nyugta ismétlődő fizetésről',
    refund: 'Visszatérítési bizonylat',
    chargeback: 'Visszaterhelési bizonylat',
    cancellation: 'Lemondás visszaigazolása',
  },
  seller: 'Eladó',
  receiptNumber: 'Nyugtaszám',
  date: 'Dátum',
  product: 'Termék',
  customer: 'Vevő',
  subtotal: 'Részösszeg',
  tax: 'Adó',
  total: { sale: 'Végösszeg', rebill: 'Végösszeg', refund: 'Visszatérített összeg', chargeback: 'Visszaterhelt összeg', cancellation: 'Összeg' },
  closing: {
    sale: 'Köszönjük a vásárlást.',
    rebill: 'Köszönjük, hogy továbbra is velünk tart.',
    refund: 'Ezt az összeget visszatérítettük Önnek.',
    chargeback: 'Ezt az összeget a bankja vagy kártyakibocsátója terhelte vissza.',
    cancellation: 'Előfizetését lemondtuk; további terhelés nem történik.',
  },
  mail: {
    subject: (f) => `${f.title} ${f.receiptNumber} – ${f.seller}`,
    body: (f) =>
      [
        `Kedves ${f.customer}!`,
        '',
        `Mellékelten küldjük a(z) ${f.product} termékről szóló bizonylatot (${f.title}), nyugtaszám: ${f.receiptNumber}, dátum: ${f.date}, összeg: ${f.total}.`,
        '',
        `Kérdés esetén írjon ide: ${f.sellerEmail}.`,
        '',
        f.seller,
      ].join('\n'),
  },
};

export const receiptMessages: Record<ReceiptLanguage, ReceiptMessages> = { en, de, nb, hu };

/**
 * The language a receipt is written in for a customer's language tag: its primary language
 * where Foyer has it (Norwegian as Bokmål, also for `no` and `nn`), English otherwise.
 */
export function receiptLanguage(tag: string | null | undefined): ReceiptLanguage {
  return languageOf(tag) ?? 'en';
}
