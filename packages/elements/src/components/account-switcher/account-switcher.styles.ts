import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';

export const accountSwitcherStyles = [
  hostStyles,
  css`
    :host {
      --gap: var(--_space);
      --option-radius: var(--_radius);
      --option-active-background: var(--_raised);
      --option-current-color: var(--_accent);
      --unusable-color: var(--_danger);
    }
    .base {
      display: grid;
      gap: calc(var(--gap) / 2);
    }
    .label {
      margin: 0;
      font-weight: 700;
    }
    .listbox {
      display: grid;
      gap: var(--gap);
      border-radius: var(--option-radius);
    }
    .group {
      display: grid;
      gap: 0.25rem;
    }
    .group-label {
      font-size: 0.85em;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
    }
    .option {
      display: grid;
      gap: 0.125rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid transparent;
      border-inline-start: 4px solid transparent;
      border-radius: var(--option-radius);
      cursor: pointer;
    }
    .option.current {
      border-inline-start-color: var(--option-current-color);
      font-weight: 600;
    }
    .option.active {
      background: var(--option-active-background);
      border-color: var(--_border);
    }
    .listbox:focus-visible .option.active {
      box-shadow: var(--_focus);
    }
    .listbox:focus-visible {
      box-shadow: none;
    }
    .option[aria-disabled='true'] {
      cursor: not-allowed;
    }
    .option[aria-disabled='true'] .name {
      color: var(--_muted);
    }
    .detail {
      font-size: 0.875em;
      font-weight: 400;
      color: var(--_muted);
    }
    .detail.unusable {
      color: var(--unusable-color);
    }
    [part~='error'] {
      color: var(--unusable-color);
      margin: 0;
    }
    [part~='status'] {
      color: var(--_muted);
      margin: 0;
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
