import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { ContactAction, ContactRow, ContactSortColumn, ContactStatus, DeletionPreview } from '@foyer/schema';
import { foyerContext, type FoyerConnection } from '../../context/foyer-context.js';
import { FoyerContactChangeEvent, type ContactChange } from '../../events/foyer-contact-change-event.js';
import { formFieldStyles } from '../../internal/form-field.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { BackupRefusal, downloadBackup } from './backup-download.js';
import { ContactPages, type ContactQuery } from './contact-pages.js';
import styles from './contacts-table.styles.js';
import { changedDetails, contactFormFields, readContactForm } from './contact-form.js';
import { renderDialog, type ResultLine, type TableDialog } from './dialogs.js';
import { contactCount, contactStatuses, formatBytes, formatNumber, pageLocale, statusLabel } from './format.js';
import { actionsColumn, columnCount, renderGrid, selectColumn, sortColumnAt, sortColumns } from './grid.js';
import { refusalSentence } from './messages.js';
import { rowWindow, visibleRowCount, type RowWindow } from './virtual-window.js';

type InvitationFilter = 'any' | 'sent' | 'not-sent';

interface Backup {
  contactId: string;
  name: string;
  received: number;
  total: number | null;
  state: 'running' | 'done' | 'failed';
  fileName?: string;
  url?: string;
  size?: number;
  error?: string;
  controller: AbortController;
}

/** The most contacts one bulk call may name (the server's limit); more go in several calls. */
const bulkLimit = 500;
/** Rows kept in the DOM above and below the visible ones. */
const overscan = 6;

/**
 * @summary A print shop's contacts: a virtualized grid with server-side paging, sorting by every
 * column, filters by status and invitation, search, adding contacts and editing their details,
 * bulk activation requests and deactivation, and each contact's actions where its status allows them, with confirmations that say what
 * will happen.
 *
 * Place it inside a `<foyer-provider>` holding the session of a member allowed to see contacts
 * (`contacts.view`). The server decides everything: the actions each row offers are the ones
 * the server lists for it, and a refusal is shown with the server's sentence.
 *
 * @slot heading - Your own words for the heading, in place of "Contacts".
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
 * @csspart checkbox - A selection checkbox.
 * @csspart row-actions - The button that opens a contact's actions.
 * @csspart button - Every button, and the mail program links.
 * @csspart button-primary - The main button of a dialog, and the Add contact button.
 * @csspart add-contact - The Add contact button (shown to members who may add contacts).
 * @csspart field - A field of the add or edit form: its label, input, hint and problem.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
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
 *
 * @cssproperty [--height=28rem] - The grid's height; rows scroll inside it.
 * @cssproperty --columns - The grid's column widths (`grid-template-columns`, eight columns).
 * @cssproperty --row-background-selected - A selected row's background. Default: accent at 10 %.
 * @cssproperty [--row-background-hover=var(--foyer-color-surface-raised)] - A row's background under the pointer.
 * @cssproperty [--status-active-color=var(--foyer-color-success)]
 * @cssproperty [--status-not-active-color=var(--foyer-color-accent)]
 * @cssproperty [--status-unregistered-color=var(--foyer-color-text-muted)]
 * @cssproperty [--status-deactivated-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=36rem] - The widest the dialog grows.
 */
@localized()
export class ContactsTable extends LitElement {
  static override styles = [hostStyles, styles, formFieldStyles];

  @consume({ context: foyerContext, subscribe: true })
  accessor connection: FoyerConnection | undefined = undefined;

  /** Each row's height in pixels: rows have one fixed height so the grid can be virtualized. */
  @property({ type: Number, attribute: 'row-height' }) accessor rowHeight = 44;

  /** Contacts fetched per page (1–200). */
  @property({ type: Number, attribute: 'page-size' }) accessor pageSize = 100;

  /** Milliseconds after the last keystroke before a search runs. */
  @property({ type: Number, attribute: 'search-delay' }) accessor searchDelay = 300;

  @state() accessor query: ContactQuery = { sort: { column: 'name', direction: 'asc' }, status: [], invitationSent: undefined, search: '' };
  @state() accessor searchText = '';
  @state() accessor selected: ReadonlySet<string> = new Set();
  @state() accessor active = { row: 0, col: 1 };
  @state() accessor scrollTop = 0;
  @state() accessor bodyHeight = 0;
  @state() accessor dialog: TableDialog | null = null;
  @state() accessor dialogError = '';
  @state() accessor fieldErrors: Record<string, string> = {};
  @state() accessor pending = false;
  @state() accessor announcement = '';
  @state() accessor backup: Backup | null = null;

