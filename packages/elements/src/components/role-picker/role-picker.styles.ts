import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';

export const rolePickerStyles = [
  hostStyles,
  css`
    :host {
      --gap: var(--_space);
      --option-background: var(--_surface);
      --option-selected-background: var(--_raised);
      --option-border-color: var(--_border);
      --option-selected-border-color: var(--_accent);
      --option-radius: var(--_radius);
      --reason-color: var(--_danger);
      --summary-background: var(--_raised);
    }

    .base {
      display: grid;
      gap: var(--gap);
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: calc(var(--gap) / 2);
      font-weight: 700;
      font-size: 1.05em;
    }

    .options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: calc(var(--gap) / 2);
    }
    .subheading {
      margin: var(--gap) 0 calc(var(--gap) / 2);
      font-weight: 600;
    }
    .roles > .option {
      margin-top: calc(var(--gap) / 2);
    }

    .option,
    .permission {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.5rem;
      align-items: baseline;
      align-content: start;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--option-border-color);
      border-radius: var(--option-radius);
      background: var(--option-background);
    }
    .option.selected {
      border-color: var(--option-selected-border-color);
      background: var(--option-selected-background);
    }
    .option > :not(input),
    .permission > :not(input) {
      grid-column: 2;
    }
    label {
      font-weight: 600;
      cursor: pointer;
    }
    input:disabled + label {
      cursor: not-allowed;
    }

    .description,
    .included,
    .reason,
    .hint {
      margin: 0.125rem 0 0;
      font-size: 0.9em;
    }
    .description,
    .hint,
    .muted {
      color: var(--_muted);
    }
    .included {
      font-style: italic;
    }
    .reason,
    [part~='error'] {
      color: var(--reason-color);
    }

    .permissions {
      display: grid;
      gap: var(--gap);
    }
    .group {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: calc(var(--gap) / 2);
    }
    .group > legend {
      grid-column: 1 / -1;
    }

    .summary {
      padding: var(--gap);
      border-radius: var(--option-radius);
      background: var(--summary-background);
    }
    .summary h3,
    .summary h4 {
      margin: 0 0 0.25rem;
      line-height: 1.25;
    }
    .summary h3 {
      font-size: 1.15em;
    }
    .summary h4 {
      margin-top: calc(var(--gap) / 2);
      font-size: 1em;
    }
    .summary p {
      margin: 0 0 0.25rem;
    }
    .summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .summary-columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: var(--gap);
    }

    button {
      justify-self: start;
      padding: 0.5em 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
  `,
];
