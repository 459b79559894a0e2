import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { enrolmentStyles } from '../../internal/second-factor/enrolment.styles.js';

export const accountSecurityStyles = [
  hostStyles,
  adminPanelStyles,
  modalDialogStyles,
  css`
    .base {
      max-width: 48rem;
    }
    .section {
      display: grid;
      gap: calc(var(--gap) * 0.75);
      padding-block-start: var(--gap);
      border-block-start: 1px solid var(--_border);
    }
    .section p {
      margin: 0;
    }
    form,
    .dialog-form {
      display: grid;
      gap: calc(var(--gap) * 0.75);
      max-width: 28rem;
    }
    .enrolment {
      max-width: 36rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    .hint {
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
      background: var(--_danger);
      color: var(--_danger-text);
      border-color: transparent;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .sessions {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .session {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem var(--gap);
      padding: 0.75rem var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .session-text {
      display: grid;
      gap: 0.25rem;
      min-inline-size: 0;
    }
    .device {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .badge {
      padding: 0.1em 0.6em;
      border-radius: 999px;
      background: var(--_raised);
      border: 1px solid var(--_success);
      font-size: 0.8em;
      font-weight: 600;
    }
    .muted {
      overflow-wrap: anywhere;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.5rem;
    }
  `,
  enrolmentStyles,
];
