import { receiptLanguage, receiptMessages, type ReceiptLanguage, type ReceiptMessages } from './messages.js';

/** How a receipt writes its words, money and dates for one customer. */
export interface ReceiptFormat {
  language: ReceiptLanguage;
  messages: ReceiptMessages;
  /** Money from minor units, in the currency's own number of decimals (cents; none for yen), as the sales dashboard counts them. */
  money(minor: number, currency: string): string;
  /** The instant as a date and time in UTC, the marketplace's time. */
  date(instant: Date): string;
}

/**
 * Intl formatters take far longer to make than to use, and a receipt is made hundreds of times
 * a second: they are kept, per locale and currency. Pure values of their keys, so keeping them
 * changes no answer; bounded, as the keys come from recorded data.
 */
const kept = new Map<string, unknown>();
const keptAtMost = 500;

function keptFormat<F>(key: string, make: () => F): F {
  let found = kept.get(key) as F | undefined;
  if (!found) {
    if (kept.size >= keptAtMost) kept.clear();
    found = make();
    kept.set(key, found);
  }
  return found;
}

/**
 * The Intl locale for a customer's tag: the tag itself when its language is one receipts are
 * written in (so `de-CH` keeps Swiss numbers) and Intl takes it, else the receipt's language.
 */
function intlLocale(tag: string | null, language: ReceiptLanguage): string {
  if (!tag || tag.split('-')[0]!.toLowerCase() !== language) return language;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? language;
  } catch {
    return language;
  }
}

/** The receipt's format for a customer's language tag (null: not known, English). */
export function receiptFormat(tag: string | null): ReceiptFormat {
  const language = receiptLanguage(tag);
  const locale = intlLocale(tag, language);
  const dates = keptFormat(
    `d|${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }),
  );
  return {
    language,
    messages: receiptMessages[language],
    money(minor, currency) {
      const { format, unit } = keptFormat(`m|${locale}|${currency}`, () => {
        const made = new Intl.NumberFormat(locale, { style: 'currency', currency });
        return { format: made, unit: 10 ** (made.resolvedOptions().maximumFractionDigits ?? 2) };
      });
      return format.format(minor / unit);
    },
    date: (instant) => dates.format(instant),
  };
}
