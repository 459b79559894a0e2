// The one module that imports Chart.js. The elements that chart (<sales-dashboard>,
// <report-view>) load it with a dynamic import() through ChartController, so the chart code is
// a chunk of its own that no entry point carries, fetched only when a chart is shown. Only the
// parts of a bar chart are registered (tree-shaken): Chart.js keeps its registry in its own
// module, so on a page that uses Chart.js itself these parts are simply there already.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type ChartData } from 'chart.js';
import type { ChartInk } from './chart-ink.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** What one chart shows: a stacked bar per place on the axis (a day, a person), one segment per series (an account, a type). */
export interface BarChartModel {
  /** The labels on the axis. */
  labels: string[];
  /** The labels in full, for the tooltip. */
  titles: string[];
  series: Array<{ label: string; values: number[] }>;
  ink: ChartInk;
  /** Writes a value as the element does (money in its currency, or a count). */
  formatValue(value: number): string;
  /** Whether changes are animated (not when the visitor asks for reduced motion). */
  animate: boolean;
  locale: string;
}

type BarConfig = ChartConfiguration<'bar', number[], string>;

function dataOf(model: BarChartModel): ChartData<'bar', number[], string> {
  return {
    labels: model.labels,
    datasets: model.series.map((s, i) => {
      const colour = model.ink.series[i] ?? model.ink.text;
      // The hover colour is given too: Chart.js would otherwise compute one from a colour it has to parse.
      return { label: s.label, data: s.values, backgroundColor: colour, hoverBackgroundColor: colour, borderWidth: 0, stack: 'all' };
    }),
  };
}

function optionsOf(model: BarChartModel): BarConfig['options'] {
  const ticks = { color: model.ink.text, font: { family: model.ink.font } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: model.animate ? { duration: 250 } : false,
    locale: model.locale,
    // The legend is the element's own list, which reads and themes like the rest of the page.
    plugins: {
      tooltip: {
        callbacks: {
          title: (items) => model.titles[items[0]?.dataIndex ?? 0] ?? '',
          label: (item) => `${item.dataset.label ?? ''}: ${model.formatValue(item.parsed.y ?? 0)}`,
        },
      },
    },
    scales: {
      x: { stacked: true, ticks: { ...ticks, autoSkip: true, maxRotation: 0 }, grid: { display: false }, border: { color: model.ink.grid } },
      y: {
        stacked: true,
        beginAtZero: true,
        ticks: { ...ticks, callback: (value) => model.formatValue(Number(value)), precision: 0 },
        grid: { color: model.ink.grid },
        border: { display: false },
      },
    },
  };
}

/** A stacked bar chart on the element's canvas; `update` redraws it with new numbers or colours. */
export class StackedBarChart {
  readonly #chart: Chart<'bar', number[], string>;

  constructor(canvas: HTMLCanvasElement, model: BarChartModel) {
    this.#chart = new Chart(canvas, { type: 'bar', data: dataOf(model), options: optionsOf(model) });
  }

  update(model: BarChartModel): void {
    this.#chart.data = dataOf(model);
    this.#chart.options = optionsOf(model) ?? {};
    this.#chart.update();
  }

  destroy(): void {
    this.#chart.destroy();
  }
}
