import { css } from 'lit';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { adminFormStyles, adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const termsManagerStyles = [
  hostStyles,
  adminPanelStyles,
  adminFormStyles,
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
    .field.wide {
      max-width: none;
    }
    .hint {
      margin: 0;
      font-size: 0.875em;
      font-weight: 400;
      color: var(--_muted);
    }
    button {
      justify-self: start;
      padding: 0.6em 1.2em;
    }
    .buttons button.danger {
      background: var(--_danger);
      color: var(--_danger-text);
      border-color: transparent;
    }
  `,
];
