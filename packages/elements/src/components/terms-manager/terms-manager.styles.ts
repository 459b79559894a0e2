import { css } from 'lit';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const termsManagerStyles = [
  hostStyles,
  adminPanelStyles,
  modalDialogStyles,
  css`
    :host {
      --dialog-width: 32rem;
      --text-max-height: 20rem;
    }
    .current,
    .form {
      display: grid;
      gap: calc(var(--gap) * 0.75);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .current p {
      margin: 0;
    }
    [part~='published'] {
      color: var(--_muted);
    }
    [part~='acceptance'] {
      font-weight: 600;
    }
    .text {
      max-height: var(--text-max-height);
      overflow: auto;
      padding: calc(var(--gap) * 0.75);
      border-radius: var(--_radius);
      background: var(--_raised);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    #current-title:focus {
      outline: none;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.35rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      max-width: 32rem;
    }
    .field.wide {
      max-width: none;
    }
    label {
      font-weight: 600;
    }
    .optional,
    .hint {
      font-weight: 400;
      color: var(--_muted);
    }
    .hint {
      margin: 0;
      font-size: 0.875em;
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
    button {
      justify-self: start;
      padding: 0.6em 1.2em;
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
    .buttons button.danger {
      background: var(--_danger);
      color: var(--_danger-text);
      border-color: transparent;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2);
      align-items: center;
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
