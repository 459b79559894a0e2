import { css } from 'lit';

/** A ticket's status in words with a mark of its own shape, so it is told apart without its colour. */
export const ticketStatusStyles = css`
  :host {
    --status-open-color: var(--_accent);
    --status-reopened-color: var(--_danger);
    --status-closed-color: var(--_muted);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .status .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--status-open-color);
  }
  .status[data-status='reopened'] .dot {
    box-sizing: border-box;
    background: transparent;
    border: 2px solid var(--status-reopened-color);
  }
  .status[data-status='closed'] .dot {
    border-radius: 0;
    background: var(--status-closed-color);
  }
`;
