import { css } from 'lit';

/**
 * The look of a chart with its legend and its table (ChartController draws on it): the
 * series' colours from the tokens, the canvas' frame and height, the probe the axes' ink is
 * read from, the legend's swatches, and the "Show as table" disclosure with its caption.
 *
 * Colours: `--foyer-chart-1` … `--foyer-chart-8` when the page sets them, else the accent,
 * success and danger colours and mixes of them, so a theme that changes its tokens changes the
 * chart with them. A swatch carries `c1` … `c8`; a ninth series takes the first colour again.
 */
export const chartStyles = css`
    :host {
      --chart-height: 18rem;
      --_chart-1: var(--foyer-chart-1, var(--_accent));
      --_chart-2: var(--foyer-chart-2, var(--_success));
      --_chart-3: var(--foyer-chart-3, var(--_danger));
      --_chart-4: var(--foyer-chart-4, color-mix(in srgb, var(--_accent) 50%, var(--_danger)));
      --_chart-5: var(--foyer-chart-5, color-mix(in srgb, var(--_success) 50%, var(--_danger)));
      --_chart-6: var(--foyer-chart-6, color-mix(in srgb, var(--_accent) 50%, var(--_success)));
      --_chart-7: var(--foyer-chart-7, var(--_muted));
      --_chart-8: var(--foyer-chart-8, color-mix(in srgb, var(--_accent) 50%, var(--_text)));
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
`;
