import { css } from 'lit';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { adminFormStyles, adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const roleEditorStyles = [
  hostStyles,
  adminPanelStyles,
  adminFormStyles,
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
    button {
      padding: 0.5em 1.1em;
    }
    button.danger {
      color: var(--_danger);
      border-color: var(--_danger);
    }
    .buttons button.danger[type='submit'] {
      background: var(--_danger);
      color: var(--_danger-text);
    }
    #role-list:focus {
      outline: none;
    }
    #role-list:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
  `,
];
