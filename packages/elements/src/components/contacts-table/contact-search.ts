import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactSortColumn, ContactStatus } from '@foyer/schema';
import { nextSort } from '../../internal/data-grid/keyset-pages.js';
import type { ContactQuery } from './contact-query.js';
import type { InvitationFilter, ToolbarOptions } from './contacts-toolbar.js';
import { contactStatuses } from './format.js';

export interface ContactSearchOptions {
  /** Milliseconds after the last keystroke before a search runs. */
  delay: () => number;
  /** Runs the query from its first page; `announce` when the person asked for it. */
  restart: (announce: boolean) => void;
  /** Where focus goes after the filters were cleared. */
  focusSearch: () => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the person asks the table for: the sort, the status and invitation filters, and the
 * search as typed (run a moment after the last keystroke, or at once with Enter).
 */
export class ContactSearch implements ReactiveController {
  query: ContactQuery = { sort: { column: 'name', direction: 'asc' }, status: [], invitationSent: undefined, search: '' };
  searchText = '';

  readonly #host: Host;
  readonly #o: ContactSearchOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, options: ContactSearchOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTyping();
  }

  /** The query to run now, with the search as typed; the one shown from now on. */
  take(): ContactQuery {
    this.stopTyping();
    this.query = { ...this.query, search: this.searchText.trim() };
    return this.query;
  }

  /** A search is about to run anyway: the one waiting for the last keystroke is not needed. */
  stopTyping(): void {
    clearTimeout(this.#timer);
  }

  sortBy(column: ContactSortColumn): void {
    this.#change({ sort: nextSort(this.query.sort, column) });
  }

  /** The toolbar's handlers, bound to this search. */
  toolbar(): Omit<ToolbarOptions, 'query' | 'searchText'> {
    return {
      onSearchInput: this.#handleInput,
      onSearchKey: this.#handleKey,
      onStatus: this.#handleStatus,
      onInvitation: this.#handleInvitation,
      onClear: this.#handleClear,
    };
  }

  #change(change: Partial<ContactQuery>): void {
    this.query = { ...this.query, ...change };
    this.#host.requestUpdate();
    this.#o.restart(true);
  }

  readonly #handleInput = (event: InputEvent): void => {
    this.searchText = (event.currentTarget as HTMLInputElement).value;
    this.#host.requestUpdate();
    this.stopTyping();
    this.#timer = setTimeout(() => this.#o.restart(true), this.#o.delay());
  };

  readonly #handleKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#o.restart(true);
  };

  readonly #handleStatus = (status: ContactStatus, chosen: boolean): void => {
    const statuses = new Set(this.query.status);
    if (chosen) statuses.add(status);
    else statuses.delete(status);
    this.#change({ status: contactStatuses.filter((s) => statuses.has(s)) });
  };

  readonly #handleInvitation = (value: InvitationFilter): void => {
    this.#change({ invitationSent: value === 'any' ? undefined : value === 'sent' });
  };

  readonly #handleClear = (): void => {
    this.searchText = '';
    this.#change({ status: [], invitationSent: undefined, search: '' });
    this.#o.focusSearch();
  };
}
