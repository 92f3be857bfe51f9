/**
 * The dyad report: buckets aggregated by the store, then everything derived by analysis' pure
 * functions — the series with intervals, change points with the events around each, weekly
 * alerts, the overall direction with its reasons, and a sparkline of the measure.
 */
import { dyadSeries, dyadShifts, overallDirection, seriesValues, sparkline } from '../analysis/index.js';
import type {
  DirectionOptions, DyadSeries, Granularity, Measure, OverallDirection, SeriesDirection, Shifts,
} from '../analysis/index.js';
import type { Store } from '../store/index.js';
import { dyadAlerts } from './alerts.js';
import type { DyadAlerts } from './alerts.js';
import { resolveWindow } from './window.js';
import type { DyadQuery } from './window.js';

export interface DyadReportOptions extends DyadQuery {
  by: Granularity;
  /** The series change points, direction and sparkline read. Default `both`. */
  direction?: SeriesDirection;
  /** Default `net` (net cooperation). */
  measure?: Measure;
  /** Bootstrap resamples for the intervals (0: none). Default 1000. */
  resamples?: number;
  /** Interval coverage. Default 0.9. */
  level?: number;
  seed?: number;
  /** Change-point and trend settings (analysis' DirectionOptions: penalty, minSize, trendSd…). */
  shifts?: Omit<DirectionOptions, 'measure' | 'direction'>;
  /** Weekly alerts for the last complete week on or before `to`. Default true. */
  alerts?: boolean;
}

export interface DyadReport {
  series: DyadSeries;
  measure: Measure;
  direction: SeriesDirection;
  /** One block per period, of `measure` along `direction`. */
  sparkline: string;
  shifts: Shifts;
  overall: OverallDirection;
  alerts?: DyadAlerts;
}

/**
 * The store leaves event ids out of buckets; a change point cites the events of its periods. One
 * query per change, run side by side: each reads only its own periods.
 */
async function citeEvents(store: Store, series: DyadSeries, shifts: Shifts): Promise<void> {
  await Promise.all(shifts.changes.map(async (change) => {
    const around = series.points.filter((p) => change.periods.includes(p.period));
    const first = around[0];
    const last = around.at(-1);
    if (!first || !last) return;
    const from = first.start > series.from ? first.start : series.from;
    const to = last.end < series.to ? last.end : series.to;
    const cited = await store.dyadBuckets({
      dyad: series.dyad, from, to, granularity: series.granularity, match: series.match, clusters: false, eventIds: true,
    });
    change.eventIds = cited.buckets.flatMap((b) => b.eventIds ?? []);
  }));
}

export async function dyadReport(store: Store, options: DyadReportOptions): Promise<DyadReport> {
  const w = await resolveWindow(store, options, { by: options.by });
  const measure = options.measure ?? 'net';
  const direction = options.direction ?? 'both';
  const resamples = options.resamples ?? 1000;
  // The alerts read their own weeks and need only the window: asked for alongside the series.
  const alerts = options.alerts === false ? undefined : dyadAlerts(store, {
    a: w.dyad.a, b: w.dyad.b, to: w.to, match: w.match, direction,
  });
  const analysed = (async () => {
    const buckets = await store.dyadBuckets({
      dyad: w.dyad, from: w.from, to: w.to, granularity: options.by, match: w.match, clusters: resamples > 0,
    });
    const series = dyadSeries(buckets, {
      resamples,
      ...(options.level !== undefined ? { level: options.level } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    const shiftOptions = { ...options.shifts, measure, direction };
    const shifts = dyadShifts(series, shiftOptions);
    // The same change points, found once: citing their events below cites the overall ones too
    // (none when there are too few events to call a direction).
    const overall = overallDirection(series, shiftOptions, shifts);
    await citeEvents(store, series, shifts);
    return { series, shifts, overall };
  })();
  // Promise.all handles both rejections: when one fails, the other's failure is not left unhandled.
  const [{ series, shifts, overall }, weekly] = await Promise.all([analysed, alerts]);
  const report: DyadReport = {
    series, measure, direction, shifts, overall,
    sparkline: sparkline(seriesValues(series, measure, direction)),
  };
  if (weekly) report.alerts = weekly;
  return report;
}
