import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContactRow, ContactSortColumn, ContactsPage } from '@foyer/schema';
import { renderDataGrid, type GridColumn } from '../../internal/data-grid/data-grid.js';
import type { GridController } from '../../internal/data-grid/grid-controller.js';
import type { GridCell } from '../../internal/data-grid/grid-keys.js';
import type { GridSort, KeysetPages } from '../../internal/data-grid/keyset-pages.js';
import type { RowWindow } from '../../internal/data-grid/row-window.js';
import { isFiltered, type ContactQuery } from './contact-query.js';
import { columnLabel, contactCount, formatDate, formatNumber, statusLabel } from './format.js';
import { refusalSentence } from './messages.js';

/** The grid's columns, in order: selection, the six sortable facts, actions. */
export const sortColumns: readonly ContactSortColumn[] = ['name', 'email', 'company', 'status', 'invitationSent', 'termsAcceptedAt'];
const withoutTerms = sortColumns.filter((column) => column !== 'termsAcceptedAt');
export const selectColumn = 0;

/**
 * The sortable facts shown: the terms' column only where contacts accept terms — a print
 * shop's customers always, a hosting account's contacts once the account has published some.
 */
export const shownSortColumns = (withTerms: boolean): readonly ContactSortColumn[] => (withTerms ? sortColumns : withoutTerms);
export const columnCountFor = (withTerms: boolean) => shownSortColumns(withTerms).length + 2;
export const actionsColumnFor = (withTerms: boolean) => columnCountFor(withTerms) - 1;

/** Whether the grid shows the terms' column, from the server's `setup` (until it comes: as it always did). */
export function showsTerms(setup: ContactsPage['setup'] | undefined): boolean {
  return !setup || setup.kinds.includes('customer') || setup.hasTerms;
}

/** The column a grid column index sorts by, if it sorts. */
export function sortColumnAt(col: number, withTerms: boolean): ContactSortColumn | undefined {
  const shown = shownSortColumns(withTerms);
  return col >= 1 && col <= shown.length ? shown[col - 1] : undefined;
}

export interface ContactsGridOptions {
  rows: readonly ContactRow[];
  total: number;
  totalExact: boolean;
  window: RowWindow;
  rowHeight: number;
  sort: GridSort<ContactSortColumn>;
  selected: ReadonlySet<string>;
  active: GridCell;
  activeRendered: boolean;
  busy: boolean;
  locale: string;
  /** Whether the terms' column shows. */
  withTerms: boolean;
  onKeyDown: (event: KeyboardEvent) => void;
  onScroll: () => void;
  onCellClick: (event: MouseEvent) => void;
  onSort: (column: ContactSortColumn) => void;
  onToggleAll: () => void;
  onToggleRow: (row: ContactRow) => void;
  onOpenActions: (row: ContactRow, event: Event) => void;
}

const text = (value: string) => html`<span class="text">${value}</span>`;
const muted = (value: string) => html`<span class="muted">${value}</span>`;

function contactColumns(o: ContactsGridOptions): GridColumn<ContactRow, ContactSortColumn>[] {
  return allColumns(o).filter((column) => o.withTerms || column.sort !== 'termsAcceptedAt');
}

function allColumns(o: ContactsGridOptions): GridColumn<ContactRow, ContactSortColumn>[] {
  const loaded = o.rows.length;
  const allSelected = loaded > 0 && o.rows.every((r) => o.selected.has(r.id));
  const someSelected = !allSelected && o.rows.some((r) => o.selected.has(r.id));
  return [
    {
      className: 'select',
      header: () => html`<input
        part="checkbox"
        type="checkbox"
        tabindex="-1"
        aria-label=${msg('Select all loaded contacts')}
        .checked=${allSelected}
        .indeterminate=${someSelected}
        ?disabled=${loaded === 0}
        @change=${o.onToggleAll}
      />`,
      cell: (row) => html`<input
        part="checkbox"
        type="checkbox"
        tabindex="-1"
        aria-label=${msg(str`Select ${row.name}`)}
        .checked=${o.selected.has(row.id)}
        @change=${() => o.onToggleRow(row)}
      />`,
    },
    { sort: 'name', className: 'name', rowHeader: true, header: () => columnLabel('name'), cell: (row) => text(row.name) },
    { sort: 'email', className: 'email', header: () => columnLabel('email'), cell: (row) => text(row.email) },
    { sort: 'company', header: () => columnLabel('company'), cell: (row) => (row.company ? text(row.company) : muted(msg('none'))) },
    {
      sort: 'status',
      header: () => columnLabel('status'),
      cell: (row) => html`<span part="status" class="status" data-status=${row.status}><span class="dot" aria-hidden="true"></span>${statusLabel(row.status)}</span>`,
    },
    {
      sort: 'invitationSent',
      header: () => columnLabel('invitationSent'),
      cell: (row) => (row.invitationSent ? html`<span part="invitation" class="invitation">${msg('Sent')}</span>` : muted(msg('Not sent'))),
    },
    {
      sort: 'termsAcceptedAt',
      header: () => columnLabel('termsAcceptedAt'),
      cell: (row) => (row.termsAcceptedAt ? formatDate(row.termsAcceptedAt, o.locale) : muted(msg('Not accepted'))),
    },
    {
      className: 'actions',
      header: () => html`<span class="visually-hidden">${msg('Actions')}</span>`,
      cell: (row) => html`<button
        part="button row-actions"
        class="row-actions"
        type="button"
        tabindex="-1"
        aria-haspopup="dialog"
        aria-label=${msg(str`Actions for ${row.name}`)}
        @click=${(event: Event) => o.onOpenActions(row, event)}
      >
        ${msg('Actions')}
      </button>`,
    },
  ];
}

