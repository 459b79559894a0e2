import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const masterUsersStyles = [
  hostStyles,
  adminPanelStyles,
  // Nine columns need about 60rem; a narrower panel lists each user as a card.
  stackedTableStyles('60rem'),
  css`
    :host {
      --dialog-width: 44rem;
      --key-note-color: var(--_danger);
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      align-items: center;
    }
    code {
      font-size: 0.95em;
    }
    .line {
      display: block;
    }
    button {
      padding: 0.4em 0.9em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    button.primary {
      background: var(--_accent);
      border-color: transparent;
      color: var(--_accent-text);
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
    dialog {
      overflow-y: auto;
    }
    .dialog-form {
      display: grid;
      gap: calc(var(--gap) * 0.75);
    }
    .dialog-form p {
      margin: 0;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .names {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: calc(var(--gap) * 0.75);
    }
    label {
      font-weight: 600;
    }
    .optional,
    .hint,
    label .muted {
      font-weight: 400;
      color: var(--_muted);
    }
    .hint {
      font-size: 0.875em;
    }
    input:not([type='checkbox']) {
      padding: 0.45rem 0.6rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      min-width: 0;
    }
    input[aria-invalid='true'] {
      border-color: var(--error-color);
    }
    .check {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.15rem 0.5rem;
      align-items: center;
    }
    .check .hint {
      grid-column: 2;
    }
    .account-choice {
      display: grid;
      gap: 0.35rem;
      margin: 0;
      padding: calc(var(--gap) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .account-choice legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .account-option label {
      font-weight: 400;
    }
    .key {
      display: grid;
      grid-template-columns: 1fr auto;
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
