import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';

/**
 * The field sits inside other elements' forms (and a page's own), so its public properties are
 * read with fallbacks instead of being set on :host: a `--input-radius` set on the form around
 * it reaches the field too.
 */
export const passwordFieldStyles = [
  hostStyles,
  css`
    .base {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--gap, var(--_space)) / 4);
    }
    label {
      font-weight: 600;
    }
    .control {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap, var(--_space)) / 2);
      margin-bottom: calc(var(--gap, var(--_space)) / 4);
    }
    input {
      flex: 1 1 12rem;
      min-width: 0;
      padding: 0.6em 0.75em;
      border: 1px solid var(--input-border-color, var(--_border));
      border-radius: var(--input-radius, var(--_radius));
      background: var(--_surface);
      color: var(--_text);
    }
    input[aria-invalid='true'] {
      border-color: var(--error-color, var(--_danger));
    }
    input:disabled,
    button:disabled {
      opacity: 0.6;
    }
    .toggle {
      flex: none;
      padding: 0.6em 0.9em;
      border: 1px solid var(--input-border-color, var(--_border));
      border-radius: var(--input-radius, var(--_radius));
      background: transparent;
      color: var(--toggle-color, var(--_accent));
      font-weight: 600;
      cursor: pointer;
    }
    .rules-label {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .rules {
      display: grid;
      gap: 0.25em;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }
    .rules li {
      display: flex;
      gap: 0.5em;
      align-items: baseline;
      color: var(--rule-unmet-color, var(--_muted));
    }
    .rules li.met {
      color: var(--rule-met-color, var(--_success));
    }
    .mark {
      flex: none;
      inline-size: 1em;
      font-weight: 700;
      text-align: center;
    }
    .error {
      margin: 0;
      color: var(--error-color, var(--_danger));
    }
  `,
];
