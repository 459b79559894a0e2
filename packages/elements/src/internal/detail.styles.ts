import { css } from 'lit';

/**
 * The look of a ticket's or a transaction's details: facts as a grid of names and values, the
 * order's section, and the receipt's buttons with what they fetched or sent.
 */
export const detailStyles = css`
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem var(--_space);
    margin: 0;
  }
  .fact {
    display: grid;
    gap: 0.1rem;
    min-width: 0;
  }
  dt {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .order,
  .receipt {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .order {
    padding-top: calc(var(--_space) / 2);
    border-top: 1px solid var(--_border);
  }
  .receipt p {
    margin: 0;
  }
  .receipt-buttons,
  .receipt-ready {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
`;
