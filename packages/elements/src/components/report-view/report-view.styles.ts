import { css } from 'lit';
import { chartStyles } from '../../internal/chart/chart.styles.js';
import { periodFormStyles } from '../../internal/period/period.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { filterFormStyles } from '../../styles/filter-form.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const reportViewStyles = [
  hostStyles,
  adminPanelStyles,
  filterFormStyles,
  periodFormStyles,
  // The lists' five columns need about 40rem; a narrower panel shows each change as a card.
  stackedTableStyles('40rem'),
  chartStyles,
  css`
    .chooser {
      display: grid;
      gap: calc(var(--gap) / 2);
      max-width: 32rem;
    }
    .chooser .field {
      display: grid;
      gap: 0.25rem;
    }
    .chooser select {
      padding: 0.6em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .chooser p {
      margin: 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--gap);
    }
    .toolbar .status {
      flex: 1 1 16rem;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    .text {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      color: var(--_muted);
    }
    [part~='more'] {
      justify-self: start;
    }
  `,
];
