/**
 * Which rows of a long list a scrolled viewport needs in the DOM: the rows it shows, plus a
 * few on each side (the overscan) so a short scroll never shows a blank strip. Rows have one
 * fixed height, so the window follows from the scroll position alone, without measuring rows.
 */
export interface RowWindow {
  /** Index of the first row to render. */
  start: number;
  /** Index after the last row to render. */
  end: number;
}

export interface WindowInput {
  /** How far the rows are scrolled, in pixels from the first row's top. */
  scrollTop: number;
  /** The height the rows have on screen, in pixels (the viewport without its sticky header). */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Rows kept on each side of the visible ones. */
  overscan: number;
}

/** The number of rows a viewport of this height can show at once, a partly shown row included. */
export function visibleRowCount(viewportHeight: number, rowHeight: number): number {
  if (rowHeight <= 0) return 0;
  return Math.max(1, Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1);
}

export function rowWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan }: WindowInput): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.min(rowCount - 1, Math.max(0, Math.floor(scrollTop / rowHeight)));
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + visibleRowCount(viewportHeight, rowHeight) + overscan);
  return { start, end };
}
