import { msg, str } from '@lit/localize';
import type { ProductKind, TicketActor, TicketChange, TicketProductFilter, TicketStatus, TicketType } from '@foyer/schema';
import { formatNumber } from '../../components/client-access-manager/format.js';
import { formatMoney } from '../money.js';

export { pageLocale, formatDateTime, formatNumber } from '../../components/client-access-manager/format.js';

export const ticketTypes: readonly TicketType[] = ['support', 'refund', 'cancellation'];
export const ticketStatuses: readonly TicketStatus[] = ['open', 'reopened', 'closed'];
export const productFilters: readonly TicketProductFilter[] = ['both', 'standard', 'recurring'];

/** The ticket types as the seller's help pages name them. */
export function typeLabel(type: TicketType): string {
  switch (type) {
    case 'support':
      return msg('Technical support');
    case 'refund':
      return msg('Refund');
    case 'cancellation':
      return msg('Cancellation');
  }
}

export function statusLabel(status: TicketStatus): string {
  switch (status) {
    case 'open':
      // Its own message: the status is an adjective where the button "Open" is a verb.
      return msg('Open', { id: 'ticket-status-open' });
    case 'reopened':
      return msg('Reopened');
    case 'closed':
      return msg('Closed');
  }
}

/** A sale's product kind; a ticket without a sale has none. */
export function productKindLabel(kind: ProductKind | null): string {
  switch (kind) {
    case 'standard':
      return msg('Standard');
    case 'recurring':
      return msg('Recurring');
    default:
      return msg('No sale');
  }
}

export function productFilterLabel(filter: TicketProductFilter): string {
  switch (filter) {
    case 'both':
      return msg('Standard and recurring');
    case 'standard':
      return msg('Standard sales');
    case 'recurring':
      return msg('Recurring sales');
  }
}

/** A ticket as people say its number: "#1042". */
export const ticketName = (n: number) => `#${n}`;

/** How many tickets a query matches; "at least" when the server stopped counting at its cap, "about" when it estimated. */
export function ticketCount(count: number, exact: boolean, locale: string, estimated = false): string {
  const n = formatNumber(count, locale);
  if (estimated) return msg(str`About ${n} tickets`);
  if (!exact) return msg(str`At least ${n} tickets`);
  return count === 1 ? msg('1 ticket') : msg(str`${n} tickets`);
}

/** Who made a change, with the side they stand on: "Otto Orders (third party)". */
export function actorLabel(actor: TicketActor): string {
  const who = actor.name ?? actor.email ?? msg('A user who was removed');
  switch (actor.kind) {
    case 'owner':
      return msg(str`${who} (owner)`);
    case 'third-party':
      return msg(str`${who} (third party)`);
    case 'api':
      return msg(str`${who} (through the API)`);
  }
}

/** What a change of the history did, in a sentence; a comment's text is shown beside it. */
export function changeSentence(change: TicketChange, locale: string): string {
  switch (change.kind) {
    case 'opened':
      return msg(str`Opened the ticket as ${typeLabel(change.type)}.`);
    case 'type_changed':
      return msg(str`Changed the type from ${typeLabel(change.from)} to ${typeLabel(change.to)}.`);
    case 'closed':
      return msg('Closed the ticket.');
    case 'reopened':
      return msg('Reopened the ticket.');
    case 'refunded':
      return msg(str`Refunded ${formatMoney(change.amount, change.currency, locale)}.`);
    case 'commented':
      return msg('Commented:');
    case 'email_changed':
      return msg(str`Changed the customer’s email from ${change.from} to ${change.to}.`);
  }
}