/** The contacts as the data grid shows them: a checkbox, the sortable facts, the actions. */
export function renderContactsGrid(o: ContactsGridOptions): TemplateResult {
  return renderDataGrid({ ...o, labelledBy: 'title', describedBy: 'grid-help', columns: contactColumns(o) });
}

export interface ContactsBodyOptions {
  pages: KeysetPages<ContactRow, ContactQuery, ContactsPage>;
  grid: GridController;
  rowHeight: number;
  sort: GridSort<ContactSortColumn>;
  selected: ReadonlySet<string>;
  locale: string;
  withTerms: boolean;
  onRetry: () => void;
  onSort: (column: ContactSortColumn) => void;
  onToggleAll: () => void;
  onToggleRow: (row: ContactRow) => void;
  onOpenActions: (row: ContactRow, event: Event) => void;
}

/** The list in each of its states: a refusal, loading, empty, or the count and the grid. */
export function renderContactsBody(o: ContactsBodyOptions): TemplateResult {
  const { pages, grid, locale } = o;
  if (pages.error) {
    return html`
      <p part="error" role="alert">${refusalSentence(pages.error)}</p>
      <button part="button" type="button" @click=${o.onRetry}>${msg('Try again')}</button>
    `;
  }
  if (!pages.loadedQuery) return html`<p part="loading" role="status">${msg('Loading contacts…')}</p>`;
  if (pages.total === 0 && pages.rows.length === 0 && !pages.loadingFirst) {
    return html`<p part="empty" class="empty">
      ${isFiltered(pages.loadedQuery) ? msg('No contacts match this search and these filters.') : msg('No contacts yet. A contact appears here as soon as it is added.')}
    </p>`;
  }
  return html`
    <p part="count" class="count">
      ${pages.loadingFirst ? msg('Updating…') : msg(str`${contactCount(pages.total, pages.totalExact, locale)}, ${formatNumber(pages.rows.length, locale)} loaded`)}
    </p>
    <p class="visually-hidden" id="grid-help">
      ${msg('Arrow keys move between cells. Space selects a contact. Enter opens its actions, or sorts by a column.')}
    </p>
    ${renderContactsGrid({
      rows: pages.rows,
      total: pages.total,
      totalExact: pages.totalExact,
      window: grid.window(),
      rowHeight: o.rowHeight,
      sort: o.sort,
      selected: o.selected,
      active: grid.clampedActive(),
      activeRendered: grid.activeRendered(),
      busy: pages.loadingFirst || pages.loadingMore,
      locale,
      withTerms: o.withTerms,
      onKeyDown: grid.handleKeyDown,
      onScroll: grid.handleScroll,
      onCellClick: grid.handleCellClick,
      onSort: o.onSort,
      onToggleAll: o.onToggleAll,
      onToggleRow: o.onToggleRow,
      onOpenActions: o.onOpenActions,
    })}
    ${pages.loadingMore ? html`<p part="loading" class="more">${msg('Loading more contacts…')}</p>` : nothing}
    ${
      pages.moreError
        ? html`<p part="error" role="alert">
          ${refusalSentence(pages.moreError)}
          <button part="button" type="button" @click=${() => pages.loadMore()}>${msg('Load more')}</button>
        </p>`
        : nothing
    }
  `;
}
