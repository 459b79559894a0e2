import { css } from 'lit';

export default css`
  :host {
    --height: 28rem;
    --row-background-selected: color-mix(in srgb, var(--_accent) 10%, transparent);
    --row-background-hover: var(--_raised);
    --status-active-color: var(--_success);
    --status-not-active-color: var(--_accent);
    --status-unregistered-color: var(--_muted);
    --status-deactivated-color: var(--_danger);
    --dialog-width: 36rem;
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.15em;
  }
  h3:focus {
    outline: none;
  }

  .base {
    container: contacts / inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  .message:empty {
    display: none;
  }
  .message {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
    border-inline-start: 4px solid var(--_success);
  }

  .hint,
  .muted {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875em;
  }
  [part~='error'] {
    color: var(--_danger);
    margin: 0;
  }
  [part~='empty'],
  [part~='loading'],
  .count {
    color: var(--_muted);
    margin: 0;
  }

  button,
  a.button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25rem;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-decoration: none;
    line-height: 1.2;
  }
  button:hover,
  a.button:hover {
    background: var(--_raised);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_danger-text);
  }
  button.danger-outline {
    color: var(--_danger);
    border-color: var(--_danger);
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  .field label,
  legend {
    font-weight: 600;
    font-size: 0.9em;
  }
  input[type='search'],
  select {
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[type='search'] {
    min-width: 16rem;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.3rem 0.6rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }

  .bulk-bar,
  .backup {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .backup p {
    margin: 0;
  }
  .selected-count {
    font-weight: 600;
  }
  progress {
    width: 12rem;
  }

  /* The grid: one scrolling area, a sticky header, rows placed by index. */
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
  /*
   * The columns, unless the page sets --columns: where there is room, status, invitation,
   * terms and actions are as wide as their longest words in every language; in a narrower
   * table they are narrower and their words wrap onto a second line.
   */
  .grid {
    --_columns: 2.5rem minmax(9rem, 1fr) minmax(11rem, 2fr) minmax(7rem, 1.1fr) 10.5rem 9rem 13rem 8.25rem;
    --_row-min-width: 70rem;
  }
  /* Where contacts accept no terms, the terms' column is left out. */
  .without-terms .grid {
    --_columns: 2.5rem minmax(9rem, 1fr) minmax(11rem, 2fr) minmax(7rem, 1.1fr) 10.5rem 9rem 8.25rem;
    --_row-min-width: 57rem;
  }
  @container contacts (max-width: 72rem) {
    .grid {
      --_columns: 2.5rem minmax(8rem, 1fr) minmax(10rem, 1.8fr) minmax(6rem, 1fr) 7.5rem 6.5rem 8rem 8.25rem;
      --_row-min-width: 57rem;
    }
    .without-terms .grid {
      --_columns: 2.5rem minmax(8rem, 1fr) minmax(10rem, 1.8fr) minmax(6rem, 1fr) 7.5rem 6.5rem 8.25rem;
      --_row-min-width: 49rem;
    }
    .body .cell:not(.name, .email) {
      white-space: normal;
      line-height: 1.15;
      overflow-wrap: anywhere;
    }
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
    /* A header's words wrap rather than being cut off. */
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
  /* The active cell: the grid holds focus and draws the ring on the cell it points at. */
  .grid:focus .cell.active {
    outline: 2px solid var(--_accent);
    outline-offset: -3px;
    border-radius: 3px;
  }
  .row-actions {
    min-height: 1.9rem;
    padding: 0.15rem 0.6rem;
  }

  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .status .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--status-unregistered-color);
  }
  .status[data-status='not-active'] .dot {
    background: transparent;
    border: 2px solid var(--status-not-active-color);
    box-sizing: border-box;
  }
  .status[data-status='active'] .dot {
    background: var(--status-active-color);
  }
  .status[data-status='deactivated'] .dot {
    border-radius: 0;
    background: var(--status-deactivated-color);
  }

  /* Dialog content (the box itself is the modal dialog's) */
  .dialog-form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .dialog-form p {
    margin: 0;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .action-list,
  .results,
  .blocking-jobs {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.4rem;
  }
  .blocking-jobs {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .results li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25rem var(--_space);
    padding: 0.3rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .result-name {
    font-weight: 600;
  }
  .refused {
    color: var(--_danger);
  }

  /* A hosting account's choices in the add and edit form */
  .choices {
    display: grid;
    gap: 0.3rem;
    margin: 0;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choices .choices {
    border-style: dashed;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .check input {
    accent-color: var(--_accent);
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
`;
