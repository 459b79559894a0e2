import { css } from 'lit';

/**
 * Styles every element shares. The design tokens' defaults live here, so an element works
 * even on a page that never loaded the theme stylesheet. Each color default is a
 * light-dark() pair, resolved by the element's color scheme: `--foyer-color-scheme` when the
 * page sets it, otherwise the scheme the element inherits from the page (`color-scheme`),
 * so the elements never turn dark on a page that is light.
 */
export const hostStyles = css`
  :host {
    color-scheme: var(--foyer-color-scheme);
    --_font: var(--foyer-font-family, system-ui, sans-serif);
    --_text: var(--foyer-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--foyer-color-text-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--foyer-color-surface, light-dark(#fff, #161b22));
    --_raised: var(--foyer-color-surface-raised, light-dark(#f6f8fa, #212830));
    --_border: var(--foyer-color-border, light-dark(#d1d9e0, #3d444d));
    --_accent: var(--foyer-color-accent, light-dark(#0b6bcb, #4493f8));
    --_accent-text: var(--foyer-color-accent-text, light-dark(#fff, #0d1117));
    --_danger: var(--foyer-color-danger, light-dark(#c62828, #f85149));
    --_danger-text: var(--foyer-color-danger-text, light-dark(#fff, #0d1117));
    --_success: var(--foyer-color-success, light-dark(#1a7f37, #3fb950));
    --_backdrop: var(--foyer-color-backdrop, light-dark(rgb(0 0 0 / 45%), rgb(1 4 9 / 70%)));
    --_radius: var(--foyer-radius, 0.5rem);
    --_space: var(--foyer-space, 1rem);
    --_focus: var(--foyer-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 40%, transparent));
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
