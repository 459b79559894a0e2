import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const activityLogStyles = [
  hostStyles,
  adminPanelStyles,
  // Four columns need about 36rem; a narrower panel lists each entry as a card.
  stackedTableStyles('36rem'),
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--gap);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* The filters share the row and wrap; in a narrow panel each takes the whole width. */
    .field {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 11rem;
      min-width: 0;
    }
    .field select,
    .field input {
      width: 100%;
      min-width: 0;
      box-sizing: border-box;
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
