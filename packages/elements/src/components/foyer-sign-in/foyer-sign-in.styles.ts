import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { formStyles } from '../../internal/form.styles.js';

export const foyerSignInStyles = [
  hostStyles,
  css`
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
    .signed-in {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gap);
    }
    .signed-in p {
      margin: 0;
    }
    .status {
      color: var(--_muted);
    }
  `,
  formStyles,
];
