import { css } from 'lit';

/** The favourite toggles, download links and the favourites bar of a client's open gallery. */
export const clientPartsStyles = css`
  :host {
    --favourite-color: var(--_danger);
  }
  .client-toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--gap) / 2) var(--gap);
    margin-bottom: var(--gap);
  }
  .favourite-count {
    margin: 0;
    color: var(--_muted);
  }
  .favourites-filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
  }
  .items .favourite,
  .items .download,
  .client-toolbar .download {
    padding: 0.3em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    text-decoration: none;
    cursor: pointer;
  }
  .favourite[aria-pressed='true'] .heart {
    color: var(--favourite-color);
  }
  .lightbox .item-actions {
    justify-content: center;
  }
  .favourite:focus-visible,
  .download:focus-visible,
  .favourites-filter input:focus-visible {
    box-shadow: var(--_focus);
    outline: none;
  }
`;
