import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampCell, gridKey, type GridCell } from './grid-keys.js';
import { rowWindow, visibleRowCount, type RowWindow } from './row-window.js';

export interface GridControllerOptions {
  rowCount: () => number;
  colCount: number;
  /** Each row's height in pixels: one fixed height, so the rows can be virtualized. */
  rowHeight: () => number;
  /** Rows kept in the DOM above and below the visible ones. */
  overscan: number;
  /** The cell the keyboard starts on. */
  initial: GridCell;
  /** Space (`select`) or Enter (`open`) on the active cell; row -1 is the header row. */
  onActivate: (action: 'select' | 'open', cell: GridCell) => void;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The living part of a data grid: which cell is active, how far the rows are scrolled, how
 * tall the visible body is, and so which window of rows is in the DOM. It follows the ARIA
 * grid keyboard model on the grid element (`#grid` in the host's shadow root), which keeps
 * focus while the active cell scrolls in and out of the DOM.
 */
export class GridController implements ReactiveController {
  active: GridCell;
  scrollTop = 0;
  bodyHeight = 0;

  readonly #host: Host;
  readonly #o: GridControllerOptions;
  #resizeObserver: ResizeObserver | undefined;

  constructor(host: Host, options: GridControllerOptions) {
    this.#host = host;
    this.#o = options;
    this.active = options.initial;
    host.addController(this);
  }

  get grid(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('#grid');
  }

  hostConnected(): void {
    this.#resizeObserver ??= new ResizeObserver(() => this.#measure());
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
  }

  hostUpdated(): void {
    const grid = this.grid;
    if (!grid) return;
    this.#resizeObserver?.observe(grid);
    this.#measure();
  }

  /** The rows the DOM holds now: the visible ones and the overscan. */
  window(): RowWindow {
    return rowWindow({
      scrollTop: this.scrollTop,
      viewportHeight: this.bodyHeight,
      rowHeight: this.#o.rowHeight(),
      rowCount: this.#o.rowCount(),
      overscan: this.#o.overscan,
    });
  }

  /** The active cell, kept inside the rows loaded now. */
  clampedActive(): GridCell {
    return clampCell(this.active, { rowCount: this.#o.rowCount(), colCount: this.#o.colCount });
  }

  /** Whether the active cell is in the DOM, so the grid may point at it. */
  activeRendered(): boolean {
    const w = this.window();
    return this.active.row < 0 || (this.active.row >= w.start && this.active.row < w.end);
  }

  setActive(cell: GridCell): void {
    this.active = cell;
    this.#host.requestUpdate();
  }

  /** Back to the first row (a new query): the header row stays active if it was. */
  toTop(): void {
    const grid = this.grid;
    if (grid) grid.scrollTop = 0;
    this.scrollTop = 0;
    this.setActive({ row: this.active.row < 0 ? -1 : 0, col: this.active.col });
  }

  focus(): void {
    this.grid?.focus({ preventScroll: true });
  }

  readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.target !== event.currentTarget) return;
    const at = this.clampedActive();
    const pageRows = Math.max(1, visibleRowCount(this.bodyHeight, this.#o.rowHeight()) - 2);
    const result = gridKey(event.key, event.ctrlKey, at, { rowCount: this.#o.rowCount(), colCount: this.#o.colCount, pageRows });
    if (!result) return;
    event.preventDefault();
    if ('activate' in result) {
      this.#o.onActivate(result.activate, at);
      return;
    }
    this.setActive(result.move);
    this.#scrollToActive();
  };

  readonly handleScroll = (): void => {
    const grid = this.grid;
    if (grid) {
      this.scrollTop = grid.scrollTop;
      this.#host.requestUpdate();
    }
  };

  /** A click on a cell makes it the active one, and keeps focus on the grid. */
  readonly handleCellClick = (event: MouseEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('[data-col]');
    if (!cell) return;
    this.setActive({ row: Number(cell.dataset.row), col: Number(cell.dataset.col) });
    // Buttons open a dialog that takes focus; everything else leaves it on the grid.
    if (!(event.target as Element).closest('button')) this.focus();
  };

  /** Reads the grid's height without its sticky header; the window follows from it. */
  #measure(): void {
    const grid = this.grid;
    if (!grid) return;
    const head = grid.querySelector<HTMLElement>('.head');
    const height = Math.max(0, grid.clientHeight - (head?.offsetHeight ?? 0));
    if (height !== this.bodyHeight) {
      this.bodyHeight = height;
      this.#host.requestUpdate();
    }
  }

  /** Scrolls the grid so the active row is in view below the sticky header. */
  #scrollToActive(): void {
    const grid = this.grid;
    const row = this.active.row;
    if (!grid || row < 0) return;
    const rowHeight = this.#o.rowHeight();
    const top = row * rowHeight;
    const height = this.bodyHeight || grid.clientHeight;
    let next = grid.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + height) next = top + rowHeight - height;
    if (next !== grid.scrollTop) grid.scrollTop = next;
    // Read back: the browser clamps; the window follows at once, not at the next scroll event.
    this.scrollTop = grid.scrollTop;
  }
}
