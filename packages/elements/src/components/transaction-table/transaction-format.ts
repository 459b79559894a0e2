import { msg, str } from '@lit/localize';
import type { Transaction, TransactionKind } from '@foyer/schema';
import { formatNumber } from '../client-access-manager/format.js';
import { formatMoney } from '../../internal/money.js';

export { pageLocale, formatNumber } from '../client-access-manager/format.js';

export const transactionKinds: readonly TransactionKind[] = ['sale', 'rebill', 'refund', 'chargeback', 'cancellation'];

export function kindLabel(kind: TransactionKind): string {
  switch (kind) {
    case 'sale':
      return msg('Sale');
    case 'rebill':
      return msg('Rebill');
    case 'refund':
      return msg('Refund');
    case 'chargeback':
      return msg('Chargeback');
    case 'cancellation':
      return msg('Cancellation');
  }
}

/** A transaction's amount as money moved: a refund or chargeback goes back to the customer, so it is written negative. */
export function signedAmount(t: Pick<Transaction, 'kind' | 'amount' | 'currency'>, locale: string): string {
  const back = t.kind === 'refund' || t.kind === 'chargeback';
  return formatMoney(back ? -t.amount : t.amount, t.currency, locale);
}

/** An instant in UTC, as the receipts and the search's days are: "Nov 17, 2026, 12:00 PM UTC". */
export function formatUtc(iso: string, locale: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** How many transactions a search matches; "at least" when the server stopped counting at its cap. */
export function transactionCount(count: number, exact: boolean, locale: string): string {
  const n = formatNumber(count, locale);
  if (!exact) return msg(str`At least ${n} transactions`);
  return count === 1 ? msg('1 transaction') : msg(str`${n} transactions`);
}
