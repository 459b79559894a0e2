import { css } from 'lit';

export default css`
  :host {
    --height: 28rem;
    --row-background-selected: color-mix(in srgb, var(--_accent) 10%, transparent);
    --row-background-hover: var(--_raised);
    --dialog-width: 52rem;
  }
  .base {
    container: tickets / inline-size;
  }
  input[type='search'] {
    width: 14rem;
  }
  /*
   * The columns, unless the page sets --columns: the ticket, account, type, status, email,
   * receipt, product type, opened, changed and the Open button; in a narrower table the
   * facts take less room and the grid scrolls sideways.
   */
  .grid {
    --_columns: 2.5rem 6rem minmax(8rem, 1fr) 10rem 7.5rem minmax(12rem, 1.6fr) 8rem 7.5rem 11rem 11rem 6rem;
    --_row-min-width: 92rem;
  }
  @container tickets (max-width: 72rem) {
    .grid {
      --_columns: 2.5rem 5rem minmax(7rem, 1fr) 8rem 6.5rem minmax(10rem, 1.4fr) 7rem 6.5rem 9.5rem 9.5rem 5.5rem;
      --_row-min-width: 80rem;
    }
  }
  dialog.wide {
    width: min(var(--dialog-width), calc(100vw - 2rem));
  }
  .close {
    margin-inline-start: auto;
  }
`;
