import { css } from 'lit';

/**
 * The look of `renderDataGrid`: one scrolling area as tall as the holder's `--height`, a
 * sticky header, rows placed by their index, and the ring on the active cell while the grid
 * has focus. The holder sets its columns in `--_columns` (a page may set `--columns`), the
 * narrowest the rows get in `--_row-min-width`, and the rows' backgrounds in
 * `--row-background-hover` and `--row-background-selected`.
 */
export const dataGridStyles = css`
  .grid {
    position: relative;
    height: var(--height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
  }
  .grid:focus,
  .grid:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .table {
    min-width: var(--_row-min-width);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_raised);
    border-bottom: 1px solid var(--_border);
  }
  .body {
    position: relative;
  }
  .row {
    display: grid;
    grid-template-columns: var(--columns, var(--_columns));
    align-items: stretch;
  }
  .body .row {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    height: var(--_row-height);
    box-sizing: border-box;
    border-bottom: 1px solid var(--_border);
  }
  .body .row:hover {
    background: var(--row-background-hover);
  }
  .body .row[aria-selected='true'] {
    background: var(--row-background-selected);
  }
  .cell {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    padding: 0 0.6rem;
    overflow: hidden;
    white-space: nowrap;
  }
  .header-row .cell {
    min-height: 2.5rem;
    padding-block: 0.3rem;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
    white-space: normal;
    line-height: 1.2;
  }
  .header-row .label {
    overflow-wrap: break-word;
    hyphens: auto;
    min-width: 0;
  }
  .sortable {
    cursor: pointer;
    user-select: none;
  }
  .sortable[aria-sort] {
    color: var(--_text);
  }
  .sort-mark {
    font-size: 0.8em;
    opacity: 0.7;
  }
  .text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [role='rowheader'] {
    font-weight: 600;
  }
  .grid:focus .cell.active {
    outline: 2px solid var(--_accent);
    outline-offset: -3px;
    border-radius: 3px;
  }
  .row-actions {
    min-height: 1.9rem;
    padding: 0.15rem 0.6rem;
  }
`;
