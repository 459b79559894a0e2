import { msg } from '@lit/localize';
import type { SearchTransactionsInput, TransactionKind } from '@foyer/schema';
import { parseMoney } from '../../internal/money.js';
import { transactionKinds } from './transaction-format.js';

/** The search as the form holds it: every field as typed, the kinds as ticked. */
export interface TransactionQuery {
  /** A linked account's handle; empty for every account the person works in. */
  account: string;
  /** UTC days, `2026-11-03`; both ends included. */
  from: string;
  to: string;
  receiptNumber: string;
  customer: string;
  productSku: string;
  kinds: TransactionKind[];
  /** Amounts in the currency's main unit, as typed. */
  minAmount: string;
  maxAmount: string;
}

export const emptyQuery: TransactionQuery = { account: '', from: '', to: '', receiptNumber: '', customer: '', productSku: '', kinds: [], minAmount: '', maxAmount: '' };

export type QueryField = Exclude<keyof TransactionQuery, 'kinds'> | 'kinds';

/** Amounts are asked for in a main unit with cents; the server compares minor units. */
const amountDigits = 2;

/** The form's fields as a query. */
export function readQuery(form: HTMLFormElement): TransactionQuery {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const kinds = new Set(data.getAll('kinds').map(String));
  return {
    account: text('account'),
    from: text('from'),
    to: text('to'),
    receiptNumber: text('receiptNumber'),
    customer: text('customer'),
    productSku: text('productSku'),
    kinds: transactionKinds.filter((k) => kinds.has(k)),
    minAmount: text('minAmount'),
    maxAmount: text('maxAmount'),
  };
}

/** The day after a UTC day, where a period that includes it ends. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
}

const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));

/**
 * What the form asks that the server would refuse for its shape alone — a day that is no day,
 * an amount that is no amount, a period or a range the wrong way round — each as a sentence at
 * its field. The rest (how long a piece of a name must be, what a receipt number holds) is the
 * server's to say.
 */
export function queryProblems(q: TransactionQuery): Partial<Record<QueryField, string>> {
  const problems: Partial<Record<QueryField, string>> = {};
  if (q.from && !isDay(q.from)) problems.from = msg('Enter a day such as 2026-11-03.');
  if (q.to && !isDay(q.to)) problems.to = msg('Enter a day such as 2026-11-30.');
  if (!problems.from && !problems.to && q.from && q.to && q.to < q.from) problems.to = msg('The last day comes before the first.');
  const min = q.minAmount ? parseMoney(q.minAmount, amountDigits) : undefined;
  const max = q.maxAmount ? parseMoney(q.maxAmount, amountDigits) : undefined;
  if (min === null) problems.minAmount = msg('Enter an amount such as 12.50.');
  if (max === null) problems.maxAmount = msg('Enter an amount such as 99.90.');
  if (typeof min === 'number' && typeof max === 'number' && max < min) problems.maxAmount = msg('The highest amount is below the lowest.');
  return problems;
}

/** The search's input for one page; fields left empty are left out. Call only for a query without problems. */
export function searchInput(q: TransactionQuery, workspace: string, after: string | undefined, limit: number): SearchTransactionsInput {
  const min = q.minAmount ? parseMoney(q.minAmount, amountDigits) : null;
  const max = q.maxAmount ? parseMoney(q.maxAmount, amountDigits) : null;
  return {
    workspace,
    ...(q.account ? { account: q.account } : {}),
    ...(q.from ? { from: `${q.from}T00:00:00.000Z` } : {}),
    ...(q.to ? { to: dayAfter(q.to) } : {}),
    ...(q.receiptNumber ? { receiptNumber: q.receiptNumber } : {}),
    ...(q.customer ? { customer: q.customer } : {}),
    ...(q.productSku ? { productSku: q.productSku } : {}),
    ...(q.kinds.length > 0 ? { kinds: q.kinds } : {}),
    ...(min !== null ? { minAmount: min } : {}),
    ...(max !== null ? { maxAmount: max } : {}),
    ...(after ? { after } : {}),
    limit,
  };
}

/** Whether a query narrows the list: the empty state then says nothing matched, not that nothing exists. */
export function isFiltered(q: TransactionQuery): boolean {
  return Object.entries(q).some(([key, value]) => (key === 'kinds' ? (value as unknown[]).length > 0 : value !== ''));
}
