import { css } from 'lit';

export default css`
  :host {
    --height: 28rem;
    --row-background-selected: color-mix(in srgb, var(--_accent) 10%, transparent);
    --row-background-hover: var(--_raised);
    --refund-color: var(--_danger);
    --dialog-width: 44rem;
  }
  .base {
    container: transactions / inline-size;
  }
  .filters {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filters .field {
    flex: 1 1 9rem;
  }
  .filters .field input,
  .filters .field select {
    width: 100%;
  }
  /* The columns, unless the page sets --columns: when, receipt, account, kind, product, customer, amount, Details. */
  .grid {
    --_columns: 12rem 8rem minmax(8rem, 1fr) 7.5rem minmax(9rem, 1.2fr) minmax(14rem, 2fr) 8rem 6.5rem;
    --_row-min-width: 76rem;
  }
  .amount {
    justify-content: end;
    font-variant-numeric: tabular-nums;
  }
  .kind[data-kind='refund'],
  .kind[data-kind='chargeback'] {
    color: var(--refund-color);
  }
  .order-lines {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .order-lines li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .order-lines .amount {
    margin-inline-start: auto;
  }
  .ticket-form {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .ticket-form p,
  .ticket-opened {
    margin: 0;
  }
  .ticket-opened:focus {
    outline: none;
  }
  textarea {
    width: 100%;
    font: inherit;
    resize: vertical;
  }
`;
