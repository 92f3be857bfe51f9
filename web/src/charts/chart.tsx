import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartChange, ChartPoint } from './data.js';
import type * as PlotCharts from './plot-charts.js';

export type ChartSpec =
  | { kind: 'net'; points: ChartPoint[]; changes: ChartChange[]; series: { both: string; ab?: string; ba?: string } }
  | { kind: 'quads'; points: ChartPoint[] }
  | { kind: 'domains'; points: ChartPoint[] };

export interface ChartProps {
  spec: ChartSpec | undefined;
  /** Reserved before the data and the chart code arrive, so the page never shifts. */
  height: number;
  /** What the chart shows, in words: its accessible name. */
  label: string;
  id?: string;
}

let plotModule: Promise<typeof PlotCharts> | undefined;
const loadPlot = (): Promise<typeof PlotCharts> => (plotModule ??= import('./plot-charts.js'));

/** Starts fetching the chart code ahead of need (a failure shows later, where a chart is drawn). */
export function preloadCharts(): void {
  loadPlot().catch(() => { plotModule = undefined; });
}

/** A Plot chart drawn into a box of fixed height that follows its container's width. */
export function Chart({ spec, height, label, id }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [failed, setFailed] = useState<string | undefined>();

  useEffect(() => {
    // Fetch the chart code while the data is still on its way.
    preloadCharts();
    const el = box.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Redraw only on real width changes; scroll bars coming and going would otherwise loop.
      setWidth((old) => (Math.abs(old - w) > 8 ? w : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el || !spec || width === 0) return;
    let cancelled = false;
    loadPlot().then((plot) => {
      if (cancelled) return;
      const size = { width, height };
      const node = spec.kind === 'net' ? plot.drawNet(spec.points, spec.changes, size, label, spec.series)
        : spec.kind === 'quads' ? plot.drawQuads(spec.points, size, label)
          : plot.drawDomains(spec.points, size, label);
      // The box is the image, named by `label` (and the figures are in a table beside it); Plot's
      // own labels on its groups are not valid on generic SVG groups, so the drawing is hidden.
      node.setAttribute('aria-hidden', 'true');
      el.querySelector('.plot-root')?.replaceChildren(node);
      // A named mark lets tests and real-user monitoring read when the main content was painted.
      performance.mark(`entente:chart:${id ?? spec.kind}`);
      setFailed(undefined);
    }, (error: unknown) => { if (!cancelled) setFailed(error instanceof Error ? error.message : String(error)); });
    return () => { cancelled = true; };
  }, [spec, width, height, label, id]);

  return (
    <div class="chart" ref={box} style={{ '--chart-h': `${height}px` }} id={id} data-chart={spec?.kind}>
      <div class="plot-root" role="img" aria-label={label} />
      {!spec ? <div class="placeholder" aria-hidden="true">Loading chart…</div> : null}
      {failed ? <p class="status error" role="alert">The chart could not be drawn: {failed}</p> : null}
    </div>
  );
}
