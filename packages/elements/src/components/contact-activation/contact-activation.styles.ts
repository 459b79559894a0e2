import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { formHostProperties, formStyles } from '../../internal/form.styles.js';

export const contactActivationStyles = [
  hostStyles,
  formHostProperties,
  css`
    :host {
      --terms-max-height: 16rem;
      --form-max-width: 32rem;
    }
    h2 {
      margin: 0 0 calc(var(--gap) / 2);
      font-size: 1.375em;
      line-height: 1.25;
    }
    h2:focus {
      outline: none;
    }
    p {
      margin: 0 0 calc(var(--gap) / 2);
    }
    .terms {
      display: grid;
      gap: calc(var(--gap) / 2);
      max-width: var(--form-max-width);
    }
    .terms h3 {
      margin: 0;
      font-size: 1em;
    }
    .terms-text {
      max-height: var(--terms-max-height);
      overflow: auto;
      padding: calc(var(--gap) / 2) var(--gap);
      border: 1px solid var(--input-border-color);
      border-radius: var(--input-radius);
      background: var(--_raised);
      white-space: pre-line;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      font-weight: 600;
    }
    .check input {
      margin-top: 0.25rem;
    }
    input[readonly] {
      background: var(--_raised);
    }
  `,
  formStyles,
];
