import { css } from 'lit';

/** The public properties of the form elements, with defaults pointing at the design tokens. */
export const formHostProperties = css`
  :host {
    --gap: var(--_space);
    --form-max-width: 24rem;
    --input-border-color: var(--_border);
    --input-radius: var(--_radius);
    --button-background: var(--_accent);
    --button-color: var(--_accent-text);
    --button-radius: var(--_radius);
    --error-color: var(--_danger);
  }
`;

/**
 * The look of the small forms (code, sign-in, gallery password), read from the public
 * properties above (`--gap`, `--button-background` …), which a page may set on each element.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--gap);
    max-width: var(--form-max-width);
  }
  .field {
    display: grid;
    gap: calc(var(--gap) / 4);
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  input {
    padding: 0.6em 0.75em;
    border: 1px solid var(--input-border-color);
    border-radius: var(--input-radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[aria-invalid='true'] {
    border-color: var(--error-color);
  }
  button {
    justify-self: start;
    padding: 0.6em 1.2em;
    border: 1px solid transparent;
    border-radius: var(--button-radius);
    background: var(--button-background);
    color: var(--button-color);
    font-weight: 600;
    cursor: pointer;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
    border-color: var(--_border);
  }
  .error {
    color: var(--error-color);
    margin: 0;
  }
`;
