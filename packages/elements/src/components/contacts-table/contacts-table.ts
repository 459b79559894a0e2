import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import type { ContactRow, ContactSortColumn, ContactsPage } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerContactChangeEvent, type ContactChange } from '../../events/foyer-contact-change-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { GridController, type GridControllerOptions } from '../../internal/data-grid/grid-controller.js';
import type { GridCell } from '../../internal/data-grid/grid-keys.js';
import { KeysetPages } from '../../internal/data-grid/keyset-pages.js';
import { formFieldStyles } from '../../internal/form-field.styles.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { SignInPrompt } from '../../internal/sign-in-prompt.js';
import { hostStyles } from '../../styles/shared.styles.js';
import type { Outcome } from './contact-commands.js';
import { listInput, type ContactQuery } from './contact-query.js';
import { ContactSearch } from './contact-search.js';
import { actionsColumnFor, columnCountFor, renderContactsBody, selectColumn, showsTerms, shownSortColumns, sortColumnAt } from './contacts-grid.js';
import styles from './contacts-table.styles.js';
import { renderBulkBar, renderToolbar } from './contacts-toolbar.js';
import { contactCount, pageLocale } from './format.js';
import { refusalSentence } from './messages.js';
import { TableParts } from './table-parts.js';

/** Gives the grid's options a `colCount` worked out anew each time the grid controller reads it. */
function withColumnCount(options: Omit<GridControllerOptions, 'colCount'>, withTerms: () => boolean): GridControllerOptions {
  return Object.defineProperty(options, 'colCount', { get: () => columnCountFor(withTerms()), enumerable: true }) as GridControllerOptions;
}

/** Rows kept in the DOM above and below the visible ones. */
const overscan = 6;

