import { css } from 'lit';

/**
 * Styles every element shares: the tokens' fallbacks live here, so an element works even
 * on a page that never loaded the theme stylesheet.
 */
export const hostStyles = css`
  :host {
    --_font: var(--foyer-font-family, system-ui, sans-serif);
    --_text: var(--foyer-color-text, #1f2328);
    --_muted: var(--foyer-color-text-muted, #59636e);
    --_surface: var(--foyer-color-surface, #fff);
    --_raised: var(--foyer-color-surface-raised, #f6f8fa);
    --_border: var(--foyer-color-border, #d1d9e0);
    --_accent: var(--foyer-color-accent, #0b6bcb);
    --_accent-text: var(--foyer-color-accent-text, #fff);
    --_danger: var(--foyer-color-danger, #c62828);
    --_success: var(--foyer-color-success, #1a7f37);
    --_radius: var(--foyer-radius, 0.5rem);
    --_space: var(--foyer-space, 1rem);
    --_focus: var(--foyer-focus-ring, 0 0 0 3px rgb(11 107 203 / 40%));
    display: block;
    font-family: var(--_font);
    font-size: var(--foyer-font-size, 1rem);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
`;
