import { css } from 'lit';

/** The look of `renderField`'s fields inside a `.fields` group, from the design tokens. */
export const formFieldStyles = css`
  .fields {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .fields .field {
    display: grid;
    gap: 0.25rem;
  }
  .fields label {
    font-weight: 600;
  }
  .fields .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .fields input {
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .fields input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;
