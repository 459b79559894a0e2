import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import type { TicketSummary } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { dataGridStyles } from '../../internal/data-grid/data-grid.styles.js';
import { GridController } from '../../internal/data-grid/grid-controller.js';
import type { GridCell } from '../../internal/data-grid/grid-keys.js';
import { KeysetPages } from '../../internal/data-grid/keyset-pages.js';
import { listPanelStyles } from '../../internal/list-panel.styles.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { renderBulkBar } from './ticket-bulk-bar.js';
import { TicketDialogs } from './ticket-dialog-controller.js';
import { pageLocale, ticketCount } from '../../internal/tickets/ticket-format.js';
import { columnCount, columnOf, openColumn, renderTicketsBody, selectColumn, sortColumnAt, toRow, type TicketPage, type TicketRow } from './ticket-grid.js';
import { listInput, type TicketQuery, type TicketSortColumn } from './ticket-query.js';
import { listRefusal, searchErrors } from './ticket-refusals.js';
import { TicketSearch } from './ticket-search.js';
import { ticketStatusStyles } from '../../internal/tickets/ticket-status.styles.js';
import { SignInPrompt } from '../../internal/sign-in-prompt.js';
import styles from './ticket-table.styles.js';
import { renderTicketToolbar } from './ticket-toolbar.js';

/** Rows kept in the DOM above and below the visible ones. */
const overscan = 6;

/**
 * @summary A seller's customer-service tickets across every linked account the person works
 * in: a virtualized grid with server-side paging, filters by account, ticket type (technical
 * support, refund, cancellation), product type (standard, recurring, both) and status with
 * their counts, searches by customer email, ticket number and receipt number, sorting by when
 * a ticket was opened or last changed, and closing or reopening the selected tickets at once.
 * Opening a ticket shows its `<ticket-detail>`: the order, the history, a comment box and the
 * ticket's actions (change the customer's email, change the type, refund, close, reopen, the
 * receipt as a PDF or by mail).
 *
 * Place it in a `<foyer-provider>` with a session of the master account's owner or of a user
 * with Orders/Tickets, and name the master account in `workspace`. The server decides
 * everything: a user sees only the tickets of the accounts the owner gave them; an action is
 * offered only where the server would allow it, and its refusal is shown in the page's language.
 *
 * @slot heading - Your own words for the heading, in place of "Tickets".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-ticket-change - A ticket changed here (one event for each ticket of a bulk close or reopen). `event.ticket`, `event.change`.
 *
 * @csspart base - The element's outer section.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart toolbar - The filters, and the searches.
 * @csspart searches - The three search fields.
 * @csspart search - A search field.
 * @csspart filter - A filter: the account, type and product type menus, the statuses.
 * @csspart status-count - How many tickets a status holds, beside its filter.
 * @csspart message - The live region announcing results ("2 tickets closed.").
 * @csspart count - How many tickets match and how many are loaded.
 * @csspart bulk-bar - What to do with the selected tickets.
 * @csspart grid - The grid of tickets (the scrolling area).
 * @csspart header-row - The grid's column headers.
 * @csspart column-header - A sortable column's header.
 * @csspart row - One ticket's row.
 * @csspart row-selected - A selected ticket's row (with `row`).
 * @csspart cell - One cell of a ticket's row.
 * @csspart status - A ticket's status, in words.
 * @csspart checkbox - A selection checkbox.
 * @csspart row-actions - The button that opens a ticket.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a question.
 * @csspart dialog - The modal dialog: a ticket's detail, or the question before a bulk change.
 * @csspart detail - The `<ticket-detail>` in the dialog.
 * @csspart empty - The sentence shown where there is nothing to list.
 * @csspart loading - The sentence shown while something loads.
 * @csspart error - A refusal.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--height=28rem] - The grid's height; rows scroll inside it.
 * @cssproperty --columns - The grid's column widths (`grid-template-columns`, eleven columns).
 * @cssproperty --row-background-selected - A selected row's background. Default: accent at 10 %.
 * @cssproperty [--row-background-hover=var(--foyer-color-surface-raised)] - A row's background under the pointer.
 * @cssproperty [--status-open-color=var(--foyer-color-accent)]
 * @cssproperty [--status-reopened-color=var(--foyer-color-danger)]
 * @cssproperty [--status-closed-color=var(--foyer-color-text-muted)]
 * @cssproperty [--dialog-width=52rem] - The widest the dialog grows.
 */
