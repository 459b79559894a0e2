import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { ListedTransaction } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { dataGridStyles } from '../../internal/data-grid/data-grid.styles.js';
import { detailStyles } from '../../internal/detail.styles.js';
import { GridController } from '../../internal/data-grid/grid-controller.js';
import { KeysetPages, type KeysetPage } from '../../internal/data-grid/keyset-pages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { listPanelStyles } from '../../internal/list-panel.styles.js';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { TransactionDialog } from './transaction-dialog.js';
import { renderFilters } from './transaction-filters.js';
import { pageLocale, transactionCount } from './transaction-format.js';
import { columnCount, detailsColumn, renderTransactionsBody } from './transaction-grid.js';
import { emptyQuery, queryProblems, readQuery, searchInput, type QueryField, type TransactionQuery } from './transaction-query.js';
import styles from './transaction-table.styles.js';

/** Rows kept in the DOM above and below the visible ones. */
const overscan = 6;

/** The sentence a field shows when the server refused what it holds. */
function serverFieldSentence(field: string, message: string): string {
  switch (field) {
    case 'customer':
      return msg('Type more of the name or email: a few characters at least.');
    case 'receiptNumber':
      return msg('A receipt number holds letters, digits and hyphens, as printed on the receipt.');
    case 'productSku':
      return msg('A product code holds letters, digits, dots, hyphens and underscores.');
    default:
      // The server names the problem; its sentence is shown as it is.
      return fieldSentence(message);
  }
}

const fields: readonly QueryField[] = ['from', 'to', 'receiptNumber', 'customer', 'productSku', 'kinds', 'minAmount', 'maxAmount'];

/**
 * @summary A master account's transactions across every linked account the person works in,
 * newest first, in a virtualized keyboard grid paged by the server's cursor: searched by
 * period, receipt number, a piece of the customer's name or email, product, kind and amount.
 * Each transaction opens its details: the order (the sale and what followed it under its
 * receipt), the receipt as a PDF to view, print or save, or mailed to the customer, and —
 * for a person with Orders/Tickets — a ticket opened for its sale.
 *
 * Place it in a `<foyer-provider>` with a session of the master account's owner or of a user
 * with Search orders or Orders/Tickets, and name the master account in `workspace`. The server
 * decides what each person finds: a user with Orders/Tickets alone finds only the transactions
 * of sales that have a ticket, and every user only those of the accounts the owner gave them.
 *
 * @slot heading - Your own words for the heading, in place of "Transactions".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-ticket-change - A ticket was opened here for a sale; `event.ticket` is the new ticket, `event.change` is `opened`.
 *
 * @csspart base - The element's outer section.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart toolbar - The search form.
 * @csspart input - A field of the search form or of the ticket form.
 * @csspart filter - The account menu and the kinds.
 * @csspart message - The live region announcing results ("25 transactions found.").
 * @csspart count - How many transactions match and how many are loaded.
 * @csspart grid - The grid of transactions (the scrolling area).
 * @csspart header-row - The grid's column headers.
 * @csspart row - One transaction's row.
 * @csspart cell - One cell of a transaction's row.
 * @csspart kind - A transaction's kind, in words.
 * @csspart row-actions - The button that opens a transaction's details.
 * @csspart dialog - The modal dialog of a transaction's details.
 * @csspart facts - The transaction's facts in the dialog.
 * @csspart order - The order details.
 * @csspart refunded - How much of the sale was refunded.
 * @csspart receipt - The receipt's buttons and what they fetched or sent.
 * @csspart receipt-pdf - The button that fetches the receipt's PDF.
 * @csspart receipt-open - The link that opens the fetched PDF (to view or print).
 * @csspart receipt-save - The link that saves the fetched PDF.
 * @csspart receipt-email - The button that mails the receipt to the customer.
 * @csspart receipt-sent - Where the receipt was sent.
 * @csspart ticket-form - The form that opens a ticket for the sale.
 * @csspart ticket-opened - The sentence naming the ticket opened.
 * @csspart button - Every button, and the receipt's links.
 * @csspart button-primary - The main button of a form.
 * @csspart empty - The sentence shown where there is nothing to list.
 * @csspart loading - The sentence shown while something loads.
 * @csspart error - A refusal, or a field's problem.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--height=28rem] - The grid's height; rows scroll inside it.
 * @cssproperty --columns - The grid's column widths (`grid-template-columns`, eight columns).
 * @cssproperty [--row-background-hover=var(--foyer-color-surface-raised)] - A row's background under the pointer.
 * @cssproperty --row-background-selected - The active row's background. Default: accent at 10 %.
 * @cssproperty [--refund-color=var(--foyer-color-danger)] - The kind of a refund or chargeback.
 * @cssproperty [--dialog-width=44rem] - The widest the dialog grows.
 */
