import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { filterFormStyles } from '../../styles/filter-form.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const activityLogStyles = [
  hostStyles,
  adminPanelStyles,
  filterFormStyles,
  // Four columns need about 36rem; a narrower panel lists each entry as a card.
  stackedTableStyles('36rem'),
  css`
    .period-error {
      flex-basis: 100%;
    }
    .who {
      display: grid;
      font-weight: normal;
    }
    .who .name {
      font-weight: 600;
    }
    code {
      font-size: 0.875em;
    }
  `,
];
