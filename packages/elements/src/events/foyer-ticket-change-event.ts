import type { TicketChangeKind, TicketSummary } from '@foyer/schema';

/**
 * A ticket changed, or was opened, through `<ticket-table>`, `<ticket-detail>` or
 * `<transaction-table>`; the server holds the change. `ticket` is the ticket as it is now,
 * `change` what happened to it (one event for each ticket of a bulk close or reopen).
 */
export class FoyerTicketChangeEvent extends Event {
  static readonly eventName = 'foyer-ticket-change';
  constructor(
    readonly ticket: TicketSummary,
    readonly change: TicketChangeKind,
  ) {
    super(FoyerTicketChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-ticket-change': FoyerTicketChangeEvent;
  }
}
