import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TicketsPage, TicketSummary } from '@foyer/schema';
import { renderDataGrid, type GridColumn } from '../../internal/data-grid/data-grid.js';
import type { GridController } from '../../internal/data-grid/grid-controller.js';
import type { GridSort, KeysetPage, KeysetPages } from '../../internal/data-grid/keyset-pages.js';
import { isFiltered, type TicketQuery, type TicketSortColumn } from './ticket-query.js';
import { formatDateTime, formatNumber, productKindLabel, statusLabel, ticketCount, ticketName, typeLabel } from '../../internal/tickets/ticket-format.js';

/** A ticket as a grid row: its number is its id. */
export type TicketRow = TicketSummary & { id: string };

export const toRow = (ticket: TicketSummary): TicketRow => ({ ...ticket, id: String(ticket.number) });

/** The grid's columns, in order: selection, nine facts (Opened and Changed sort), the button that opens the ticket. */
export const columnCount = 11;
export const selectColumn = 0;
export const openColumn = columnCount - 1;
const sortAt: Partial<Record<number, TicketSortColumn>> = { 8: 'openedAt', 9: 'changedAt' };

/** The sort a grid column index asks for, if it sorts. */
export function sortColumnAt(col: number): TicketSortColumn | undefined {
  return sortAt[col];
}

export function columnOf(sort: TicketSortColumn): number {
  return sort === 'openedAt' ? 8 : 9;
}

/** A page as the table keeps it: the rows, the count, and beside them the counts per status and whether the count is an estimate. */
export type TicketPage = KeysetPage<TicketRow> & Pick<TicketsPage, 'byStatus' | 'totalEstimated'>;

export interface TicketsBodyOptions {
  pages: KeysetPages<TicketRow, TicketQuery, TicketPage>;
  grid: GridController;
  rowHeight: number;
  sort: GridSort<TicketSortColumn>;
  selected: ReadonlySet<string>;
  locale: string;
  /** The list's refusal in a sentence; shown in place of the rows. */
  refusal: string;
  /** Why the next page failed, in a sentence; the rows loaded before stay. */
  moreRefusal: string;
  onRetry: () => void;
  onSort: (column: TicketSortColumn) => void;
  onToggleAll: () => void;
  onToggleRow: (row: TicketRow) => void;
  onOpen: (row: TicketRow, event: Event) => void;
}

const text = (value: string) => html`<span class="text">${value}</span>`;
const muted = (value: string) => html`<span class="muted">${value}</span>`;

function ticketColumns(o: TicketsBodyOptions): GridColumn<TicketRow, TicketSortColumn>[] {
  const rows = o.pages.rows;
  const allSelected = rows.length > 0 && rows.every((r) => o.selected.has(r.id));
  const someSelected = !allSelected && rows.some((r) => o.selected.has(r.id));
  return [
    {
      className: 'select',
      header: () => html`<input
        part="checkbox"
        type="checkbox"
        tabindex="-1"
        aria-label=${msg('Select all loaded tickets')}
        .checked=${allSelected}
        .indeterminate=${someSelected}
        ?disabled=${rows.length === 0}
        @change=${o.onToggleAll}
      />`,
      cell: (row) => html`<input
        part="checkbox"
        type="checkbox"
        tabindex="-1"
        aria-label=${msg(str`Select ticket ${ticketName(row.number)}`)}
        .checked=${o.selected.has(row.id)}
        @change=${() => o.onToggleRow(row)}
      />`,
    },
    { className: 'number', rowHeader: true, header: () => msg('Ticket'), cell: (row) => text(ticketName(row.number)) },
    { header: () => msg('Account'), cell: (row) => text(row.account.name) },
    { header: () => msg('Type'), cell: (row) => text(typeLabel(row.type)) },
    {
      header: () => msg('Status'),
      cell: (row) => html`<span part="status" class="status" data-status=${row.status}><span class="dot" aria-hidden="true"></span>${statusLabel(row.status)}</span>`,
    },
    { className: 'email', header: () => msg('Customer email'), cell: (row) => text(row.customerEmail) },
    { header: () => msg('Receipt'), cell: (row) => (row.receiptNumber ? text(row.receiptNumber) : muted(msg('none'))) },
    { header: () => msg('Product type'), cell: (row) => (row.productKind ? text(productKindLabel(row.productKind)) : muted(productKindLabel(null))) },
    { sort: 'openedAt', header: () => msg('Opened'), cell: (row) => text(formatDateTime(row.openedAt, o.locale)) },
    { sort: 'changedAt', header: () => msg('Changed'), cell: (row) => text(formatDateTime(row.changedAt, o.locale)) },
    {
      className: 'actions',
      header: () => html`<span class="visually-hidden">${msg('Actions')}</span>`,
      cell: (row) => html`<button
        part="button row-actions"
        class="row-actions"
        type="button"
        tabindex="-1"
        aria-haspopup="dialog"
        aria-label=${msg(str`Open ticket ${ticketName(row.number)}`)}
        @click=${(event: Event) => o.onOpen(row, event)}
      >
        ${msg('Open')}
      </button>`,
    },
  ];
}

/** The list in each of its states: a refusal, loading, empty, or the count and the grid. */
export function renderTicketsBody(o: TicketsBodyOptions): TemplateResult {
  const { pages, grid, locale } = o;
  if (o.refusal) {
    return html`
      <p part="error" role="alert">${o.refusal}</p>
      <button part="button" type="button" @click=${o.onRetry}>${msg('Try again')}</button>
    `;
  }
  if (!pages.loadedQuery) return html`<p part="loading" role="status">${msg('Loading tickets…')}</p>`;
  if (pages.total === 0 && pages.rows.length === 0 && !pages.loadingFirst) {
    return html`<p part="empty" class="empty">
      ${isFiltered(pages.loadedQuery) ? msg('No tickets match this search and these filters.') : msg('No tickets yet. A customer’s ticket appears here as soon as it is opened.')}
    </p>`;
  }
  return html`
    <p part="count" class="count">
      ${pages.loadingFirst ? msg('Updating…') : msg(str`${ticketCount(pages.total, pages.totalExact, locale, pages.lastPage?.totalEstimated)}, ${formatNumber(pages.rows.length, locale)} loaded`)}
    </p>
    <p class="visually-hidden" id="grid-help">${msg('Arrow keys move between cells. Space selects a ticket. Enter opens it, or sorts by a column.')}</p>
    ${renderDataGrid({
      labelledBy: 'title',
      describedBy: 'grid-help',
      columns: ticketColumns(o),
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
      onKeyDown: grid.handleKeyDown,
      onScroll: grid.handleScroll,
      onCellClick: grid.handleCellClick,
      onSort: o.onSort,
    })}
    ${pages.loadingMore ? html`<p part="loading" class="more">${msg('Loading more tickets…')}</p>` : nothing}
    ${
      pages.moreError
        ? html`<p part="error" role="alert">
          ${o.moreRefusal}
          <button part="button" type="button" @click=${() => pages.loadMore()}>${msg('Load more')}</button>
        </p>`
        : nothing
    }
  `;
}
