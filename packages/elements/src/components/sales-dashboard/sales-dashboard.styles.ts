import { css } from 'lit';
import { adminPanelStyles } from '../../styles/admin-panel.styles.js';
import { filterFormStyles } from '../../styles/filter-form.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { hostStyles } from '../../styles/shared.styles.js';

export const salesDashboardStyles = [
  hostStyles,
  adminPanelStyles,
  filterFormStyles,
  // Five columns of totals need about 34rem; a narrower panel lists each account as a card.
  stackedTableStyles('34rem'),
  css`
    :host {
      --chart-height: 18rem;
      /*
       * The accounts' colours, from the tokens: the accent, success and danger colours, then
       * mixes of them, so a theme that changes its tokens changes the chart with them.
       */
      --_chart-1: var(--foyer-chart-1, var(--_accent));
      --_chart-2: var(--foyer-chart-2, var(--_success));
      --_chart-3: var(--foyer-chart-3, var(--_danger));
      --_chart-4: var(--foyer-chart-4, color-mix(in srgb, var(--_accent) 50%, var(--_danger)));
      --_chart-5: var(--foyer-chart-5, color-mix(in srgb, var(--_success) 50%, var(--_danger)));
      --_chart-6: var(--foyer-chart-6, color-mix(in srgb, var(--_accent) 50%, var(--_success)));
      --_chart-7: var(--foyer-chart-7, var(--_muted));
      --_chart-8: var(--foyer-chart-8, color-mix(in srgb, var(--_accent) 50%, var(--_text)));
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2);
      flex-basis: 100%;
    }
    .period-error {
      flex-basis: 100%;
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_accent-text);
      border-color: transparent;
    }
    /* "Show as table" looks like the buttons. */
    summary {
      display: inline-block;
      padding: 0.4em 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
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
    .chart {
      display: grid;
      gap: var(--gap);
      margin: 0;
      min-width: 0;
    }
    .canvas-frame {
      position: relative;
      height: var(--chart-height);
      min-width: 0;
    }
    /*
     * What the canvas is drawn with lives in the styles, where light-dark() and the page's
     * tokens resolve; a change of any of them runs a one-millisecond transition, and its end
     * tells the element to paint the chart again.
     */
    .ink {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      color: var(--_muted);
      border-top: 1px solid var(--_border);
      transition:
        color 1ms,
        border-top-color 1ms;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--gap) / 2) var(--gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.4rem;
    }
    .swatch {
      width: 0.9rem;
      height: 0.9rem;
      border-radius: 0.2rem;
      flex: none;
      transition: background-color 1ms;
    }
    .c1 {
      background-color: var(--_chart-1);
    }
    .c2 {
      background-color: var(--_chart-2);
    }
    .c3 {
      background-color: var(--_chart-3);
    }
    .c4 {
      background-color: var(--_chart-4);
    }
    .c5 {
      background-color: var(--_chart-5);
    }
    .c6 {
      background-color: var(--_chart-6);
    }
    .c7 {
      background-color: var(--_chart-7);
    }
    .c8 {
      background-color: var(--_chart-8);
    }
    .data[open] summary {
      margin-bottom: var(--gap);
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.5rem;
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
