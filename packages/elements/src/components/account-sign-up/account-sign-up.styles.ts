import { css } from 'lit';
import { linkPageStyles } from '../../internal/link-page.styles.js';

export const accountSignUpStyles = [
  linkPageStyles,
  css`
    .optional {
      font-weight: 400;
      color: var(--_muted);
    }
  `,
];
