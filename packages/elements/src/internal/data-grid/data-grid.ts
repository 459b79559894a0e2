import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../style-properties.js';
import { cellId, type GridCell } from './grid-keys.js';
import type { GridSort } from './keyset-pages.js';
import type { RowWindow } from './row-window.js';

/** One column of a data grid: its header, and what each row shows in it. */
export interface GridColumn<Row, Sort extends string> {
  /** The header's content; a sortable column's words, which the sort mark follows. */
  header: () => TemplateResult | string;
  /** The sort the header asks for; a column without one does not sort. */
  sort?: Sort;
  cell: (row: Row, index: number) => TemplateResult | string;
  /** The column that names the row (its cells are row headers). */
  rowHeader?: boolean;
  /** A class on the header and every cell of the column, for the element's styles. */
  className?: string;
}

export interface DataGridOptions<Row extends { id: string }, Sort extends string> {
  /** The id of the heading that names the grid, and of the sentence that explains its keys. */
  labelledBy: string;
  describedBy: string;
  columns: readonly GridColumn<Row, Sort>[];
  rows: readonly Row[];
  total: number;
  /** False when more than `total` match: screen readers are then told the count is unknown. */
  totalExact: boolean;
  window: RowWindow;
  rowHeight: number;
  sort: GridSort<Sort>;
  selected: ReadonlySet<string>;
  active: GridCell;
  /** The active cell is in the DOM: only then may the grid point at it. */
  activeRendered: boolean;
  busy: boolean;
  onKeyDown: (event: KeyboardEvent) => void;
  onScroll: () => void;
  onCellClick: (event: MouseEvent) => void;
  onSort: (sort: Sort) => void;
}

/**
 * Rows as an ARIA grid. Only the rows in `window` are in the DOM, each placed at its index
 * times the fixed row height inside a body as tall as all loaded rows; `aria-rowcount` tells
 * assistive technology how many rows the whole query has, and each row its `aria-rowindex`.
 * The grid itself holds focus and points at the active cell with `aria-activedescendant`, so
 * focus survives rows leaving the DOM as the list scrolls.
 */
export function renderDataGrid<Row extends { id: string }, Sort extends string>(o: DataGridOptions<Row, Sort>): TemplateResult {
  const activeCell = o.activeRendered ? cellId(o.active.row, o.active.col) : undefined;
  const classes = (row: number, col: number, extra = '') => `cell${extra ? ` ${extra}` : ''}${o.active.row === row && o.active.col === col ? ' active' : ''}`;
  const visible = o.rows.slice(o.window.start, o.window.end);
  return html`
    <div
      part="grid"
      class="grid"
      id="grid"
      role="grid"
      tabindex="0"
      aria-labelledby=${o.labelledBy}
      aria-describedby=${o.describedBy}
      aria-rowcount=${o.totalExact ? o.total + 1 : -1}
      aria-colcount=${o.columns.length}
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
            ${o.columns.map((column, col) => renderHeader(column, col, o, classes))}
          </div>
        </div>
        <div role="rowgroup" class="body" ${styleProperties({ height: `${o.rows.length * o.rowHeight}px` })}>
          ${repeat(
            visible,
            (row) => row.id,
            (row, i) => renderRow(row, o.window.start + i, o, classes),
          )}
        </div>
      </div>
    </div>
  `;
}

function renderHeader<Row extends { id: string }, Sort extends string>(
  column: GridColumn<Row, Sort>,
  col: number,
  o: DataGridOptions<Row, Sort>,
  classes: (row: number, col: number, extra?: string) => string,
): TemplateResult {
  const sort = column.sort;
  if (sort === undefined) {
    return html`<div role="columnheader" id=${cellId(-1, col)} class=${classes(-1, col, column.className)} data-row="-1" data-col=${col} aria-colindex=${col + 1}>
      ${column.header()}
    </div>`;
  }
  const sorted = o.sort.column === sort;
  const ascending = o.sort.direction === 'asc';
  return html`<div
    role="columnheader"
    part="column-header"
    id=${cellId(-1, col)}
    class=${classes(-1, col, `sortable${column.className ? ` ${column.className}` : ''}`)}
    data-row="-1"
    data-col=${col}
    aria-colindex=${col + 1}
    aria-sort=${sorted ? (ascending ? 'ascending' : 'descending') : nothing}
    @click=${() => o.onSort(sort)}
  >
    <span class="label">${column.header()}</span>
    <span class="sort-mark" aria-hidden="true">${sorted ? (ascending ? '▲' : '▼') : '↕'}</span>
  </div>`;
}

function renderRow<Row extends { id: string }, Sort extends string>(
  row: Row,
  index: number,
  o: DataGridOptions<Row, Sort>,
  classes: (row: number, col: number, extra?: string) => string,
): TemplateResult {
  const selected = o.selected.has(row.id);
  return html`
    <div
      role="row"
      part=${selected ? 'row row-selected' : 'row'}
      class="row"
      aria-rowindex=${index + 2}
      aria-selected=${selected ? 'true' : 'false'}
      data-row-id=${row.id}
      ${styleProperties({ transform: `translateY(${index * o.rowHeight}px)` })}
    >
      ${o.columns.map(
        (column, col) =>
          html`<div
            role=${column.rowHeader ? 'rowheader' : 'gridcell'}
            part="cell"
            id=${cellId(index, col)}
            class=${classes(index, col, column.className)}
            data-row=${index}
            data-col=${col}
            aria-colindex=${col + 1}
          >
            ${column.cell(row, index)}
          </div>`,
      )}
    </div>
  `;
}
