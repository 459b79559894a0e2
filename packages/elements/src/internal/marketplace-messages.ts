import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { errorSentence } from './messages.js';
import { formatMoney } from './money.js';

/** The ticket numbers a refusal's details name (`details.tickets`), written as "#12, #15". */
function ticketsIn(info: FoyerErrorInfo): string {
  const tickets = info.details?.tickets;
  return Array.isArray(tickets)
    ? tickets
        .filter((t): t is number => typeof t === 'number')
        .map((t) => `#${t}`)
        .join(', ')
    : '';
}

/**
 * The sentence for a refusal met in a master account's tickets and transactions, in the page's
 * language; refusals these elements do not word themselves as `errorSentence` says them.
 */
export function marketplaceRefusal(info: FoyerErrorInfo, locale: string): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your permissions in this master account do not allow this.');
    case 'TICKET_NOT_FOUND': {
      const tickets = ticketsIn(info);
      return tickets
        ? msg(str`These tickets are not in the accounts you work in: ${tickets}. Nothing was changed.`)
        : msg('There is no such ticket in the accounts you work in. It may have been in an account you no longer work in.');
    }
    case 'TICKET_ALREADY_CLOSED': {
      const tickets = ticketsIn(info);
      return tickets ? msg(str`These tickets are closed already: ${tickets}. Nothing was changed.`) : msg('This ticket is closed already.');
    }
    case 'TICKET_NOT_CLOSED': {
      const tickets = ticketsIn(info);
      return tickets ? msg(str`Only closed tickets can be reopened, and these are not closed: ${tickets}. Nothing was changed.`) : msg('Only a closed ticket can be reopened.');
    }
    case 'TICKET_CLOSED':
      return msg('This ticket is closed. Reopen it first.');
    case 'TICKET_TYPE_UNCHANGED':
      return msg('The ticket has this type already.');
    case 'TICKET_EMAIL_UNCHANGED':
      return msg('The ticket has this customer email already.');
    case 'CANCELLATION_NEEDS_RECURRING':
      return msg('A cancellation is only for a sale of a recurring product.');
    case 'TICKET_HAS_NO_SALE':
      return msg('This ticket belongs to no sale, so there is nothing to refund.');
    case 'REFUND_EXCEEDS_SALE': {
      const remaining = info.details?.remaining;
      const currency = info.details?.currency;
      if (typeof remaining === 'number' && typeof currency === 'string') {
        return remaining > 0
          ? msg(str`The refund is more than what is left of the sale: at most ${formatMoney(remaining, currency, locale)} can be refunded.`)
          : msg('The sale has been refunded in full already: nothing is left to refund.');
      }
      return msg('The refund is more than what is left of the sale after its refunds so far.');
    }
    case 'TRANSACTION_NOT_FOUND':
      return msg('There is no such transaction in the accounts you work in.');
    case 'RECEIPT_NOT_FOUND':
      return msg('There is no sale with this receipt in the accounts you work in.');
    default:
      return errorSentence(info);
  }
}
