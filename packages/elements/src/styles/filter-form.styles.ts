import { css } from 'lit';

/**
 * The form above an admin panel's results that chooses what they show (the activity log's
 * filters, the sales dashboard's period): its fields share a row and wrap, and in a narrow
 * panel each takes the whole width. The form carries the class `filters`, each field `field`.
 */
export const filterFormStyles = css`
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
    flex: 1 1 11rem;
    min-width: 0;
  }
  .field select,
  .field input {
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  label {
    font-weight: 600;
  }
  .filters select,
  .filters input {
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
`;