/**
 * @summary A print shop's contacts: a virtualized grid with server-side paging, sorting by every
 * column, filters by status and invitation, search, adding contacts and editing their details,
 * bulk activation requests and deactivation, and each contact's actions where its status allows them, with confirmations that say what
 * will happen.
 *
 * In a hosting account the add and edit form also asks for the phone and address, whether the
 * contact is a sub-account with client-area access (its permissions under the catalog's groups,
 * and a password set now or an activation link), and the emails it is notified of, with the
 * typical choices for an accountant and a web helper a click away. The server says which kind
 * of workspace it is, and whether contacts accept terms (the terms' column shows only then).
 *
 * Place it inside a `<foyer-provider>` holding the session of a member allowed to see contacts
 * (`contacts.view`). The server decides everything: the actions each row offers are the ones
 * the server lists for it, and a refusal is shown with the server's sentence.
 *
 * @slot heading - Your own words for the heading, in place of "Contacts".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-contact-change - A contact was added, edited, sent an activation request,
 *   activated, deactivated, lost its identities or was deleted. `event.contactId`, `event.change`.
 *
 * @csspart base - The element's outer section.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart toolbar - The search field and the filters.
 * @csspart search - The search field.
 * @csspart filter - The status and invitation filters.
 * @csspart message - The live region announcing results ("Ada Lovelace deactivated.").
 * @csspart count - How many contacts match and how many are loaded.
 * @csspart bulk-bar - What to do with the selected contacts.
 * @csspart grid - The grid of contacts (the scrolling area).
 * @csspart header-row - The grid's column headers.
 * @csspart column-header - A sortable column's header.
 * @csspart row - One contact's row.
 * @csspart row-selected - A selected contact's row (with `row`).
 * @csspart cell - One cell of a contact's row.
 * @csspart status - A contact's status, in words.
 * @csspart invitation - The "Sent" mark of an invitation.
 * @csspart checkbox - A selection checkbox, and a hosting contact's choices in the add and edit form.
 * @csspart row-actions - The button that opens a contact's actions.
 * @csspart button - Every button, and the mail program links.
 * @csspart button-primary - The main button of a dialog, and the Add contact button.
 * @csspart add-contact - The Add contact button (shown to members who may add contacts).
 * @csspart field - A field of the add or edit form: its label, input, hint and problem.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart presets - A hosting account's buttons that fill in the typical choices ("Accountant", "Web helper").
 * @csspart preset - One of those buttons (with `button`).
 * @csspart permissions - A sub-account's permissions, with "All permissions" and the catalog's groups.
 * @csspart permission-group - One group of permissions.
 * @csspart access - How a new sub-account signs in: a password set now, or an activation link.
 * @csspart radio - A choice of `access`.
 * @csspart password - The `<password-field>` for a sub-account's password; its `label`, `input` and `error` parts are exported.
 * @csspart notifications - The email notifications a hosting contact receives.
 * @csspart registry-fields - A hosting contact's phone and address fields (each a `field`).
 * @csspart button-danger - A button that cannot be taken back (delete, deactivate).
 * @csspart action - One action in a contact's actions.
 * @csspart action-list - The list of a contact's actions.
 * @csspart mail-link - A link that opens a prepared activation message in the mail program.
 * @csspart blocking-jobs - The jobs that keep a contact from being deleted.
 * @csspart results - Each contact's outcome of a bulk action.
 * @csspart backup - The backup download: its progress, then the saved file.
 * @csspart progress - The backup's progress bar.
 * @csspart empty - The sentence shown where there is nothing to list.
 * @csspart loading - The sentence shown while something loads.
 * @csspart error - A refusal.
 * @csspart dialog - The modal dialog: a contact's actions, the add and edit form, a confirmation, results.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--height=28rem] - The grid's height; rows scroll inside it.
 * @cssproperty --columns - The grid's column widths (`grid-template-columns`, eight columns; seven where contacts accept no terms, without the terms' column).
 * @cssproperty --row-background-selected - A selected row's background. Default: accent at 10 %.
 * @cssproperty [--row-background-hover=var(--foyer-color-surface-raised)] - A row's background under the pointer.
 * @cssproperty [--status-active-color=var(--foyer-color-success)]
 * @cssproperty [--status-not-active-color=var(--foyer-color-accent)]
 * @cssproperty [--status-unregistered-color=var(--foyer-color-text-muted)]
 * @cssproperty [--status-deactivated-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=36rem] - The widest the dialog grows.
 */
export class ContactsTable extends LitElement {
  static {
    ContactsTable.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    rowHeight: { type: Number, attribute: 'row-height' },
    pageSize: { type: Number, attribute: 'page-size' },
    searchDelay: { type: Number, attribute: 'search-delay' },
    selected: { state: true },
    announcement: { state: true },
  };

  static override styles = [hostStyles, styles, formFieldStyles, modalDialogStyles];

  /** Each row's height in pixels: rows have one fixed height so the grid can be virtualized. */
  rowHeight = 44;

  /** Contacts fetched per page (1–200). */
  pageSize = 100;

  /** Milliseconds after the last keystroke before a search runs. */
  searchDelay = 300;

