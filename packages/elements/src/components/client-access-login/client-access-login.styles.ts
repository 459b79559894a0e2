import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { formHostProperties, formStyles } from '../../internal/form.styles.js';

export const clientAccessLoginStyles = [
  hostStyles,
  formHostProperties,
  css`
    input {
      font-family: var(--code-font-family, inherit);
      letter-spacing: 0.02em;
    }
  `,
  formStyles,
];
