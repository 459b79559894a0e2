import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TicketProductFilter, TicketStatus, TicketType } from '@foyer/schema';
import { initialTicketQuery, nextTicketSort, type TicketQuery, type TicketSortColumn } from './ticket-query.js';
import { ticketStatuses } from '../../internal/tickets/ticket-format.js';

/** The three searches, typed into their own fields; they narrow together. */
export type SearchField = 'customerEmail' | 'ticketNumber' | 'receiptNumber';

export interface TicketSearchOptions {
  /** Milliseconds after the last keystroke before a search runs. */
  delay: () => number;
  /** Runs the query from its first page; `announce` when the person asked for it. */
  restart: (announce: boolean) => void;
  /** Where focus goes after the filters were cleared. */
  focusFirst: () => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the person asks the ticket list for: the sort, the account, type, product type and
 * status filters, and the searches as typed (run a moment after the last keystroke, or at
 * once with Enter).
 */
export class TicketSearch implements ReactiveController {
  query: TicketQuery = initialTicketQuery;
  typed: Record<SearchField, string> = { customerEmail: '', ticketNumber: '', receiptNumber: '' };

  readonly #host: Host;
  readonly #o: TicketSearchOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, options: TicketSearchOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The query to run now, with the searches as typed; the one shown from now on. */
  take(): TicketQuery {
    clearTimeout(this.#timer);
    this.query = { ...this.query, ...this.typed };
    return this.query;
  }

  sortBy(column: TicketSortColumn): void {
    this.#change({ sort: nextTicketSort(this.query.sort, column) });
  }

  #change(change: Partial<TicketQuery>): void {
    this.query = { ...this.query, ...change };
    this.#host.requestUpdate();
    this.#o.restart(true);
  }

  readonly handleSearchInput = (field: SearchField, value: string): void => {
    this.typed = { ...this.typed, [field]: value };
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#o.restart(true), this.#o.delay());
  };

  readonly handleSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#o.restart(true);
  };

  readonly handleAccount = (account: string): void => this.#change({ account });
  readonly handleType = (type: TicketType | ''): void => this.#change({ type });
  readonly handleProduct = (productKind: TicketProductFilter): void => this.#change({ productKind });

  readonly handleStatus = (status: TicketStatus, chosen: boolean): void => {
    const statuses = new Set(this.query.status);
    if (chosen) statuses.add(status);
    else statuses.delete(status);
    this.#change({ status: ticketStatuses.filter((s) => statuses.has(s)) });
  };

  readonly handleClear = (): void => {
    this.typed = { customerEmail: '', ticketNumber: '', receiptNumber: '' };
    this.#change({ ...initialTicketQuery, sort: this.query.sort });
    this.#o.focusFirst();
  };
}
