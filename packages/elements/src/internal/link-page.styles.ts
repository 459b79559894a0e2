import { css } from 'lit';
import { hostStyles } from '../styles/shared.styles.js';
import { formHostProperties, formStyles } from './form.styles.js';

/**
 * The look of the pages a person reaches from a mailed link, or that lead to one (opening a
 * master account, confirming a link): a heading that takes focus when the page changes, short
 * paragraphs, a form, and a row of actions with a quiet "Start again" button.
 */
export const linkPageStyles = [
  hostStyles,
  formHostProperties,
  css`
    :host {
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
      max-width: var(--form-max-width);
    }
    .step {
      margin: 0 0 calc(var(--gap) / 4);
      color: var(--_muted);
      font-size: 0.875em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gap);
    }
    .error:empty {
      display: none;
    }
    input[readonly] {
      background: var(--_raised);
    }
    .who {
      overflow-wrap: anywhere;
    }
  `,
  formStyles,
  css`
    button.link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font-weight: 400;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];