export class TicketTable extends LitElement {
  static {
    TicketTable.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: {},
    rowHeight: { type: Number, attribute: 'row-height' },
    pageSize: { type: Number, attribute: 'page-size' },
    searchDelay: { type: Number, attribute: 'search-delay' },
    selected: { state: true },
    announcement: { state: true },
  };

  static override styles = [hostStyles, listPanelStyles, dataGridStyles, ticketStatusStyles, styles, modalDialogStyles];

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';

  /** Each row's height in pixels: rows have one fixed height so the grid can be virtualized. */
  rowHeight = 44;

  /** Tickets fetched per page (1–100). */
  pageSize = 50;

  /** Milliseconds after the last keystroke before a search runs. */
  searchDelay = 300;

  selected: ReadonlySet<string> = new Set();
  announcement = '';

  /** The linked accounts the person works in, for the account filter. */
  #accounts: Array<{ handle: string; name: string }> = [];
  /** Whether the next finished query is announced (one the person asked for, not the first load). */
  #announceQuery = false;

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: (c) => {
      this.selected = new Set();
      this.#dialogs.reset();
      if (c?.token) void this.#start();
      else this.#pages.clear();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.#pages.loadedQuery ? this.renderRoot.querySelector<HTMLElement>('#search-customerEmail') : undefined),
  });
  readonly #pages = new KeysetPages<TicketRow, TicketQuery, TicketPage>(this, (query, after) => this.#fetchPage(query, after));
  readonly #grid = new GridController(this, {
    rowCount: () => this.#pages.rows.length,
    colCount: columnCount,
    rowHeight: () => this.rowHeight,
    overscan,
    initial: { row: 0, col: 1 },
    onActivate: (action, cell) => this.#activate(action, cell),
  });
  readonly #dialogs = new TicketDialogs(this, {
    connection: () => this.connection,
    workspace: () => this.#workspace,
    locale: () => pageLocale(this),
    replace: (ticket) => this.#pages.replace(toRow(ticket)),
    done: (sentence) => {
      this.selected = new Set();
      void this.#announce(sentence);
    },
  });
  readonly #search = new TicketSearch(this, {
    delay: () => this.searchDelay,
    restart: (announce) => void this.#restart(announce),
    focusFirst: () => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search-customerEmail')?.focus()),
  });

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  /** The tickets loaded so far, in the order shown. */
  get rows(): readonly TicketSummary[] {
    return this.#pages.rows;
  }

  /** How many tickets the current search and filters match. */
  get total(): number {
    return this.#pages.total;
  }

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  /** Loads the first page again, keeping the sort, filters and searches. */
  refresh(): Promise<void> {
    return this.#restart(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Connected again later, the table loads afresh.
    this.#link.forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('workspace') && this.connection) {
      this.selected = new Set();
      this.#dialogs.reset();
      void this.#start();
    }
  }

  protected override updated(): void {
    // Near the end of the loaded rows: fetch the next page before the person gets there.
    if (this.#pages.hasMore && this.#grid.window().end >= this.#pages.rows.length - overscan * 2) void this.#pages.loadMore();
  }

  // --- loading ---------------------------------------------------------------------------

  /** The accounts for the filter, then the first page. */
  async #start(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    void this.#restart(false);
    try {
      const view = await c.api.master.view.query({ workspace });
      if (workspace === this.#workspace) {
        this.#accounts = view.accounts;
        this.requestUpdate();
      }
    } catch {
      // The list says why it cannot load; the filter by account is only left out.
    }
  }

  async #fetchPage(query: TicketQuery, after: string | undefined): Promise<TicketPage> {
    const c = this.connection;
    if (!c) throw new Error('not connected');
    const limit = Math.min(100, Math.max(1, Math.round(this.pageSize) || 50));
    const page = await c.api.tickets.list.query(listInput(query, this.#workspace, after, limit));
    return { rows: page.tickets.map(toRow), total: page.total, totalExact: page.totalExact, totalEstimated: page.totalEstimated, nextCursor: page.nextCursor, byStatus: page.byStatus };
  }

  /** Starts the current query from its first page, at the top of the grid. */
  async #restart(announce: boolean): Promise<void> {
    if (!this.connection?.token || !this.#workspace) return;
    this.#announceQuery = announce;
    const query = this.#search.take();
    this.selected = new Set();
    this.#grid.toTop();
    await this.#pages.restart(query);
    if (this.#pages.loadedQuery === query && this.#announceQuery) {
      this.#announceQuery = false;
      const error = this.#pages.error;
      void this.#announce(
        error ? listRefusal(error, pageLocale(this)) : msg(str`${ticketCount(this.#pages.total, this.#pages.totalExact, pageLocale(this), this.#pages.lastPage?.totalEstimated)} found.`),
      );
    }
  }

  /** Puts a sentence in the live region; the same sentence twice is announced twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  // --- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const c = this.connection;
    const locale = pageLocale(this);
    const ready = c && this.#workspace && !this.#signIn.needed(this.#pages.error);
    const bulkBar = renderBulkBar({ rows: this.#selectedRows(), locale, onBulk: (action, e) => this.#dialogs.openBulk(action, this.#selectedRows(), e), onClear: this.handleClearSelection });
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <div part="header" class="header">
          <h2 id="title" part="title"><slot name="heading">${msg('Tickets')}</slot></h2>
        </div>
        ${
          ready
            ? renderTicketToolbar({
                search: this.#search,
                accounts: this.#accounts,
                byStatus: this.#pages.loadingFirst ? null : (this.#pages.lastPage?.byStatus ?? null),
                fieldErrors: searchErrors(this.#pages.error),
                locale,
              })
            : nothing
        }
        <div part="message" class="message" role="status" aria-live="polite">${this.announcement}</div>
        ${bulkBar} ${this.#renderBody(c, locale)}
      </section>
      ${this.#dialogs.render()}
    `;
  }

  #renderBody(c: FoyerConnection | undefined, locale: string): TemplateResult {
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (this.#signIn.needed(this.#pages.error)) return this.#signIn.render(msg('Sign in to see the tickets.'));
    if (!this.#workspace) return html`<p part="loading">${msg('Choose a master account to see its tickets.')}</p>`;
    return renderTicketsBody({
      pages: this.#pages,
      grid: this.#grid,
      rowHeight: this.rowHeight,
      sort: this.#search.query.sort,
      selected: this.selected,
      locale,
      refusal: this.#pages.error ? listRefusal(this.#pages.error, locale) : '',
      moreRefusal: this.#pages.moreError ? listRefusal(this.#pages.moreError, locale) : '',
      onRetry: () => void this.#restart(false),
      onSort: this.handleSort,
      onToggleAll: this.handleToggleAll,
      onToggleRow: this.handleToggleRow,
      onOpen: this.handleOpen,
    });
  }

  #selectedRows(): TicketRow[] {
    if (this.selected.size === 0) return [];
    return this.#pages.rows.filter((r) => this.selected.has(r.id));
  }

  // --- handlers: grid --------------------------------------------------------------------

  private handleSort = (column: TicketSortColumn): void => {
    this.#grid.setActive({ row: -1, col: columnOf(column) });
    this.#search.sortBy(column);
  };

  private handleToggleAll = (): void => {
    const rows = this.#pages.rows;
    const all = rows.length > 0 && rows.every((r) => this.selected.has(r.id));
    this.selected = all ? new Set() : new Set(rows.map((r) => r.id));
    this.#grid.focus();
  };

  private handleToggleRow = (row: TicketRow): void => {
    const next = new Set(this.selected);
    if (next.has(row.id)) next.delete(row.id);
    else next.add(row.id);
    this.selected = next;
    this.#grid.focus();
  };

  private handleClearSelection = (): void => {
    this.selected = new Set();
    this.#grid.focus();
  };

  private handleOpen = (row: TicketRow, event: Event): void => {
    event.stopPropagation();
    const index = this.#pages.rows.findIndex((r) => r.id === row.id);
    if (index >= 0) this.#grid.setActive({ row: index, col: openColumn });
    this.#dialogs.open({ kind: 'detail', number: row.number }, this.#grid.grid);
  };

  /** Space or Enter on the active cell: a header sorts (or selects all), a row is selected or opened. */
  #activate(action: 'select' | 'open', { row, col }: GridCell): void {
    if (row < 0) {
      const column = sortColumnAt(col);
      if (column) this.handleSort(column);
      else if (col === selectColumn) this.handleToggleAll();
      return;
    }
    const ticket = this.#pages.rows[row];
    if (!ticket) return;
    if (action === 'select') this.handleToggleRow(ticket);
    else this.#dialogs.open({ kind: 'detail', number: ticket.number }, this.#grid.grid);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticket-table': TicketTable;
  }
}