  readonly #pages = new ContactPages(this, (query, after) => this.#fetchPage(query, after));
  #loadedFor = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #returnFocus: HTMLElement | null = null;
  #shownDialog: TableDialog | null = null;
  #resizeObserver: ResizeObserver | undefined;
  /** Whether the next finished query is announced (one the person asked for, not the first load). */
  #announceQuery = false;

  get #grid(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#grid');
  }

  /** The rows loaded so far, in the order shown. */
  get rows(): readonly ContactRow[] {
    return this.#pages.rows;
  }

  /** How many contacts the current search and filters match. */
  get total(): number {
    return this.#pages.total;
  }

  /** Loads the first page again, keeping the sort, filters and search. */
  refresh(): Promise<void> {
    return this.#restart(false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver(() => this.#measure());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
    this.#resizeObserver?.disconnect();
    this.backup?.controller.abort();
    if (this.backup?.url) URL.revokeObjectURL(this.backup.url);
    this.backup = null;
    // Connected again later, the table loads afresh.
    this.#loadedFor = '';
  }

  protected override willUpdate(): void {
    // The context consumer asks for an update without naming the property, so compare here.
    const c = this.connection;
    const key = c ? `${c.server}\n${c.workspace}\n${c.token ?? ''}` : '';
    if (key !== this.#loadedFor) {
      this.#loadedFor = key;
      this.selected = new Set();
      this.dialog = null;
      if (c) void this.#restart(false);
    }
  }

  protected override updated(): void {
    const grid = this.#grid;
    if (grid) {
      this.#resizeObserver?.observe(grid);
      this.#measure();
    }
    this.#syncDialog();
    // Near the end of the loaded rows: fetch the next page before the person gets there.
    const w = this.#window();
    if (this.#pages.hasMore && w.end >= this.#pages.rows.length - overscan * 2) void this.#pages.loadMore();
  }

  // --- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const locale = pageLocale(this);
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <div part="header" class="header">
          <h2 id="title" part="title"><slot name="heading">${msg('Contacts')}</slot></h2>
          ${this.connection && this.#pages.may.add
            ? html`<button part="button button-primary add-contact" class="primary" type="button" id="add-contact" @click=${this.handleAdd}>
                ${msg('Add contact')}
              </button>`
            : nothing}
        </div>
        ${this.connection ? this.#renderToolbar() : nothing}
        <div part="message" class="message" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBackup(locale)} ${this.#renderBulkBar(locale)} ${this.#renderBody(locale)}
      </section>
      ${renderDialog({
        dialog: this.dialog,
        error: this.dialogError,
        fieldErrors: this.fieldErrors,
        mayEdit: this.#pages.may.edit,
        pending: this.pending,
        locale,
        onAction: this.handleRowAction,
        onEdit: this.handleEdit,
        onConfirm: this.handleConfirm,
        onSend: this.handleSend,
        onCancel: this.handleCloseDialog,
      })}
    `;
  }

  #renderToolbar(): TemplateResult {
    const q = this.query;
    const invitation: InvitationFilter = q.invitationSent === undefined ? 'any' : q.invitationSent ? 'sent' : 'not-sent';
    const filtered = q.status.length > 0 || q.invitationSent !== undefined || this.searchText.trim() !== '';
    return html`
      <div part="toolbar" class="toolbar">
        <div class="field search">
          <label for="search">${msg('Search')}</label>
          <input
            part="search"
            id="search"
            type="search"
            maxlength="200"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${this.searchText}
            @input=${this.handleSearchInput}
            @keydown=${this.handleSearchKey}
          />
          <span class="hint" id="search-hint">${msg('Name, email or company')}</span>
        </div>
        <fieldset part="filter" class="filter">
          <legend>${msg('Status')}</legend>
          ${contactStatuses.map(
            (status) => html`<label class="check">
              <input type="checkbox" name="status" value=${status} .checked=${q.status.includes(status)} @change=${this.handleStatusFilter} />
              ${statusLabel(status)}
            </label>`,
          )}
        </fieldset>
        <div class="field">
          <label for="invitation">${msg('Invitation')}</label>
          <select part="filter" id="invitation" .value=${invitation} @change=${this.handleInvitationFilter}>
            <option value="any" ?selected=${invitation === 'any'}>${msg('Sent or not')}</option>
            <option value="sent" ?selected=${invitation === 'sent'}>${msg('Sent')}</option>
            <option value="not-sent" ?selected=${invitation === 'not-sent'}>${msg('Not sent')}</option>
          </select>
        </div>
        ${filtered
          ? html`<button part="button" class="clear" type="button" @click=${this.handleClearFilters}>${msg('Clear search and filters')}</button>`
          : nothing}
      </div>
    `;
  }

  #renderBody(locale: string): TemplateResult {
    if (!this.connection) {
      return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    const pages = this.#pages;
    if (pages.error) {
      return html`
        <p part="error" role="alert">${refusalSentence(pages.error)}</p>
        <button part="button" type="button" @click=${() => this.#restart(false)}>${msg('Try again')}</button>
      `;
    }
    if (!pages.loadedQuery) return html`<p part="loading" role="status">${msg('Loading contacts…')}</p>`;
    if (pages.total === 0 && pages.rows.length === 0 && !pages.loadingFirst) {
      const filtered = this.#filtered(pages.loadedQuery);
      return html`<p part="empty" class="empty">
        ${filtered
          ? msg('No contacts match this search and these filters.')
          : msg('No contacts yet. A contact appears here as soon as it is added.')}
      </p>`;
    }
    const w = this.#window();
    const activeRendered = this.active.row < 0 || (this.active.row >= w.start && this.active.row < w.end);
    return html`
      <p part="count" class="count">
        ${pages.loadingFirst
          ? msg('Updating…')
          : msg(str`${contactCount(pages.total, pages.totalExact, locale)}, ${formatNumber(pages.rows.length, locale)} loaded`)}
      </p>
      <p class="visually-hidden" id="grid-help">
        ${msg('Arrow keys move between cells. Space selects a contact. Enter opens its actions, or sorts by a column.')}
      </p>
      ${renderGrid({
        rows: pages.rows,
        total: pages.total,
        totalExact: pages.totalExact,
        window: w,
        rowHeight: this.rowHeight,
        query: this.query,
        selected: this.selected,
        active: this.#clampedActive(),
        activeRendered,
        busy: pages.loadingFirst || pages.loadingMore,
        locale,
        onKeyDown: this.handleGridKey,
        onScroll: this.handleScroll,
        onCellClick: this.handleCellClick,
        onSort: this.handleSort,
        onToggleAll: this.handleToggleAll,
        onToggleRow: this.handleToggleRow,
        onOpenActions: this.handleOpenActions,
      })}
      ${pages.loadingMore ? html`<p part="loading" class="more">${msg('Loading more contacts…')}</p>` : nothing}
      ${pages.moreError
        ? html`<p part="error" role="alert">
            ${refusalSentence(pages.moreError)}
            <button part="button" type="button" @click=${() => this.#pages.loadMore()}>${msg('Load more')}</button>
          </p>`
        : nothing}
    `;
  }

  #renderBulkBar(locale: string): TemplateResult | typeof nothing {
    const count = this.#selectedRows().length;
    if (count === 0) return nothing;
    return html`
      <div part="bulk-bar" class="bulk-bar" role="group" aria-label=${msg('Selected contacts')}>
        <span class="selected-count">${msg(str`${formatNumber(count, locale)} selected`)}</span>
        <button part="button" type="button" id="bulk-send" @click=${this.handleBulkSend}>${msg('Send activation requests')}</button>
        <button part="button button-danger" class="danger-outline" type="button" id="bulk-deactivate" @click=${this.handleBulkDeactivate}>
          ${msg('Deactivate')}
        </button>
        <button part="button" type="button" @click=${this.handleClearSelection}>${msg('Clear selection')}</button>
      </div>
    `;
  }

  #renderBackup(locale: string): TemplateResult | typeof nothing {
    const b = this.backup;
    if (!b) return nothing;
    const received = formatBytes(b.received, locale);
    if (b.state === 'running') {
      const progressText = b.total ? msg(str`${received} of ${formatBytes(b.total, locale)}`) : msg(str`${received} received`);
      return html`
        <div part="backup" class="backup" aria-labelledby="backup-heading">
          <p id="backup-heading">${msg(str`Backing up the data of ${b.name}…`)}</p>
          <progress
            part="progress"
            aria-labelledby="backup-heading"
            aria-valuetext=${progressText}
            max=${b.total ?? nothing}
            value=${b.total ? b.received : nothing}
          ></progress>
          <span class="received">${progressText}</span>
          <button part="button" type="button" @click=${this.handleCancelBackup}>${msg('Cancel')}</button>
        </div>
      `;
    }
    if (b.state === 'failed') {
      return html`
        <div part="backup" class="backup">
          <p part="error" role="alert">${msg(str`The backup of ${b.name} failed: ${b.error ?? ''}`)}</p>
          <button part="button" type="button" @click=${() => this.#startBackup(b.contactId, b.name)}>${msg('Try again')}</button>
          <button part="button" type="button" @click=${this.handleDismissBackup}>${msg('Dismiss')}</button>
        </div>
      `;
    }
    return html`
      <div part="backup" class="backup">
        <p>${msg(str`${b.fileName ?? ''} saved (${formatBytes(b.size ?? b.received, locale)}).`)}</p>
        <a part="button" class="button" id="backup-file" href=${b.url ?? ''} download=${b.fileName ?? ''}>${msg(str`Save ${b.fileName ?? ''} again`)}</a>
        <button part="button" type="button" @click=${this.handleDismissBackup}>${msg('Dismiss')}</button>
      </div>
    `;
  }

  // --- paging and the window -----------------------------------------------------------

  async #fetchPage(query: ContactQuery, after: string | undefined) {
    const c = this.connection;
    if (!c) throw new Error('not connected');
    const search = query.search.trim();
    return c.api.contacts.list.query({
      workspace: c.workspace,
      sort: query.sort,
      ...(query.status.length > 0 ? { status: query.status } : {}),
      ...(query.invitationSent !== undefined ? { invitationSent: query.invitationSent } : {}),
      ...(search ? { search } : {}),
      ...(after ? { after } : {}),
      limit: Math.min(200, Math.max(1, Math.round(this.pageSize) || 100)),
    });
  }

  /** Starts the current query from its first page, at the top of the grid. */
  async #restart(announce: boolean): Promise<void> {
    clearTimeout(this.#searchTimer);
    this.#announceQuery = announce;
    const query = { ...this.query, search: this.searchText.trim() };
    this.query = query;
    this.selected = new Set();
    const grid = this.#grid;
    if (grid) grid.scrollTop = 0;
    this.scrollTop = 0;
    this.active = { row: this.active.row < 0 ? -1 : 0, col: this.active.col };
    await this.#pages.restart(query);
    if (this.#pages.loadedQuery === query && this.#announceQuery) {
      this.#announceQuery = false;
      const locale = pageLocale(this);
      void this.#announce(
        this.#pages.error ? refusalSentence(this.#pages.error) : msg(str`${contactCount(this.#pages.total, this.#pages.totalExact, locale)} found.`),
      );
    }
  }

  #filtered(q: ContactQuery): boolean {
    return q.status.length > 0 || q.invitationSent !== undefined || q.search.trim() !== '';
  }

  #window(): RowWindow {
    return rowWindow({
      scrollTop: this.scrollTop,
      viewportHeight: this.bodyHeight,
      rowHeight: this.rowHeight,
      rowCount: this.#pages.rows.length,
      overscan,
    });
  }

  /** Reads the grid's height without its sticky header; the window follows from it. */
  #measure(): void {
    const grid = this.#grid;
    if (!grid) return;
    const head = grid.querySelector<HTMLElement>('.head');
    const height = Math.max(0, grid.clientHeight - (head?.offsetHeight ?? 0));
    if (height !== this.bodyHeight) this.bodyHeight = height;
  }

  #clampedActive(): { row: number; col: number } {
    const last = this.#pages.rows.length - 1;
    return { row: Math.min(this.active.row, last), col: Math.min(Math.max(0, this.active.col), columnCount - 1) };
  }

  /** Scrolls the grid so the active row is in view below the sticky header. */
  #scrollToActive(): void {
    const grid = this.#grid;
    const row = this.active.row;
    if (!grid || row < 0) return;
    const top = row * this.rowHeight;
    const height = this.bodyHeight || grid.clientHeight;
    let next = grid.scrollTop;
    if (top < next) next = top;
    else if (top + this.rowHeight > next + height) next = top + this.rowHeight - height;
    if (next !== grid.scrollTop) grid.scrollTop = next;
    // Read back: the browser clamps; the window follows at once, not at the next scroll event.
    this.scrollTop = grid.scrollTop;
  }

  #selectedRows(): ContactRow[] {
    if (this.selected.size === 0) return [];
    return this.#pages.rows.filter((r) => this.selected.has(r.id));
  }

  // --- helpers ---------------------------------------------------------------------------

  /** Puts a sentence in the live region; the same sentence twice is announced twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  #changed(contactId: string, change: ContactChange): void {
    this.dispatchEvent(new FoyerContactChangeEvent(contactId, change));
  }

  #focusGrid(): void {
    this.#grid?.focus({ preventScroll: true });
  }

  #openDialog(dialog: TableDialog, returnFocus: HTMLElement | null): void {
    if (!this.dialog) this.#returnFocus = returnFocus;
    this.dialogError = '';
    this.fieldErrors = {};
    this.dialog = dialog;
  }

  #closeDialog(): void {
    if (!this.dialog) return;
    this.dialog = null;
    this.dialogError = '';
    this.fieldErrors = {};
    const target = this.#returnFocus;
    this.#returnFocus = null;
    void this.updateComplete.then(() => {
      if (target?.isConnected) target.focus({ preventScroll: true });
      else this.#focusGrid();
    });
  }

  /**
   * Opens or closes the modal dialog to match the state, and moves focus into new content
   * (an action's confirmation replaces the actions in the same dialog).
   */
  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#dialog');
    if (!dialog) return;
    if (this.dialog && !dialog.open) dialog.showModal();
    else if (!this.dialog && dialog.open) dialog.close();
    if (this.dialog !== this.#shownDialog) {
      const kindChanged = this.dialog?.kind !== this.#shownDialog?.kind;
      this.#shownDialog = this.dialog;
      if (this.dialog && kindChanged) {
        (dialog.querySelector<HTMLElement>('[autofocus]') ?? dialog.querySelector<HTMLElement>('.cancel'))?.focus();
      }
    }
  }

  async #inChunks<T>(ids: string[], call: (ids: string[]) => Promise<T[]>): Promise<T[]> {
    const all: T[] = [];
    for (let i = 0; i < ids.length; i += bulkLimit) all.push(...(await call(ids.slice(i, i + bulkLimit))));
    return all;
  }

  #nameOf(contactId: string, rows: readonly ContactRow[]): string {
    return rows.find((r) => r.id === contactId)?.name ?? contactId;
  }

  // --- handlers: toolbar -----------------------------------------------------------------

  private handleSearchInput = (event: InputEvent): void => {
    this.searchText = (event.currentTarget as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => void this.#restart(true), this.searchDelay);
  };

  private handleSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void this.#restart(true);
  };

  private handleStatusFilter = (event: Event): void => {
    const box = event.currentTarget as HTMLInputElement;
    const status = box.value as ContactStatus;
    const chosen = new Set(this.query.status);
    if (box.checked) chosen.add(status);
    else chosen.delete(status);
    this.query = { ...this.query, status: contactStatuses.filter((s) => chosen.has(s)) };
    void this.#restart(true);
  };

  private handleInvitationFilter = (event: Event): void => {
    const value = (event.currentTarget as HTMLSelectElement).value as InvitationFilter;
    this.query = { ...this.query, invitationSent: value === 'any' ? undefined : value === 'sent' };
    void this.#restart(true);
  };

  private handleClearFilters = (): void => {
    this.searchText = '';
    this.query = { ...this.query, status: [], invitationSent: undefined, search: '' };
    void this.#restart(true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  };

  // --- handlers: grid --------------------------------------------------------------------

  private handleSort = (column: ContactSortColumn): void => {
    const current = this.query.sort;
    const direction = current.column === column && current.direction === 'asc' ? 'desc' : 'asc';
    this.query = { ...this.query, sort: { column, direction } };
    this.active = { row: -1, col: sortColumns.indexOf(column) + 1 };
    void this.#restart(true);
  };

  private handleScroll = (): void => {
    const grid = this.#grid;
    if (grid) this.scrollTop = grid.scrollTop;
  };

  /** A click on a cell makes it the active one, and keeps focus on the grid. */
  private handleCellClick = (event: MouseEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('[data-col]');
    if (!cell) return;
    this.active = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
    // Buttons open a dialog that takes focus; everything else leaves it on the grid.
    if (!(event.target as Element).closest('button')) this.#focusGrid();
  };

  private handleToggleAll = (): void => {
    const rows = this.#pages.rows;
    const all = rows.length > 0 && rows.every((r) => this.selected.has(r.id));
    this.selected = all ? new Set() : new Set(rows.map((r) => r.id));
    this.#focusGrid();
  };

  private handleToggleRow = (row: ContactRow): void => {
    const next = new Set(this.selected);
    if (next.has(row.id)) next.delete(row.id);
    else next.add(row.id);
    this.selected = next;
    this.#focusGrid();
  };

  private handleClearSelection = (): void => {
    this.selected = new Set();
    this.#focusGrid();
  };

  private handleOpenActions = (row: ContactRow, event: Event): void => {
    event.stopPropagation();
    const index = this.#pages.rows.findIndex((r) => r.id === row.id);
    if (index >= 0) this.active = { row: index, col: actionsColumn };
    this.#openDialog({ kind: 'actions', row }, this.#grid);
  };

  private handleGridKey = (event: KeyboardEvent): void => {
    if (event.target !== event.currentTarget) return;
    const rows = this.#pages.rows;
    const { row, col } = this.#clampedActive();
    const page = Math.max(1, visibleRowCount(this.bodyHeight, this.rowHeight) - 2);
    let next = { row, col };
    switch (event.key) {
      case 'ArrowDown':
        next.row = Math.min(rows.length - 1, row + 1);
        break;
      case 'ArrowUp':
        next.row = Math.max(-1, row - 1);
        break;
      case 'ArrowRight':
        next.col = Math.min(columnCount - 1, col + 1);
        break;
      case 'ArrowLeft':
        next.col = Math.max(0, col - 1);
        break;
      case 'Home':
        next = event.ctrlKey ? { row: rows.length > 0 ? 0 : -1, col } : { row, col: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: rows.length - 1, col } : { row, col: columnCount - 1 };
        break;
      case 'PageDown':
        next.row = Math.min(rows.length - 1, Math.max(0, row) + page);
        break;
      case 'PageUp':
        next.row = Math.max(0, row - page);
        break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        this.#activate(event.key, row, col);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.active = next;
    this.#scrollToActive();
  };

  /** Space or Enter on the active cell. */
  #activate(key: string, row: number, col: number): void {
    if (row < 0) {
      const column = sortColumnAt(col);
      if (column) this.handleSort(column);
      else if (col === selectColumn) this.handleToggleAll();
      return;
    }
    const contact = this.#pages.rows[row];
    if (!contact) return;
    if (key === ' ') this.handleToggleRow(contact);
    else this.#openDialog({ kind: 'actions', row: contact }, this.#grid);
  }

  // --- handlers: actions -----------------------------------------------------------------

  private handleCloseDialog = (): void => {
    this.#closeDialog();
  };

  private handleAdd = (event: Event): void => {
    this.#openDialog({ kind: 'add' }, event.currentTarget as HTMLElement);
  };

  private handleEdit = (): void => {
    const d = this.dialog;
    if (!d || d.kind !== 'actions') return;
    this.dialogError = '';
    this.dialog = { kind: 'edit', row: d.row };
  };

  private handleRowAction = (action: ContactAction): void => {
    const d = this.dialog;
    if (!d || d.kind !== 'actions') return;
    const row = d.row;
    this.dialogError = '';
    switch (action) {
      case 'send-activation':
        this.dialog = { kind: 'send', rows: [row] };
        return;
      case 'activate':
        void this.#activateContact(row);
        return;
      case 'deactivate':
        this.dialog = { kind: 'deactivate', rows: [row] };
        return;
      case 'delete-identities':
        this.dialog = { kind: 'delete-identities', row };
        return;
      case 'delete':
        this.dialog = { kind: 'delete', row, preview: null };
        void this.#loadDeletionPreview(row);
        return;
      case 'backup':
        this.#closeDialog();
        void this.#startBackup(row.id, row.name);
        return;
    }
  };

  async #loadDeletionPreview(row: ContactRow): Promise<void> {
    const c = this.connection;
    if (!c) return;
    try {
      const preview = await c.api.contacts.deletionPreview.query({ workspace: c.workspace, contactId: row.id });
      if (this.dialog?.kind === 'delete' && this.dialog.row.id === row.id) this.dialog = { kind: 'delete', row, preview };
    } catch (error) {
      if (this.dialog?.kind === 'delete' && this.dialog.row.id === row.id) this.dialogError = refusalSentence(describeError(error));
    }
  }

  async #activateContact(row: ContactRow): Promise<void> {
    const c = this.connection;
    if (!c || this.pending) return;
    this.pending = true;
    try {
      const updated = await c.api.contacts.activate.mutate({ workspace: c.workspace, contactId: row.id });
      this.#pages.replace(updated);
      this.#changed(row.id, 'activated');
      this.#closeDialog();
      void this.#announce(msg(str`${row.name} is active: they can sign in, submit jobs and watch them.`));
    } catch (error) {
      this.dialogError = refusalSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  }

  private handleConfirm = async (): Promise<void> => {
    const c = this.connection;
    const d = this.dialog;
    if (!c || !d || this.pending) return;
    this.pending = true;
    this.dialogError = '';
    try {
      if (d.kind === 'add') await this.#addContact(c);
      else if (d.kind === 'edit') await this.#editContact(c, d.row);
      else if (d.kind === 'delete-identities') await this.#deleteIdentities(c, d.row);
      else if (d.kind === 'delete' && d.preview && d.preview.blockingJobs.length === 0) await this.#deleteContact(c, d.row);
      else if (d.kind === 'deactivate') await this.#deactivate(c, d.rows);
    } catch (error) {
      const info = describeError(error);
      if (d.kind === 'delete' && this.#blockedBy(info)) {
        this.dialog = { kind: 'delete', row: d.row, preview: { jobsToDelete: 0, blockingJobs: this.#blockedBy(info)! } };
      } else if (d.kind === 'add' || d.kind === 'edit') {
        this.#formFailure(info);
      } else {
        this.dialogError = refusalSentence(info);
      }
    } finally {
      this.pending = false;
    }
  };

  /** The form as it stands in the dialog. */
  #contactForm(): HTMLFormElement {
    return this.renderRoot.querySelector<HTMLFormElement>('#dialog form')!;
  }

  async #addContact(c: FoyerConnection): Promise<void> {
    const values = readContactForm(this.#contactForm());
    const row = await c.api.contacts.create.mutate({ workspace: c.workspace, name: values.name, email: values.email, ...(values.company ? { company: values.company } : {}) });
    this.#changed(row.id, 'added');
    this.#closeDialog();
    // Where the new contact falls depends on the sort and the filters: the list is read again.
    await this.#restart(false);
    void this.#announce(msg(str`${row.name} was added as Unregistered. Send an activation request so they can sign in.`));
  }

  async #editContact(c: FoyerConnection, row: ContactRow): Promise<void> {
    const changes = changedDetails(row, readContactForm(this.#contactForm()));
    if (Object.keys(changes).length === 0) return this.#closeDialog();
    const updated = await c.api.contacts.update.mutate({ workspace: c.workspace, contactId: row.id, ...changes });
    this.#pages.replace(updated);
    this.#changed(row.id, 'edited');
    this.#closeDialog();
    void this.#announce(msg(str`The details of ${updated.name} were saved.`));
  }

  /** The server's problems with the form, at the fields they concern; focus goes to the first. */
  #formFailure(info: FoyerErrorInfo): void {
    if (info.code === 'CONTACT_EMAIL_TAKEN') {
      this.fieldErrors = { email: refusalSentence(info) };
      this.dialogError = '';
    } else {
      this.fieldErrors = info.fieldErrors;
      const unshown = Object.keys(info.fieldErrors).some((field) => !(contactFormFields as readonly string[]).includes(field));
      this.dialogError = unshown ? info.message : Object.keys(info.fieldErrors).length > 0 ? '' : refusalSentence(info);
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#dialog [aria-invalid="true"]')?.focus());
  }

  /** The jobs a refused deletion names, when it was refused for them. */
  #blockedBy(info: FoyerErrorInfo): DeletionPreview['blockingJobs'] | null {
    const jobs = info.details?.blockingJobs;
    return Array.isArray(jobs) && jobs.length > 0 ? (jobs as DeletionPreview['blockingJobs']) : null;
  }

  async #deleteIdentities(c: FoyerConnection, row: ContactRow): Promise<void> {
    const updated = await c.api.contacts.deleteIdentities.mutate({ workspace: c.workspace, contactId: row.id });
    this.#pages.replace(updated);
    this.#changed(row.id, 'identities-deleted');
    this.#closeDialog();
    void this.#announce(msg(str`The login identities of ${row.name} were deleted. The contact is now unregistered.`));
  }

  async #deleteContact(c: FoyerConnection, row: ContactRow): Promise<void> {
    const { deletedJobs } = await c.api.contacts.delete.mutate({ workspace: c.workspace, contactId: row.id });
    const index = this.#pages.rows.findIndex((r) => r.id === row.id);
    this.#pages.remove(row.id);
    const selected = new Set(this.selected);
    selected.delete(row.id);
    this.selected = selected;
    if (index >= 0) this.active = { row: Math.min(index, this.#pages.rows.length - 1), col: this.active.col };
    this.#changed(row.id, 'deleted');
    this.#closeDialog();
    const n = formatNumber(deletedJobs, pageLocale(this));
    void this.#announce(
      deletedJobs === 1 ? msg(str`${row.name} was deleted with 1 job.`) : msg(str`${row.name} was deleted with ${n} jobs.`),
    );
  }

  async #deactivate(c: FoyerConnection, rows: ContactRow[]): Promise<void> {
    const results = await this.#inChunks(
      rows.map((r) => r.id),
      async (contactIds) => (await c.api.contacts.deactivate.mutate({ workspace: c.workspace, contactIds })).results,
    );
    const lines: ResultLine[] = results.map((r) => {
      if (r.row) {
        this.#pages.replace(r.row);
        this.#changed(r.contactId, 'deactivated');
        return { contactId: r.contactId, name: this.#nameOf(r.contactId, rows), outcome: 'deactivated' };
      }
      return { contactId: r.contactId, name: this.#nameOf(r.contactId, rows), outcome: 'refused', message: r.refused?.message ?? '' };
    });
    const one = rows.length === 1 ? rows[0] : undefined;
    if (one && lines[0]?.outcome === 'deactivated') {
      this.#closeDialog();
      void this.#announce(msg(str`${one.name} was deactivated and signed out.`));
      return;
    }
    if (one && lines[0]?.outcome === 'refused') {
      this.dialogError = lines[0].message ?? '';
      return;
    }
    this.selected = new Set();
    this.dialog = { kind: 'results', action: 'deactivate', lines };
  }

  private handleSend = async (mode: 'mailto' | 'server'): Promise<void> => {
    const c = this.connection;
    const d = this.dialog;
    if (!c || !d || d.kind !== 'send' || this.pending) return;
    const rows = d.rows;
    this.pending = true;
    this.dialogError = '';
    try {
      const results = await this.#inChunks(
        rows.map((r) => r.id),
        async (contactIds) => (await c.api.contacts.activationRequest.mutate({ workspace: c.workspace, contactIds, send: mode })).results,
      );
      const lines: ResultLine[] = results.map((r) => {
        const name = this.#nameOf(r.contactId, rows);
        if (r.refused) return { contactId: r.contactId, name, outcome: 'refused', message: r.refused.message };
        this.#pages.update(r.contactId, (row) => ({ ...row, invitationSent: true }));
        this.#changed(r.contactId, 'activation-sent');
        if (mode === 'mailto') return { contactId: r.contactId, name, outcome: 'mailto', mailto: r.mailto ?? '' };
        return { contactId: r.contactId, name, outcome: r.sent === false ? 'not-sent' : 'sent' };
      });
      if (rows.length > 1) this.selected = new Set();
      this.dialog = { kind: 'results', action: 'send', lines };
    } catch (error) {
      this.dialogError = refusalSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  };

  private handleBulkSend = (event: Event): void => {
    const rows = this.#selectedRows();
    if (rows.length > 0) this.#openDialog({ kind: 'send', rows }, event.currentTarget as HTMLElement);
  };

  private handleBulkDeactivate = (event: Event): void => {
    const rows = this.#selectedRows();
    if (rows.length > 0) this.#openDialog({ kind: 'deactivate', rows }, event.currentTarget as HTMLElement);
  };

  // --- backup ----------------------------------------------------------------------------

  async #startBackup(contactId: string, name: string): Promise<void> {
    const c = this.connection;
    if (!c) return;
    this.backup?.controller.abort();
    if (this.backup?.url) URL.revokeObjectURL(this.backup.url);
    const controller = new AbortController();
    const started: Backup = { contactId, name, received: 0, total: null, state: 'running', controller };
    this.backup = started;
    const current = () => this.backup?.controller === controller;
    try {
      const file = await downloadBackup({
        server: c.server,
        workspace: c.workspace,
        contactId,
        token: c.token,
        fallbackName: `${name}.zip`,
        signal: controller.signal,
        onProgress: ({ received, total }) => {
          if (current()) this.backup = { ...this.backup!, received, total };
        },
      });
      if (!current()) return;
      const url = URL.createObjectURL(file.blob);
      this.backup = { ...this.backup!, state: 'done', url, fileName: file.fileName, size: file.blob.size };
      await this.updateComplete;
      // Saves the file as the browser saves any download; the link stays for a second try.
      this.renderRoot.querySelector<HTMLAnchorElement>('#backup-file')?.click();
      void this.#announce(msg(str`${file.fileName} saved.`));
    } catch (error) {
      if (!current() || controller.signal.aborted) return;
      const message =
        error instanceof BackupRefusal
          ? refusalSentence({ code: error.code as FoyerErrorInfo['code'], message: error.message, fieldErrors: {}, details: undefined })
          : refusalSentence({ code: 'NETWORK', message: '', fieldErrors: {}, details: undefined });
      this.backup = { ...this.backup!, state: 'failed', error: message };
    }
  }

  private handleCancelBackup = (): void => {
    const b = this.backup;
    if (!b) return;
    b.controller.abort();
    this.backup = null;
    void this.#announce(msg(str`The backup of ${b.name} was cancelled.`));
  };

  private handleDismissBackup = (): void => {
    if (this.backup?.url) URL.revokeObjectURL(this.backup.url);
    this.backup = null;
    this.#focusGrid();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'contacts-table': ContactsTable;
  }
}
