import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ListedTransaction } from '@foyer/schema';
import { renderDataGrid, type GridColumn } from '../../internal/data-grid/data-grid.js';
import type { GridController } from '../../internal/data-grid/grid-controller.js';
import type { KeysetPages } from '../../internal/data-grid/keyset-pages.js';
import { isFiltered, type TransactionQuery } from './transaction-query.js';
import { formatNumber, formatUtc, kindLabel, signedAmount, transactionCount } from './transaction-format.js';

/** The columns: when, the receipt (the row's name), account, kind, product, customer, amount, and the button that opens the details. */
export const columnCount = 8;
export const detailsColumn = columnCount - 1;

/** Newest first is the search's one order: no column sorts. */
const unsorted = { column: 'none', direction: 'desc' } as const;

export interface TransactionsBodyOptions {
  pages: KeysetPages<ListedTransaction, TransactionQuery>;
  grid: GridController;
  rowHeight: number;
  locale: string;
  refusal: string;
  moreRefusal: string;
  onRetry: () => void;
  onOpen: (row: ListedTransaction, event: Event) => void;
}

const text = (value: string) => html`<span class="text">${value}</span>`;

function columns(o: TransactionsBodyOptions): GridColumn<ListedTransaction, 'none'>[] {
  return [
    { header: () => msg('Date'), cell: (row) => text(formatUtc(row.occurredAt, o.locale)) },
    { className: 'receipt', rowHeader: true, header: () => msg('Receipt'), cell: (row) => text(row.receiptNumber) },
    { header: () => msg('Account'), cell: (row) => text(row.account.name) },
    { header: () => msg('Kind'), cell: (row) => html`<span part="kind" class="kind" data-kind=${row.kind}>${kindLabel(row.kind)}</span>` },
    { header: () => msg('Product'), cell: (row) => text(row.product.name) },
    {
      className: 'customer',
      header: () => msg('Customer'),
      cell: (row) => html`<span class="text">${row.customer.name} <span class="muted">${row.customer.email}</span></span>`,
    },
    { className: 'amount', header: () => msg('Amount'), cell: (row) => text(signedAmount(row, o.locale)) },
    {
      className: 'actions',
      header: () => html`<span class="visually-hidden">${msg('Actions')}</span>`,
      cell: (row) => html`<button
        part="button row-actions"
        class="row-actions"
        type="button"
        tabindex="-1"
        aria-haspopup="dialog"
        aria-label=${msg(str`Details of ${kindLabel(row.kind)} ${row.receiptNumber}`)}
        @click=${(event: Event) => o.onOpen(row, event)}
      >
        ${msg('Details')}
      </button>`,
    },
  ];
}

/** The transactions in each of the list's states: a refusal, loading, empty, or the count and the grid. */
export function renderTransactionsBody(o: TransactionsBodyOptions): TemplateResult {
  const { pages, grid, locale } = o;
  if (o.refusal) {
    return html`
      <p part="error" role="alert">${o.refusal}</p>
      <button part="button" type="button" @click=${o.onRetry}>${msg('Try again')}</button>
    `;
  }
  if (!pages.loadedQuery) return html`<p part="loading" role="status">${msg('Loading transactions…')}</p>`;
  if (pages.total === 0 && pages.rows.length === 0 && !pages.loadingFirst) {
    return html`<p part="empty" class="empty">
      ${isFiltered(pages.loadedQuery) ? msg('No transactions match this search.') : msg('No transactions yet. A sale appears here as soon as the shop records it.')}
    </p>`;
  }
  return html`
    <p part="count" class="count">
      ${pages.loadingFirst ? msg('Updating…') : msg(str`${transactionCount(pages.total, pages.totalExact, locale)}, ${formatNumber(pages.rows.length, locale)} loaded`)}
    </p>
    <p class="visually-hidden" id="grid-help">${msg('Arrow keys move between cells. Enter opens a transaction’s details. Newest first.')}</p>
    ${renderDataGrid({
      labelledBy: 'title',
      describedBy: 'grid-help',
      columns: columns(o),
      rows: pages.rows,
      total: pages.total,
      totalExact: pages.totalExact,
      window: grid.window(),
      rowHeight: o.rowHeight,
      sort: unsorted,
      selected: new Set(),
      active: grid.clampedActive(),
      activeRendered: grid.activeRendered(),
      busy: pages.loadingFirst || pages.loadingMore,
      onKeyDown: grid.handleKeyDown,
      onScroll: grid.handleScroll,
      onCellClick: grid.handleCellClick,
      onSort: () => {},
    })}
    ${pages.loadingMore ? html`<p part="loading" class="more">${msg('Loading more transactions…')}</p>` : nothing}
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
