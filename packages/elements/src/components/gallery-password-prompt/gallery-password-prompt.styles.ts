import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { formHostProperties, formStyles } from '../../internal/form.styles.js';

export const galleryPasswordPromptStyles = [
  hostStyles,
  formHostProperties,
  css`
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
