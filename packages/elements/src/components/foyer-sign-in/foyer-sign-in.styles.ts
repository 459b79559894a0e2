import { css } from 'lit';
import { hostStyles } from '../../styles/shared.styles.js';
import { formHostProperties, formStyles } from '../../internal/form.styles.js';
import { enrolmentStyles } from '../../internal/second-factor/enrolment.styles.js';

export const foyerSignInStyles = [
  hostStyles,
  formHostProperties,
  css`
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
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gap);
    }
    button.link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font-weight: 400;
      text-decoration: underline;
    }
  `,
  formStyles,
  enrolmentStyles,
];
