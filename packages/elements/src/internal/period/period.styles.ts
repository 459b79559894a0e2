import { css } from 'lit';

/** The period form's own look beside the filter form's (renderPeriodForm): presets on a row of their own, the one shown pressed. */
export const periodFormStyles = css`
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--gap) / 2);
    flex-basis: 100%;
  }
  .period-error {
    flex-basis: 100%;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: transparent;
  }
`;
