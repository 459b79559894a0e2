/**
 * The colours the chart is drawn in, read from what the element's own styles resolve: each
 * series' legend swatch (`--foyer-chart-1` … `--foyer-chart-8`, light or dark) and the ink
 * of the axes (muted text, borders). A canvas is painted with plain colours, not with custom
 * properties, so they are read again whenever they may have changed (see ChartController).
 */
export interface ChartInk {
  /** One colour per series, in legend order. */
  series: string[];
  text: string;
  grid: string;
  font: string;
}

/**
 * A computed colour as `rgb(r, g, b)` or `rgba(r, g, b, a)`: light-dark(), color-mix() and
 * colour spaces come out as the canvas paints them, painted on a one-pixel scratch canvas.
 */
function plainColour(scratch: CanvasRenderingContext2D | null, computed: string): string {
  if (!scratch) return computed;
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = computed;
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round((a! / 255) * 100) / 100})`;
}

/** Reads the ink from the swatches (in order) and from the probe that carries the axes' colours. */
export function readInk(swatches: readonly Element[], probe: Element): ChartInk {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const scratch = canvas.getContext('2d', { willReadFrequently: true });
  const axes = getComputedStyle(probe);
  return {
    series: swatches.map((s) => plainColour(scratch, getComputedStyle(s).backgroundColor)),
    text: plainColour(scratch, axes.color),
    grid: plainColour(scratch, axes.borderTopColor),
    font: axes.fontFamily,
  };
}
