import { dashboardFormat } from '../components/sales-dashboard/format.js';

/** How many decimals a currency's minor unit has: 2 for cents, 0 for yen. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount in minor units, in its currency, as the page's language writes money: "$47.00", "19,00 €". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  return dashboardFormat(locale).money(minor, currency);
}

/**
 * An amount a person typed in the currency's main unit ("12.50", "12,50", "1 200"), in minor
 * units; null when it is no amount or has more decimals than the currency. The last `.` or `,`
 * followed by at most the currency's decimals is the decimal mark; other marks group digits.
 */
export function parseMoney(text: string, digits: number): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[0-9.,]+$/.test(cleaned)) return null;
  const mark = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  const decimals = mark >= 0 ? cleaned.slice(mark + 1) : '';
  const isDecimalMark = mark >= 0 && decimals.length <= digits && digits > 0;
  const whole = (isDecimalMark ? cleaned.slice(0, mark) : cleaned).replace(/[.,]/g, '');
  const fraction = isDecimalMark ? decimals : '';
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return null;
  if (mark >= 0 && !isDecimalMark && decimals.length !== 3) return null;
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
