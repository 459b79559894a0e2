import { css } from 'lit';

/**
 * The look a master account's lists share (tickets, transactions): the heading row, the live
 * message, the filter toolbar, the bulk bar, buttons and links that look like buttons, and the
 * content of their dialog (the box itself is the modal dialog's).
 */
export const listPanelStyles = css`
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1em;
  }
  h3:focus,
  h4:focus {
    outline: none;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }
  .message:empty {
    display: none;
  }
  .message {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
    border-inline-start: 4px solid var(--_success);
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875em;
  }
  [part~='error'] {
    color: var(--_danger);
    margin: 0;
  }
  [part~='empty'],
  [part~='loading'],
  .count {
    color: var(--_muted);
    margin: 0;
  }
  button,
  a.button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25rem;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-decoration: none;
    line-height: 1.2;
  }
  button:hover,
  a.button:hover {
    background: var(--_raised);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_danger-text);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .field {
    display: grid;
    gap: 0.2rem;
    min-width: 0;
  }
  .field label,
  legend {
    font-weight: 600;
    font-size: 0.9em;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    max-width: 100%;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[type='checkbox'],
  input[type='radio'] {
    padding: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.3rem 0.6rem 0.4rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .selected-count {
    font-weight: 600;
  }
  .dialog-form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .dialog-form p {
    margin: 0;
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
`;
