import { css } from 'lit';

/** The look of the favourites in an access's detail. */
export const selectionStyles = css`
  .selection {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .selection h5 {
    margin: 0;
    font-size: 1em;
  }
  .selection-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--selection-thumbnail-size, 7rem), 100%), 1fr));
    gap: calc(var(--_space) / 2);
  }
  .selection-items li {
    display: grid;
    gap: 0.2rem;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .selection-items img {
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
`;
