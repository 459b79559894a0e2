import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { formStyles } from '../../internal/form.styles.js';

export const galleryPasswordPromptStyles = [
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
    h2 {
      margin: 0;
      line-height: 1.25;
    }
    .intro {
      margin: 0;
      color: var(--_muted);
    }
  `,
  formStyles,
];
