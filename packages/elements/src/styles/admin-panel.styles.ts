import { css } from 'lit';

/**
 * The look the admin panels share (the team list, the activity log): their public
 * properties, the panel, its table, status lines and buttons. Each panel adds its own form.
 */
export const adminPanelStyles = css`
    :host {
      --gap: var(--_space);
      --error-color: var(--_danger);
    }
    .base {
      display: grid;
      gap: var(--gap);
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
    .message:empty {
      display: none;
    }
    .message {
      margin: 0;
      padding: calc(var(--gap) / 2) var(--gap);
      border-radius: var(--_radius);
      background: var(--_raised);
      border-inline-start: 4px solid var(--_success);
    }
    .muted,
    [part~='loading'],
    [part~='empty'] {
      color: var(--_muted);
      margin: 0;
    }
    [part~='error'] {
      color: var(--error-color);
      margin: 0;
    }
    .error:empty {
      display: none;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    thead th {
      font-size: 0.875em;
      color: var(--_muted);
    }
`;

/**
 * The forms of the admin panels that manage a workspace's own texts and sets (its roles, its
 * terms): fields, buttons in a row, and the dialog's form. Each panel sets its buttons' size.
 */
export const adminFormStyles = css`
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
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
    .dialog-form {
      display: grid;
      gap: calc(var(--gap) * 0.75);
    }
    .dialog-form h3,
    .dialog-form p {
      margin: 0;
    }
`;
