import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';

export const activityLogStyles = [
  hostStyles,
  css`
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
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--gap);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .period-error {
      flex-basis: 100%;
    }
    .status:empty {
      display: none;
    }
    .status {
      margin: 0;
      color: var(--_muted);
    }
    .who {
      display: grid;
      font-weight: normal;
    }
    .who .name {
      font-weight: 600;
    }
    code {
      font-size: 0.875em;
    }
    label {
      font-weight: 600;
    }
    select,
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
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
  `,
];
