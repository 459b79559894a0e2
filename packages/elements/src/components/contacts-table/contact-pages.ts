import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { ContactRow, ContactSortColumn, ContactsPage, ContactStatus } from '@foyer/schema';

export type SortDirection = 'asc' | 'desc';

/** What the table asks the server for: one sort, the filters and the search. */
export interface ContactQuery {
  sort: { column: ContactSortColumn; direction: SortDirection };
  status: ContactStatus[];
  invitationSent: boolean | undefined;
  search: string;
}

export type ContactPage = ContactsPage;

export type FetchPage = (query: ContactQuery, after: string | undefined) => Promise<ContactPage>;

/**
 * The rows loaded so far for one query, page by page along the server's keyset cursor.
 *
 * Each new query (a sort, a filter, a search) starts a new generation from the first page.
 * An answer that arrives for an older generation is dropped, so a slow answer to an earlier
 * search never overwrites the rows of a newer one.
 */
export class ContactPages implements ReactiveController {
  rows: ContactRow[] = [];
  total = 0;
  /** False when more than `total` contacts match (a search's count stops at a cap). */
  totalExact = true;
  nextCursor: string | null = null;
  /** Whether the member may add contacts and edit their details, as the server said with the last page. */
  may: ContactsPage['may'] = { add: false, edit: false };
  /** True until the first page of the current query arrived (or failed). */
  loadingFirst = false;
  loadingMore = false;
  /** Why the first page failed; the rows are then empty. */
  error: FoyerErrorInfo | null = null;
  /** Why the next page failed; the rows loaded before stay. */
  moreError: FoyerErrorInfo | null = null;
  /** The query the rows belong to, once its first page arrived. */
  loadedQuery: ContactQuery | null = null;

  #generation = 0;
  #query: ContactQuery | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: FetchPage,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Answers still on their way are of no use to a table no longer in the page.
    this.#generation++;
  }

  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /** Starts `query` from its first page. The rows shown so far stay until the answer replaces them. */
  async restart(query: ContactQuery): Promise<void> {
    const generation = ++this.#generation;
    this.#query = query;
    this.loadingFirst = true;
    this.loadingMore = false;
    this.moreError = null;
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(query, undefined);
      if (generation !== this.#generation) return;
      this.rows = page.rows;
      this.total = page.total;
      this.totalExact = page.totalExact;
      this.nextCursor = page.nextCursor;
      this.may = page.may;
      this.error = null;
      this.loadedQuery = query;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.rows = [];
      this.total = 0;
      this.totalExact = true;
      this.nextCursor = null;
      this.error = describeError(error);
      this.loadedQuery = query;
    } finally {
      if (generation === this.#generation) {
        this.loadingFirst = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Loads the page after the last loaded row, unless one is already on its way. */
  async loadMore(): Promise<void> {
    const query = this.#query;
    const after = this.nextCursor;
    if (!query || after === null || this.loadingFirst || this.loadingMore) return;
    const generation = this.#generation;
    this.loadingMore = true;
    this.moreError = null;
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(query, after);
      if (generation !== this.#generation) return;
      // A row that moved between pages (changed while paging) is shown once.
      const known = new Set(this.rows.map((r) => r.id));
      this.rows = [...this.rows, ...page.rows.filter((r) => !known.has(r.id))];
      this.total = page.total;
      this.totalExact = page.totalExact;
      this.nextCursor = page.nextCursor;
      this.may = page.may;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.moreError = describeError(error);
    } finally {
      if (generation === this.#generation) {
        this.loadingMore = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Shows a row as the server now holds it. */
  replace(row: ContactRow): void {
    const index = this.rows.findIndex((r) => r.id === row.id);
    if (index < 0) return;
    this.rows = [...this.rows.slice(0, index), row, ...this.rows.slice(index + 1)];
    this.host.requestUpdate();
  }

  update(id: string, change: (row: ContactRow) => ContactRow): void {
    const row = this.rows.find((r) => r.id === id);
    if (row) this.replace(change(row));
  }

  /** Drops a deleted row. */
  remove(id: string): void {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => r.id !== id);
    if (this.rows.length < before && this.totalExact) this.total = Math.max(0, this.total - 1);
    this.host.requestUpdate();
  }
}
