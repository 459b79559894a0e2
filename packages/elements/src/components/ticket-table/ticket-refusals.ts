import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import type { SearchField } from './ticket-search.js';

/** The searches the server may refuse, each with the sentence the field shows. */
const searchFields: readonly SearchField[] = ['customerEmail', 'ticketNumber', 'receiptNumber'];

function searchSentence(field: SearchField): string {
  switch (field) {
    case 'customerEmail':
      return msg('Type more of the address: a few characters at least, and no spaces.');
    case 'ticketNumber':
      return msg('A ticket number is a whole number, such as 1042.');
    case 'receiptNumber':
      return msg('A receipt number holds letters, digits and hyphens, as printed on the receipt.');
  }
}

/** The search fields the server refused, each with its sentence; empty when the refusal is of another kind. */
export function searchErrors(error: FoyerErrorInfo | null): Partial<Record<SearchField, string>> {
  if (error?.code !== 'INVALID_INPUT') return {};
  return Object.fromEntries(searchFields.filter((f) => error.fieldErrors[f]).map((f) => [f, searchSentence(f)]));
}

/** Why the list (or its next page) is not shown, in a sentence: a search to correct, or the server's refusal. */
export function listRefusal(info: FoyerErrorInfo, locale: string): string {
  if (info.code === 'INVALID_INPUT' && searchFields.some((f) => info.fieldErrors[f])) return msg('Correct the search to see tickets.');
  return marketplaceRefusal(info, locale);
}
