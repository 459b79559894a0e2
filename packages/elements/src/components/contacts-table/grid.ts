import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { ContactRow, ContactSortColumn } from '@foyer/schema';
import { styleProperties } from '../../internal/style-properties.js';
import type { ContactQuery } from './contact-pages.js';
import { columnLabel, formatDate, statusLabel } from './format.js';
import type { RowWindow } from './virtual-window.js';

/** The grid's columns, in order: selection, the six sortable facts, actions. */
export const sortColumns: readonly ContactSortColumn[] = ['name', 'email', 'company', 'status', 'invitationSent', 'termsAcceptedAt'];
export const columnCount = sortColumns.length + 2;
export const selectColumn = 0;
export const actionsColumn = columnCount - 1;

/** The column a grid column index sorts by, if it sorts. */
export function sortColumnAt(col: number): ContactSortColumn | undefined {
  return col >= 1 && col <= sortColumns.length ? sortColumns[col - 1] : undefined;
}

/** The id of a cell, for `aria-activedescendant`; row -1 is the header row. */
export function cellId(row: number, col: number): string {
  return row < 0 ? `h-${col}` : `c-${row}-${col}`;
}

export interface GridOptions {
  rows: readonly ContactRow[];
  total: number;
  /** False when more than `total` match: screen readers are then told the count is unknown. */
  totalExact: boolean;
  window: RowWindow;
  rowHeight: number;
  query: ContactQuery;
  selected: ReadonlySet<string>;
  active: { row: number; col: number };
  /** The active cell is in the DOM: only then may the grid point at it. */
  activeRendered: boolean;
  busy: boolean;
  locale: string;
  onKeyDown: (event: KeyboardEvent) => void;
  onScroll: () => void;
  onCellClick: (event: MouseEvent) => void;
  onSort: (column: ContactSortColumn) => void;
  onToggleAll: () => void;
  onToggleRow: (row: ContactRow) => void;
  onOpenActions: (row: ContactRow, event: Event) => void;
}

/**
 * The contacts as an ARIA grid. Only the rows in `window` are in the DOM, each placed at its
 * index times the fixed row height inside a body as tall as all loaded rows; `aria-rowcount`
 * tells assistive technology how many contacts the whole query has, and each row its
 * `aria-rowindex`. The grid itself holds focus and points at the active cell with
 * `aria-activedescendant`, so focus survives rows leaving the DOM as the list scrolls.
 */
export function renderGrid(o: GridOptions): TemplateResult {
  const loaded = o.rows.length;
  const allSelected = loaded > 0 && o.rows.every((r) => o.selected.has(r.id));
  const someSelected = !allSelected && o.rows.some((r) => o.selected.has(r.id));
  const activeCell = o.activeRendered ? cellId(o.active.row, o.active.col) : undefined;
  const isActive = (row: number, col: number) => o.active.row === row && o.active.col === col;
  const cellClass = (row: number, col: number, extra = '') => `cell ${extra}${isActive(row, col) ? ' active' : ''}`;
  const visible = o.rows.slice(o.window.start, o.window.end);
  return html`
    <div
      part="grid"
      class="grid"
      id="grid"
      role="grid"
      tabindex="0"
      aria-labelledby="title"
      aria-describedby="grid-help"
      aria-rowcount=${o.totalExact ? o.total + 1 : -1}
      aria-colcount=${columnCount}
      aria-multiselectable="true"
      aria-busy=${o.busy ? 'true' : 'false'}
      aria-activedescendant=${activeCell ?? nothing}
      ${styleProperties({ '--_row-height': `${o.rowHeight}px` })}
      @keydown=${o.onKeyDown}
      @scroll=${o.onScroll}
      @click=${o.onCellClick}
    >
      <div class="table">
        <div role="rowgroup" class="head">
          <div role="row" part="header-row" class="row header-row" aria-rowindex="1">
            <div role="columnheader" id=${cellId(-1, 0)} class=${cellClass(-1, 0, 'select')} data-row="-1" data-col="0" aria-colindex="1">
              <input
                part="checkbox"
                type="checkbox"
                tabindex="-1"
                aria-label=${msg('Select all loaded contacts')}
                .checked=${allSelected}
                .indeterminate=${someSelected}
                ?disabled=${loaded === 0}
                @change=${o.onToggleAll}
              />
            </div>
            ${sortColumns.map((column, i) => {
              const col = i + 1;
              const sorted = o.query.sort.column === column;
              const direction = o.query.sort.direction === 'asc' ? 'ascending' : 'descending';
              return html`<div
                role="columnheader"
                part="column-header"
                id=${cellId(-1, col)}
                class=${cellClass(-1, col, 'sortable')}
                data-row="-1"
                data-col=${col}
                aria-colindex=${col + 1}
                aria-sort=${sorted ? direction : nothing}
                @click=${() => o.onSort(column)}
              >
                <span class="label">${columnLabel(column)}</span>
                <span class="sort-mark" aria-hidden="true">${sorted ? (o.query.sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
              </div>`;
            })}
            <div role="columnheader" id=${cellId(-1, actionsColumn)} class=${cellClass(-1, actionsColumn)} data-row="-1" data-col=${actionsColumn} aria-colindex=${actionsColumn + 1}>
              <span class="visually-hidden">${msg('Actions')}</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" class="body" ${styleProperties({ height: `${loaded * o.rowHeight}px` })}>
          ${repeat(
            visible,
            (row) => row.id,
            (row, i) => renderRow(row, o.window.start + i, o, cellClass),
          )}
        </div>
      </div>
    </div>
  `;
}

function renderRow(
  row: ContactRow,
  index: number,
  o: GridOptions,
  cellClass: (row: number, col: number, extra?: string) => string,
): TemplateResult {
  const selected = o.selected.has(row.id);
  const cell = (col: number, content: TemplateResult | string, extra = '', role = 'gridcell') =>
    html`<div role=${role} part="cell" id=${cellId(index, col)} class=${cellClass(index, col, extra)} data-row=${index} data-col=${col} aria-colindex=${col + 1}>${content}</div>`;
  return html`
    <div
      role="row"
      part=${selected ? 'row row-selected' : 'row'}
      class="row"
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      data-contact-id=${row.id}
      ${styleProperties({ transform: `translateY(${index * o.rowHeight}px)` })}
    >
      ${cell(
        0,
        html`<input
          part="checkbox"
          type="checkbox"
          tabindex="-1"
          aria-label=${msg(str`Select ${row.name}`)}
          .checked=${selected}
          @change=${() => o.onToggleRow(row)}
        />`,
        'select',
      )}
      ${cell(1, html`<span class="text">${row.name}</span>`, 'name', 'rowheader')}
      ${cell(2, html`<span class="text">${row.email}</span>`, 'email')}
      ${cell(3, row.company ? html`<span class="text">${row.company}</span>` : html`<span class="muted">${msg('none')}</span>`)}
      ${cell(4, html`<span part="status" class="status" data-status=${row.status}><span class="dot" aria-hidden="true"></span>${statusLabel(row.status)}</span>`)}
      ${cell(
        5,
        row.invitationSent
          ? html`<span part="invitation" class="invitation">${msg('Sent')}</span>`
          : html`<span class="muted">${msg('Not sent')}</span>`,
      )}
      ${cell(6, row.termsAcceptedAt ? formatDate(row.termsAcceptedAt, o.locale) : html`<span class="muted">${msg('Not accepted')}</span>`)}
      ${cell(
        actionsColumn,
        html`<button
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
        'actions',
      )}
    </div>
  `;
}
