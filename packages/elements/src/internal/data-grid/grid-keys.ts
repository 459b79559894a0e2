/** A cell of a grid: row -1 is the header row. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridBounds {
  /** Rows loaded (the header row is not counted). */
  rowCount: number;
  colCount: number;
  /** Rows one Page Up or Page Down moves by. */
  pageRows: number;
}

/** What a key does in the grid: move to a cell, act on the active cell, or nothing. */
export type GridKeyResult = { move: GridCell } | { activate: 'select' | 'open' } | null;

/**
 * The ARIA grid keyboard model: arrows move one cell, Home and End to the row's first and
 * last cell (with Ctrl to the first and last row), Page Up and Page Down by a page; Space
 * acts as selecting, Enter as opening (or sorting, on a header). Up from the first row goes to
 * the header row.
 */
export function gridKey(key: string, ctrlKey: boolean, at: GridCell, b: GridBounds): GridKeyResult {
  const { row, col } = at;
  const last = b.rowCount - 1;
  switch (key) {
    case 'ArrowDown':
      return { move: { row: Math.min(last, row + 1), col } };
    case 'ArrowUp':
      return { move: { row: Math.max(-1, row - 1), col } };
    case 'ArrowRight':
      return { move: { row, col: Math.min(b.colCount - 1, col + 1) } };
    case 'ArrowLeft':
      return { move: { row, col: Math.max(0, col - 1) } };
    case 'Home':
      return { move: ctrlKey ? { row: b.rowCount > 0 ? 0 : -1, col } : { row, col: 0 } };
    case 'End':
      return { move: ctrlKey ? { row: last, col } : { row, col: b.colCount - 1 } };
    case 'PageDown':
      return { move: { row: Math.min(last, Math.max(0, row) + b.pageRows), col } };
    case 'PageUp':
      return { move: { row: Math.max(0, row - b.pageRows), col } };
    case ' ':
      return { activate: 'select' };
    case 'Enter':
      return { activate: 'open' };
    default:
      return null;
  }
}

/** Keeps a cell inside the grid after rows went away. */
export function clampCell(at: GridCell, b: Pick<GridBounds, 'rowCount' | 'colCount'>): GridCell {
  return { row: Math.min(at.row, b.rowCount - 1), col: Math.min(Math.max(0, at.col), b.colCount - 1) };
}

/** The id of a cell, for `aria-activedescendant`; row -1 is the header row. */
export function cellId(row: number, col: number): string {
  return row < 0 ? `h-${col}` : `c-${row}-${col}`;
}
