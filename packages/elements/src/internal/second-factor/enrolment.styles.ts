import { css } from 'lit';

/**
 * The look of the second factor's setup and of recovery codes, for the element that holds them:
 * the QR code (dark on light whatever the colour scheme, as scanners read it best; the holder's
 * `--qr-color` and `--qr-background` change it), the key in a fixed-width font, the codes in columns.
 */
export const enrolmentStyles = css`
  .enrolment,
  .recovery-codes {
    display: grid;
    gap: var(--gap, var(--_space));
    max-width: 36rem;
  }
  .step-heading {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .key-box {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--gap, var(--_space));
  }
  .qr {
    /* A QR code stays dark on light in both schemes: not every authenticator app reads one inverted. */
    --_qr-light: var(--foyer-color-qr-light, #fff);
    --_qr-dark: var(--foyer-color-qr-dark, #000);
    inline-size: 11rem;
    block-size: 11rem;
    flex: none;
    border-radius: calc(var(--_radius) / 2);
  }
  .qr-light {
    fill: var(--qr-background, var(--_qr-light));
  }
  .qr-dark {
    fill: var(--qr-color, var(--_qr-dark));
  }
  .qr-placeholder {
    inline-size: 11rem;
    margin: 0;
    color: var(--_muted);
  }
  .key-text {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    flex: 1 1 12rem;
  }
  .key-label {
    margin: 0;
    font-weight: 600;
  }
  .key,
  .codes code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 1.05em;
    letter-spacing: 0.04em;
    overflow-wrap: anywhere;
  }
  .codes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0.75rem 1rem;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--gap, var(--_space)) / 2);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  a.button {
    display: inline-block;
    padding: 0.6em 1.2em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
`;
