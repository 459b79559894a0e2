import type { TicketDetail, TicketType } from '@foyer/schema';
import { ticketTypes } from '../../internal/tickets/ticket-format.js';

/** What can be done with one ticket from its detail. */
export type TicketAction = 'change-email' | 'change-type' | 'refund' | 'close' | 'reopen' | 'comment' | 'receipt';

/**
 * The actions the detail offers, as the server would allow them: every ticket action needs
 * Orders/Tickets (the owner holds every permission), the receipt Orders/Tickets or Search
 * orders; a closed ticket is only reopened, commented on and given another address; a refund
 * needs a sale with something left of it. The server checks each again when it runs.
 */
export function offeredActions(ticket: TicketDetail, permissions: ReadonlySet<string>): Set<TicketAction> {
  const offered = new Set<TicketAction>();
  const works = permissions.has('tickets.manage');
  if (ticket.order && (works || permissions.has('orders.search'))) offered.add('receipt');
  if (!works) return offered;
  offered.add('comment');
  offered.add('change-email');
  if (ticket.status === 'closed') {
    offered.add('reopen');
    return offered;
  }
  offered.add('close');
  if (otherTypes(ticket).length > 0) offered.add('change-type');
  if (ticket.order && ticket.order.refundable > 0) offered.add('refund');
  return offered;
}

/** The types a ticket may change to: not its own, and a cancellation only for a recurring product's sale. */
export function otherTypes(ticket: Pick<TicketDetail, 'type' | 'productKind'>): TicketType[] {
  return ticketTypes.filter((t) => t !== ticket.type && (t !== 'cancellation' || ticket.productKind === 'recurring'));
}
