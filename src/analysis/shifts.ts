/**
 * Shifts in a dyad: change points of its net-cooperation series (PELT, see change-points.ts), each
 * with when, which way, how large, and the events on either side so a brief can cite them.
 */
import { pelt } from './change-points.js';
import { seriesValues } from './series.js';
import { optionNumber } from './validate.js';
import type { PeltOptions } from './change-points.js';
import type { DyadSeries, Measure } from './series.js';
import type { SeriesDirection } from './types.js';

export interface ChangePoint {
  /** Index in the series of the first period of the new segment. */
  index: number;
  period: string;
  /** First day of that period. */
  date: string;
  direction: 'warming' | 'cooling';
  /** Means of the segments before and after. */
  before: number;
  after: number;
  /** after − before. */
  size: number;
  /** size / σ (the series' noise standard deviation). */
  sizeSd: number;
  /** The periods around the change: the last `around` before it and the first `around` after. */
  periods: string[];
  /** Ids of the dyad's events in those periods (empty when the buckets carried no ids; the store
   * can then fetch them for `periods`). */
  eventIds: string[];
}

export interface ShiftOptions extends PeltOptions {
  /** Default `net`. */
  measure?: Measure;
  /** Default `both`. */
  direction?: SeriesDirection;
  /** Periods on each side whose events are cited. Default 1. */
  around?: number;
}

export interface Shifts {
  measure: Measure;
  direction: SeriesDirection;
  sigma: number;
  penalty: number;
  changes: ChangePoint[];
  segments: { from: string; to: string; mean: number }[];
}

export function dyadShifts(series: DyadSeries, options: ShiftOptions = {}): Shifts {
  const measure = options.measure ?? 'net';
  const direction = options.direction ?? 'both';
  const around = optionNumber(options.around ?? 1, 'around', 0, 1000, true);
  const values = seriesValues(series, measure, direction);
  const result = pelt(values, options);
  const points = series.points;
  const changes = result.changes.map((index, i): ChangePoint => {
    const before = result.segments[i]?.mean ?? 0;
    const after = result.segments[i + 1]?.mean ?? 0;
    const size = after - before;
    const near = points.slice(Math.max(0, index - around), index + around);
    const point = points[index];
    return {
      index,
      period: point?.period ?? '',
      date: point?.start ?? '',
      direction: size >= 0 ? 'warming' : 'cooling',
      before, after, size,
      sizeSd: result.sigma > 0 ? size / result.sigma : 0,
      periods: near.map((p) => p.period),
      eventIds: near.flatMap((p) => p.eventIds ?? []),
    };
  });
  const segments = result.segments.map((s) => ({
    from: points[s.start]?.period ?? '',
    to: points[s.end - 1]?.period ?? '',
    mean: s.mean,
  }));
  return { measure, direction, sigma: result.sigma, penalty: result.penalty, changes, segments };
}
