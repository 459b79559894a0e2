import { css } from 'lit';
import { formFieldStyles } from '../../internal/form-field.styles.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const teamMembersStyles = [
  hostStyles,
  adminPanelStyles,
  // Seven columns need about 48rem; a narrower panel lists each member as a card.
  stackedTableStyles('48rem'),
  formFieldStyles,
  modalDialogStyles,
  css`
    :host {
      --dialog-width: 40rem;
      --key-note-color: var(--_danger);
    }
    .invite,
    .panel {
      display: grid;
      gap: var(--gap);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .panel > p {
      margin: 0;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      max-width: 24rem;
    }
    label {
      font-weight: 600;
    }
    input {
      padding: 0.6em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      min-width: 0;
    }
    input[aria-invalid='true'] {
      border-color: var(--error-color);
    }
    button {
      justify-self: start;
      padding: 0.6em 1.2em;
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
      color: var(--_danger);
      border-color: var(--_danger);
    }
    .buttons button.danger {
      background: var(--_danger);
      color: var(--_danger-text);
    }
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
    .line {
      display: block;
    }
    .warning {
      color: var(--error-color);
    }
    .row-actions button {
      padding: 0.35em 0.8em;
    }
    .action-list {
      display: grid;
      gap: 0.35rem;
      margin: 0.4rem 0 0;
      padding: 0;
      list-style: none;
    }
    .action-list[hidden] {
      display: none;
    }
    dialog {
      overflow-y: auto;
    }
    .dialog-form {
      display: grid;
      gap: calc(var(--gap) * 0.75);
    }
    .dialog-form h3,
    .dialog-form p {
      margin: 0;
    }
    .dialog-form .field {
      max-width: none;
    }
    .names {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: calc(var(--gap) * 0.75);
    }
    .optional,
    .hint {
      font-weight: 400;
      color: var(--_muted);
    }
    .hint {
      font-size: 0.875em;
    }
    .field-error {
      color: var(--error-color);
    }
    .key {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.35rem 0.5rem;
      align-items: center;
    }
    .key label {
      grid-column: 1 / -1;
    }
    .key input {
      font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    }
    .key-note {
      color: var(--key-note-color);
      font-weight: 600;
    }
    .announcement:empty {
      display: none;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2);
      align-items: center;
    }
  `,
];
