import type { LitElement, ReactiveController } from 'lit';
import type { BarChartModel, StackedBarChart } from './bar-chart.js';
import { readInk } from './chart-ink.js';

type ChartModule = typeof import('./bar-chart.js');

/** What an element charts: everything but the colours, which the controller reads from the element's styles. */
export type ChartContent = Omit<BarChartModel, 'ink' | 'animate'>;

export interface ChartControllerOptions {
  /** What to draw now, or undefined while there is nothing to chart. */
  content: () => ChartContent | undefined;
}

/**
 * A stacked bar chart on the canvas an element renders, for the elements that chart
 * (`<sales-dashboard>`, `<report-view>`). The chart's code (Chart.js) is fetched by a dynamic
 * import() the first time it is needed, or ahead of an answer with `prefetch()`, so no entry
 * point carries it. The colours are read from the element's own legend swatches
 * (`[part~="swatch"]`, in series order) and from its `.ink` probe (axes and grid), and read again
 * whenever they may have changed: the colour scheme switching, the page coming back into view,
 * a token's transition ending (`repaint`, for the element's `@transitionend`). A canvas replaced
 * by a render gets a new chart; a chart is destroyed when its element leaves the page.
 */
export class ChartController implements ReactiveController {
  /** The chart's code could not be loaded: the element says so, and its table holds the numbers. */
  failed = false;
  #module: Promise<ChartModule> | undefined;
  #chart: StackedBarChart | undefined;
  #canvas: HTMLCanvasElement | undefined;
  readonly #colourScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  /** Paints the chart again with the colours the styles resolve to now. */
  readonly repaint = () => this.draw();

  constructor(
    private readonly host: LitElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#colourScheme?.addEventListener('change', this.repaint);
    // A page in the background runs no transitions: what changed meanwhile is read when it shows.
    document.addEventListener('visibilitychange', this.repaint);
    // Put back in the page: the chart is drawn again on the canvas rendered then.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#colourScheme?.removeEventListener('change', this.repaint);
    document.removeEventListener('visibilitychange', this.repaint);
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#canvas = undefined;
  }

  /** Starts fetching the chart's code, beside the element's first request rather than after it. */
  prefetch(): void {
    this.#load().catch(() => {});
  }

  /** Draws after a render: on a canvas that is new, or when `changed` says the content is. */
  update(changed: boolean): void {
    const canvas = this.host.renderRoot.querySelector('canvas') ?? undefined;
    if (canvas !== this.#canvas || changed) this.draw();
  }

  #load(): Promise<ChartModule> {
    this.#module ??= import('./bar-chart.js').catch((error: unknown) => {
      this.#module = undefined;
      throw error;
    });
    return this.#module;
  }

  /** Draws the content on the canvas rendered now, with the colours the styles resolve to now. */
  draw(): void {
    const root = this.host.renderRoot;
    const canvas = root?.querySelector<HTMLCanvasElement>('canvas') ?? undefined;
    if (canvas !== this.#canvas) {
      this.#chart?.destroy();
      this.#chart = undefined;
      this.#canvas = canvas;
    }
    const content = canvas && this.host.isConnected ? this.options.content() : undefined;
    const probe = root?.querySelector('.ink');
    if (!canvas || !content || !probe) return;
    const model: BarChartModel = {
      ...content,
      ink: readInk([...root.querySelectorAll('[part~="swatch"]')], probe),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
    if (this.#chart) {
      this.#chart.update(model);
      return;
    }
    this.#load().then(
      (module) => {
        // Another render may have come in between: draw only on the canvas still shown.
        if (this.#canvas !== canvas || this.#chart) return;
        this.#chart = new module.StackedBarChart(canvas, model);
        if (this.failed) {
          this.failed = false;
          this.host.requestUpdate();
        }
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
