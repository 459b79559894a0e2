import { css } from 'lit';

/**
 * The look of gallery cards and of one open gallery, shared by <gallery-overview> and
 * <gallery-direct-link>. Each sets the public properties these read on its :host
 * (see `galleryHostProperties`).
 */
export const galleryHostProperties = css`
  :host {
    --gap: var(--_space);
    --card-min-width: 14rem;
    --card-radius: var(--_radius);
    --card-background: var(--_raised);
    --cover-aspect-ratio: 4 / 3;
    --thumbnail-size: 10rem;
    --error-color: var(--_danger);
  }
`;

export const galleryViewStyles = css`
  h2,
  h3 {
    margin: 0 0 calc(var(--gap) / 2);
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    box-shadow: var(--_focus);
  }
  .muted {
    color: var(--_muted);
  }
  .cards,
  .items {
    list-style: none;
    margin: 0 0 var(--gap);
    padding: 0;
    display: grid;
    gap: var(--gap);
  }
  .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--card-min-width), 100%), 1fr));
  }
  .items {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--thumbnail-size), 100%), 1fr));
    align-items: start;
  }
  .card {
    display: grid;
    width: 100%;
    height: 100%;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--card-radius);
    background: var(--card-background);
    color: inherit;
    font: inherit;
    text-align: start;
    overflow: hidden;
    cursor: pointer;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .cover {
    display: block;
    aspect-ratio: var(--cover-aspect-ratio);
    background: var(--_border);
    overflow: hidden;
  }
  .cover img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .card-text {
    display: grid;
    gap: 0.25em;
    padding: calc(var(--gap) * 0.75);
  }
  .title {
    font-weight: 600;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .item {
    margin: 0;
    display: grid;
    gap: 0.35em;
  }
  .item a,
  .item-open {
    display: block;
    width: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--card-radius);
    background: none;
    overflow: hidden;
    cursor: zoom-in;
  }
  .item a {
    cursor: pointer;
  }
  .item-open:focus-visible,
  .item a:focus-visible {
    box-shadow: var(--_focus);
    outline: none;
  }
  /* A picture keeps its own shape: nothing of it is cut to fit a square. */
  .thumbnail {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_raised);
    color: var(--_muted);
    font-weight: 600;
    text-transform: uppercase;
  }
  .thumbnail.file {
    display: grid;
    place-items: center;
    aspect-ratio: 1;
  }
  .item-name {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--gap) / 2);
    margin-bottom: var(--gap);
  }
  .navigation button,
  .toolbar button {
    padding: 0.45em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--gap);
    margin-bottom: var(--gap);
  }
  .state {
    margin: var(--gap) 0;
  }
  .error {
    color: var(--error-color);
  }
`;
