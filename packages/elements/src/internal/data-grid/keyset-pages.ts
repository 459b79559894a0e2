import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError, type FoyerErrorInfo } from '@foyer/client';

export type SortDirection = 'asc' | 'desc';

/** A sort by one column, as a grid's header shows it. */
export interface GridSort<Column extends string> {
  column: Column;
  direction: SortDirection;
}

/** A click on a column's header: the same column turns around, another starts ascending. */
export function nextSort<Column extends string>(current: GridSort<Column>, column: Column): GridSort<Column> {
  return { column, direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc' };
}

/** One page of a keyset-paged list, as the server answers it. */
export interface KeysetPage<Row> {
  rows: Row[];
  total: number;
  /** False when more rows match than `total` says (a count that stops at a cap). */
  totalExact: boolean;
  /** Where the next page starts, or null after the last. */
  nextCursor: string | null;
}

export type FetchPage<Query, Page> = (query: Query, after: string | undefined) => Promise<Page>;

/**
 * The rows loaded so far for one query, page by page along the server's keyset cursor; generic
 * over the row (anything with an `id`) and the query (sort, filters, search) a grid sends.
 *
 * Each new query (a sort, a filter, a search) starts a new generation from the first page.
 * An answer that arrives for an older generation is dropped, so a slow answer to an earlier
 * search never overwrites the rows of a newer one.
 */
export class KeysetPages<Row extends { id: string }, Query, Page extends KeysetPage<Row> = KeysetPage<Row>> implements ReactiveController {
  rows: Row[] = [];
  total = 0;
  /** False when more rows match than `total` (a search's count stops at a cap). */
  totalExact = true;
  nextCursor: string | null = null;
  /** The last page that arrived, for what the server says beside the rows (what the member may do). */
  lastPage: Page | null = null;
  /** True until the first page of the current query arrived (or failed). */
  loadingFirst = false;
  loadingMore = false;
  /** Why the first page failed; the rows are then empty. */
  error: FoyerErrorInfo | null = null;
  /** Why the next page failed; the rows loaded before stay. */
  moreError: FoyerErrorInfo | null = null;
  /** The query the rows belong to, once its first page arrived. */
  loadedQuery: Query | null = null;

  #generation = 0;
  #query: Query | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: FetchPage<Query, Page>,
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
  async restart(query: Query): Promise<void> {
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
      this.lastPage = page;
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

  /** Forgets the rows and the query, as before the first load (nobody signed in); an answer on its way is dropped. */
  clear(): void {
    this.#generation++;
    this.#query = null;
    this.rows = [];
    this.total = 0;
    this.totalExact = true;
    this.nextCursor = null;
    this.lastPage = null;
    this.loadingFirst = false;
    this.loadingMore = false;
    this.error = null;
    this.moreError = null;
    this.loadedQuery = null;
    this.host.requestUpdate();
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
      this.lastPage = page;
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
  replace(row: Row): void {
    const index = this.rows.findIndex((r) => r.id === row.id);
    if (index < 0) return;
    this.rows = [...this.rows.slice(0, index), row, ...this.rows.slice(index + 1)];
    this.host.requestUpdate();
  }

  update(id: string, change: (row: Row) => Row): void {
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
