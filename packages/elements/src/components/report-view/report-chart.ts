import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReportThirdParty } from '@foyer/schema';
import type { ChartContent, ChartController } from '../../internal/chart/chart-controller.js';
import type { DashboardFormat } from '../sales-dashboard/format.js';
import { countedWhat, seriesLabel } from './report-labels.js';
import { colourSlot, personOf, tableRows, type CountedReport } from './report-model.js';

/** What a counting report shows, and the words and chart it is shown with. */
export interface CountedView {
  counted: CountedReport;
  thirdParties: readonly ReportThirdParty[];
  format: DashboardFormat;
  chart: ChartController;
}

/** A place on the axis as the table and tooltip say it: a day in full (or short, under a bar), or a person. */
export function placeLabel(view: Omit<CountedView, 'chart'>, place: string, short = false): string {
  if (view.counted.axis === 'days') return short ? view.format.shortDay(place) : view.format.day(place);
  const person = view.thirdParties.find((t) => t.identityId === place);
  return person ? personOf(person) : msg('A user who was removed');
}

/** What the chart draws for a counting report; nothing when no series counted anything. */
export function chartContent(view: Omit<CountedView, 'chart'>, locale: string): ChartContent | undefined {
  const { counted, format } = view;
  if (counted.series.length === 0) return undefined;
  return {
    labels: counted.places.map((p) => placeLabel(view, p, true)),
    titles: counted.places.map((p) => placeLabel(view, p)),
    series: counted.series.map((s) => ({ label: seriesLabel(counted.report, s.key, view.thirdParties), values: s.values })),
    formatValue: (value: number) => format.count(value),
    locale,
  };
}

/** The chart of a counting report, its legend, and its numbers as a table behind "Show as table". */
export function renderCountedReport(view: CountedView): TemplateResult {
  const { counted, format, chart } = view;
  if (counted.series.length === 0) return html`<p part="empty">${msg('Nothing this report counts happened in this period.')}</p>`;
  const what = countedWhat(counted.report);
  const labels = counted.series.map((s) => seriesLabel(counted.report, s.key, view.thirdParties));
  const description =
    counted.axis === 'days'
      ? msg(
          str`Bar chart: ${what}, from ${format.day(counted.places[0]!)} to ${format.day(counted.places.at(-1)!)}, one colour for each of: ${labels.join(', ')}. The table “${what}” holds its numbers.`,
        )
      : msg(str`Bar chart: ${what}, a bar for each third party, one colour for each of: ${labels.join(', ')}. The table “${what}” holds its numbers.`);
  const rows = tableRows(counted);
  const placeHeader = counted.axis === 'days' ? msg('Day') : msg('Third party');
  return html`
    <figure part="chart" class="chart" @transitionend=${chart.repaint}>
      <figcaption class="visually-hidden">${what}</figcaption>
      <span class="ink" aria-hidden="true"></span>
      <div class="canvas-frame">
        <canvas part="canvas" role="img" aria-label=${description}><p>${description}</p></canvas>
      </div>
      ${chart.failed ? html`<p part="error">${msg('The chart could not be loaded. The table below holds its numbers.')}</p>` : nothing}
      <ul part="legend" class="legend" aria-label=${msg('Series')}>
        ${labels.map((label, i) => html`<li part="legend-item" data-series=${counted.series[i]!.key}><span part="swatch" class="swatch c${colourSlot(i)}" aria-hidden="true"></span> ${label}</li>`)}
      </ul>
      <details class="data" ?open=${chart.failed}>
        <summary part="button">${msg('Show as table')}</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${what}>
          <table part="data-table">
            <caption>${what}</caption>
            <thead>
              <tr>
                <th scope="col">${placeHeader}</th>
                ${labels.map((label, i) => html`<th scope="col" data-series=${counted.series[i]!.key}>${label}</th>`)}
                <th scope="col">${msg('Total')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr data-place=${r.place}>
                  <th scope="row">${counted.axis === 'days' ? html`<time datetime=${r.place}>${format.day(r.place)}</time>` : placeLabel(view, r.place)}</th>
                  ${r.values.map((v) => html`<td>${format.count(v)}</td>`)}
                  <td>${format.count(r.total)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  `;
}
