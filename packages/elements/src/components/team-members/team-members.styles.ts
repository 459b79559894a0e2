import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const teamMembersStyles = [
  hostStyles,
  adminPanelStyles,
  // Six columns need about 40rem; a narrower panel lists each member as a card.
  stackedTableStyles('40rem'),
  css`
    .invite {
      display: grid;
      gap: var(--gap);
      padding: var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
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