  selected: ReadonlySet<string> = new Set();
  announcement = '';

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: (c) => {
      this.selected = new Set();
      this.#parts.dialog?.close();
      // Without a session there is nothing to ask the server: the sign-in prompt shows.
      if (c?.token) void this.#restart(false);
      else this.#pages.clear();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.#pages.loadedQuery ? this.renderRoot.querySelector<HTMLElement>('#search') : undefined),
  });
  readonly #pages = new KeysetPages<ContactRow, ContactQuery, ContactsPage>(this, (query, after) => this.#fetchPage(query, after));
  readonly #grid = new GridController(
    this,
    withColumnCount(
      {
        rowCount: () => this.#pages.rows.length,
        rowHeight: () => this.rowHeight,
        overscan,
        initial: { row: 0, col: 1 },
        onActivate: (action, cell) => this.#activate(action, cell),
      },
      // The terms' column comes and goes with the server's answer.
      () => this.#withTerms,
    ),
  );
  readonly #search = new ContactSearch(this, {
    delay: () => this.searchDelay,
    restart: (announce) => void this.#restart(announce),
    focusSearch: () => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus()),
  });
  readonly #parts = new TableParts(this, {
    connection: () => this.connection,
    mayEdit: () => this.#may.edit,
    setup: () => this.#pages.lastPage?.setup,
    locale: () => pageLocale(this),
    apply: (outcome) => this.#apply(outcome),
    announce: (text) => void this.#announce(text),
    onBackupDismissed: () => this.#grid.focus(),
  });
  /** Whether the next finished query is announced (one the person asked for, not the first load). */
  #announceQuery = false;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  /** The rows loaded so far, in the order shown. */
  get rows(): readonly ContactRow[] {
    return this.#pages.rows;
  }

  /** How many contacts the current search and filters match. */
  get total(): number {
    return this.#pages.total;
  }

  /** Whether the grid shows the terms' column: the server says whether contacts here accept terms. */
  get #withTerms(): boolean {
    return showsTerms(this.#pages.lastPage?.setup);
  }

  get #may(): ContactsPage['may'] {
    return this.#pages.lastPage?.may ?? { add: false, edit: false };
  }

  /** Loads the first page again, keeping the sort, filters and search. */
  refresh(): Promise<void> {
    return this.#restart(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Connected again later, the table loads afresh.
    this.#link.forget();
  }

  protected override updated(): void {
    // Near the end of the loaded rows: fetch the next page before the person gets there.
    if (this.#pages.hasMore && this.#grid.window().end >= this.#pages.rows.length - overscan * 2) void this.#pages.loadMore();
  }

  protected override render(): TemplateResult {
    const locale = pageLocale(this);
    const c = this.connection;
    const signIn = this.#signIn.needed(this.#pages.error);
    const ready = c && !signIn;
    return html`
      <section part="base" class=${this.#withTerms ? 'base' : 'base without-terms'} aria-labelledby="title">
        <div part="header" class="header">
          <h2 id="title" part="title"><slot name="heading">${msg('Contacts')}</slot></h2>
          ${
            ready && this.#may.add
              ? html`<button part="button button-primary add-contact" class="primary" type="button" id="add-contact" @click=${this.handleAdd}>
                ${msg('Add contact')}
              </button>`
              : nothing
          }
        </div>
        ${ready ? renderToolbar({ query: this.#search.query, searchText: this.#search.searchText, ...this.#search.toolbar() }) : nothing}
        <div part="message" class="message" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#parts.backup?.render(c, locale) ?? nothing}
        ${renderBulkBar({
          count: this.#selectedRows().length,
          locale,
          onSend: (event) => this.#openBulk('send', event),
          onDeactivate: (event) => this.#openBulk('deactivate', event),
          onClear: this.handleClearSelection,
        })}
        ${
          signIn
            ? this.#signIn.render(msg('Sign in as a member of the shop to see its contacts.'))
            : c
              ? renderContactsBody({
                  pages: this.#pages,
                  grid: this.#grid,
                  rowHeight: this.rowHeight,
                  sort: this.#search.query.sort,
                  selected: this.selected,
                  locale,
                  withTerms: this.#withTerms,
                  onRetry: () => void this.#restart(false),
                  onSort: this.handleSort,
                  onToggleAll: this.handleToggleAll,
                  onToggleRow: this.handleToggleRow,
                  onOpenActions: this.handleOpenActions,
                })
              : html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`
        }
      </section>
      ${this.#parts.dialog?.render() ?? nothing}
    `;
  }

  // --- paging ----------------------------------------------------------------------------

  async #fetchPage(query: ContactQuery, after: string | undefined) {
    const c = this.connection;
    if (!c) throw new Error('not connected');
    return c.api.contacts.list.query(listInput(c.workspace, query, after, this.pageSize));
  }

  /** Starts the current query from its first page, at the top of the grid. */
  async #restart(announce: boolean): Promise<void> {
    this.#announceQuery = announce;
    const query = this.#search.take();
    this.selected = new Set();
    this.#grid.toTop();
    await this.#pages.restart(query);
    if (this.#pages.loadedQuery === query && this.#announceQuery) {
      this.#announceQuery = false;
      const locale = pageLocale(this);
      void this.#announce(this.#pages.error ? refusalSentence(this.#pages.error) : msg(str`${contactCount(this.#pages.total, this.#pages.totalExact, locale)} found.`));
    }
  }

  #selectedRows(): ContactRow[] {
    if (this.selected.size === 0) return [];
    return this.#pages.rows.filter((r) => this.selected.has(r.id));
  }

  /** Puts a sentence in the live region; the same sentence twice is announced twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  #changed(contactId: string, change: ContactChange): void {
    this.dispatchEvent(new FoyerContactChangeEvent(contactId, change));
  }

  #openBulk(kind: 'send' | 'deactivate', event: Event): void {
    const rows = this.#selectedRows();
    if (rows.length > 0) void this.#parts.openDialog({ kind, rows }, event.currentTarget as HTMLElement);
  }

  // --- handlers: grid --------------------------------------------------------------------

  private handleSort = (column: ContactSortColumn): void => {
    this.#grid.setActive({ row: -1, col: shownSortColumns(this.#withTerms).indexOf(column) + 1 });
    this.#search.sortBy(column);
  };

  private handleToggleAll = (): void => {
    const rows = this.#pages.rows;
    const all = rows.length > 0 && rows.every((r) => this.selected.has(r.id));
    this.selected = all ? new Set() : new Set(rows.map((r) => r.id));
    this.#grid.focus();
  };

  private handleToggleRow = (row: ContactRow): void => {
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

  private handleAdd = (event: Event): void => {
    void this.#parts.openDialog({ kind: 'add' }, event.currentTarget as HTMLElement);
  };

  private handleOpenActions = (row: ContactRow, event: Event): void => {
    event.stopPropagation();
    const index = this.#pages.rows.findIndex((r) => r.id === row.id);
    if (index >= 0) this.#grid.setActive({ row: index, col: actionsColumnFor(this.#withTerms) });
    void this.#parts.openDialog({ kind: 'actions', row }, this.#grid.grid);
  };

  /** Space or Enter on the active cell: a header sorts (or selects all), a row is selected or opened. */
  #activate(action: 'select' | 'open', { row, col }: GridCell): void {
    if (row < 0) {
      const column = sortColumnAt(col, this.#withTerms);
      if (column) this.handleSort(column);
      else if (col === selectColumn) this.handleToggleAll();
      return;
    }
    const contact = this.#pages.rows[row];
    if (!contact) return;
    if (action === 'select') this.handleToggleRow(contact);
    else void this.#parts.openDialog({ kind: 'actions', row: contact }, this.#grid.grid);
  }

  // --- what a command changed --------------------------------------------------------

  async #apply(o: Outcome): Promise<void> {
    for (const row of o.replaced ?? []) this.#pages.replace(row);
    for (const id of o.invited ?? []) this.#pages.update(id, (row) => ({ ...row, invitationSent: true }));
    if (o.removed) this.#remove(o.removed);
    if (o.clearSelection) this.selected = new Set();
    for (const { contactId, change } of o.changes ?? []) this.#changed(contactId, change);
    if (o.reload) await this.#restart(false);
    if (o.announce) void this.#announce(o.announce);
  }

  #remove(contactId: string): void {
    const index = this.#pages.rows.findIndex((r) => r.id === contactId);
    this.#pages.remove(contactId);
    const selected = new Set(this.selected);
    selected.delete(contactId);
    this.selected = selected;
    const active = this.#grid.active;
    if (index >= 0) this.#grid.setActive({ row: Math.min(index, this.#pages.rows.length - 1), col: active.col });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-table': ContactsTable;
  }
}
