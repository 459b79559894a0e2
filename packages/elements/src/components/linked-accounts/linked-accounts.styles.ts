import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const linkedAccountsStyles = [
  hostStyles,
  adminPanelStyles,
  // Four columns need about 34rem; a narrower panel lists each account as a card.
  stackedTableStyles('34rem'),
  modalDialogStyles,
  css`
    :host {
      --dialog-width: 30rem;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--gap) / 2);
    }
    h3:focus {
      outline: none;
    }
    .add {
      display: grid;
      gap: var(--gap);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-width: 32rem;
    }
    .add p {
      margin: 0;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    input {
      padding: 0.6em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    input[aria-invalid='true'] {
      border-color: var(--error-color);
    }
    button {
      padding: 0.45em 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    button.primary {
      background: var(--_accent);
      color: var(--_accent-text);
      border-color: transparent;
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
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
    .buttons,
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2);
      align-items: center;
    }
    dialog h3 {
      margin-bottom: calc(var(--gap) / 2);
    }
    dialog p {
      margin: 0 0 var(--gap);
    }
    td,
    th[scope='row'] {
      overflow-wrap: anywhere;
    }
  `,
];
