import { css } from 'lit';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const roleEditorStyles = [
  hostStyles,
  adminPanelStyles,
  modalDialogStyles,
  css`
    :host {
      --dialog-width: 32rem;
    }
    .roles {
      display: grid;
      gap: calc(var(--gap) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .role {
      display: grid;
      gap: 0.35rem;
      padding: calc(var(--gap) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .role h4,
    .role p {
      margin: 0;
    }
    [part~='holders'],
    [part~='grants'] {
      color: var(--_muted);
    }
    [part~='reason'] {
      color: var(--error-color);
    }
    .form {
      display: grid;
      gap: var(--gap);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .field {
      display: grid;
      gap: 0.25rem;
      max-width: 32rem;
    }
    label {
      font-weight: 600;
    }
    .optional {
      font-weight: 400;
      color: var(--_muted);
    }
    input,
    textarea {
      padding: 0.6em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      min-width: 0;
    }
    [aria-invalid='true'] {
      border-color: var(--error-color);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2);
      align-items: center;
    }
    button {
      padding: 0.5em 1.1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font: inherit;
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
    .buttons button.danger[type='submit'] {
      background: var(--_danger);
      color: var(--_danger-text);
    }
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
    #role-list:focus {
      outline: none;
    }
    #role-list:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .dialog-form {
      display: grid;
      gap: calc(var(--gap) * 0.75);
    }
    .dialog-form h3,
    .dialog-form p {
      margin: 0;
    }
  `,
];
