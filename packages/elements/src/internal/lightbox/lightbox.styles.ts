import { css } from 'lit';

/**
 * The lightbox's dialog, for an element that renders a `Lightbox`: the picture as large as the
 * window allows, in its own shape, on the page's surface (light or dark as the scheme is), with
 * its controls above and below.
 */
export const lightboxStyles = css`
  :host {
    --lightbox-background: var(--_surface);
    --lightbox-color: var(--_text);
  }
  .lightbox {
    box-sizing: border-box;
    width: 100vw;
    max-width: 100vw;
    height: 100dvh;
    max-height: 100dvh;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--lightbox-background);
    color: var(--lightbox-color);
    touch-action: pan-y;
  }
  .lightbox[open] {
    display: grid;
    grid-template-rows: auto 1fr auto;
    gap: var(--_space);
  }
  .lightbox::backdrop {
    background: var(--lightbox-background);
  }
  .lightbox-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .lightbox-count {
    margin: 0;
  }
  .lightbox-figure {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 0;
    margin: 0;
  }
  .lightbox-image {
    max-width: 100%;
    max-height: 100%;
    object-fit: contain;
    user-select: none;
  }
  .lightbox button,
  .lightbox a {
    padding: 0.45em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .lightbox button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .lightbox button:focus-visible,
  .lightbox a:focus-visible {
    box-shadow: var(--_focus);
    outline: none;
  }
`;
