import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { filterFormStyles } from '../../styles/filter-form.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { chartStyles } from '../../internal/chart/chart.styles.js';
import { periodFormStyles } from '../../internal/period/period.styles.js';

export const salesDashboardStyles = [
  hostStyles,
  adminPanelStyles,
  filterFormStyles,
  periodFormStyles,
  // Five columns of totals need about 34rem; a narrower panel lists each account as a card.
  stackedTableStyles('34rem'),
  chartStyles,
  css`
    .switches {
      display: flex;
      flex-wrap: wrap;
      gap: var(--gap);
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2) var(--gap);
      margin: 0;
      padding: calc(var(--gap) / 2) var(--gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .choice legend {
      padding: 0 0.25rem;
      color: var(--_muted);
    }
    .choice label {
      font-weight: normal;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    .totals tfoot th,
    .totals tfoot td {
      font-weight: 600;
      border-bottom: 0;
    }
  `,
];