export class TransactionTable extends LitElement {
  static {
    TransactionTable.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: {},
    rowHeight: { type: Number, attribute: 'row-height' },
    pageSize: { type: Number, attribute: 'page-size' },
    problems: { state: true },
    announcement: { state: true },
  };

  static override styles = [hostStyles, listPanelStyles, dataGridStyles, detailStyles, styles, modalDialogStyles];

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';

  /** Each row's height in pixels: rows have one fixed height so the grid can be virtualized. */
  rowHeight = 44;

  /** Transactions fetched per page (1–100). */
  pageSize = 50;

  /** What is wrong with the search's fields, as sentences. */
  problems: Partial<Record<QueryField, string>> = {};
  announcement = '';

  #query: TransactionQuery = emptyQuery;
  #accounts: Array<{ handle: string; name: string }> = [];
  #mayOpenTickets = false;
  #announceQuery = false;

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: (c) => {
      this.#dialog.close();
      if (c?.token) void this.#start();
      else this.#pages.clear();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.#pages.loadedQuery ? firstControl(this.renderRoot.querySelector('form[role="search"]')) : undefined),
  });
  readonly #pages = new KeysetPages<ListedTransaction, TransactionQuery, KeysetPage<ListedTransaction>>(this, (query, after) => this.#fetchPage(query, after));
  readonly #grid = new GridController(this, {
    rowCount: () => this.#pages.rows.length,
    colCount: columnCount,
    rowHeight: () => this.rowHeight,
    overscan,
    initial: { row: 0, col: 1 },
    onActivate: (_action, { row }) => {
      const transaction = this.#pages.rows[row];
      if (transaction) this.#dialog.open(transaction, this.#grid.grid);
    },
  });
  readonly #dialog = new TransactionDialog(this, {
    connection: () => this.connection,
    workspace: () => this.#workspace,
    locale: () => pageLocale(this),
    mayOpenTickets: () => this.#mayOpenTickets,
    announce: (text) => void this.#announce(text),
  });

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  /** The transactions loaded so far, newest first. */
  get rows(): readonly ListedTransaction[] {
    return this.#pages.rows;
  }

  /** How many transactions the search matches. */
  get total(): number {
    return this.#pages.total;
  }

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  /** Runs the search again from its first page. */
  refresh(): Promise<void> {
    return this.#restart(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#link.forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('workspace') && this.connection) {
      this.#dialog.close();
      void this.#start();
    }
  }

  protected override updated(): void {
    if (this.#pages.hasMore && this.#grid.window().end >= this.#pages.rows.length - overscan * 2) void this.#pages.loadMore();
  }

  /** The accounts for the filter and whether the person may open tickets, then the first page. */
  async #start(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    void this.#restart(false);
    try {
      const [view, mine] = await Promise.all([c.api.master.view.query({ workspace }), c.api.permissions.mine.query({ workspace })]);
      if (workspace !== this.#workspace) return;
      this.#accounts = view.accounts;
      this.#mayOpenTickets = mine.permissions.includes('tickets.manage');
      this.requestUpdate();
    } catch {
      // The list says why it cannot load; the account filter and the ticket form are left out.
    }
  }

  async #fetchPage(query: TransactionQuery, after: string | undefined): Promise<KeysetPage<ListedTransaction>> {
    const c = this.connection;
    if (!c) throw new Error('not connected');
    const limit = Math.min(100, Math.max(1, Math.round(this.pageSize) || 50));
    const page = await c.api.transactions.search.query(searchInput(query, this.#workspace, after, limit));
    return { rows: page.transactions, total: page.total, totalExact: page.totalExact, nextCursor: page.nextCursor };
  }

  async #restart(announce: boolean): Promise<void> {
    if (!this.connection?.token || !this.#workspace) return;
    this.#announceQuery = announce;
    const query = this.#query;
    this.#grid.toTop();
    await this.#pages.restart(query);
    if (this.#pages.loadedQuery !== query) return;
    const error = this.#pages.error;
    this.problems = error?.code === 'INVALID_INPUT' ? this.#serverProblems(error) : {};
    if (this.#announceQuery) {
      this.#announceQuery = false;
      void this.#announce(error ? this.#refusal(error) : msg(str`${transactionCount(this.#pages.total, this.#pages.totalExact, pageLocale(this))} found.`));
    }
    if (Object.keys(this.problems).length > 0) this.#focusProblem();
  }

  #serverProblems(error: FoyerErrorInfo): Partial<Record<QueryField, string>> {
    return Object.fromEntries(fields.filter((f) => error.fieldErrors[f]).map((f) => [f, serverFieldSentence(f, error.fieldErrors[f]!)]));
  }

  #refusal(info: FoyerErrorInfo): string {
    if (info.code === 'INVALID_INPUT' && fields.some((f) => info.fieldErrors[f])) return msg('Correct the search to see transactions.');
    return marketplaceRefusal(info, pageLocale(this));
  }

  #focusProblem(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form[role="search"] [aria-invalid="true"]')?.focus());
  }

  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  readonly #handleSearch = (event: SubmitEvent): void => {
    event.preventDefault();
    const query = readQuery(event.currentTarget as HTMLFormElement);
    const problems = queryProblems(query);
    this.problems = problems;
    if (Object.keys(problems).length > 0) {
      this.#focusProblem();
      return;
    }
    this.#query = query;
    void this.#restart(true);
  };

  readonly #handleClear = (form: HTMLFormElement): void => {
    form.reset();
    this.#query = emptyQuery;
    this.problems = {};
    void this.#restart(true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-from')?.focus());
  };

  readonly #handleOpen = (row: ListedTransaction, event: Event): void => {
    event.stopPropagation();
    const index = this.#pages.rows.findIndex((r) => r.id === row.id);
    if (index >= 0) this.#grid.setActive({ row: index, col: detailsColumn });
    this.#dialog.open(row, this.#grid.grid);
  };

  protected override render(): TemplateResult {
    const c = this.connection;
    const ready = c && this.#workspace && !this.#signIn.needed(this.#pages.error);
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <div part="header" class="header">
          <h2 id="title" part="title"><slot name="heading">${msg('Transactions')}</slot></h2>
        </div>
        ${
          ready
            ? renderFilters({
                query: this.#query,
                accounts: this.#accounts,
                problems: this.problems,
                busy: this.#pages.loadingFirst,
                onSubmit: this.#handleSearch,
                onClear: this.#handleClear,
              })
            : nothing
        }
        <div part="message" class="message" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBody(c)}
      </section>
      ${this.#dialog.render()}
    `;
  }

  #renderBody(c: FoyerConnection | undefined): TemplateResult {
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (this.#signIn.needed(this.#pages.error)) return this.#signIn.render(msg('Sign in to see the transactions.'));
    if (!this.#workspace) return html`<p part="loading">${msg('Choose a master account to see its transactions.')}</p>`;
    return renderTransactionsBody({
      pages: this.#pages,
      grid: this.#grid,
      rowHeight: this.rowHeight,
      locale: pageLocale(this),
      refusal: this.#pages.error ? this.#refusal(this.#pages.error) : '',
      moreRefusal: this.#pages.moreError ? this.#refusal(this.#pages.moreError) : '',
      onRetry: () => void this.#restart(false),
      onOpen: this.#handleOpen,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'transaction-table': TransactionTable;
  }
}
