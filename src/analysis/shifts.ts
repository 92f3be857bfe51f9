/**
 * Shifts in a dyad: change points of its net-cooperation series (PELT, see change-points.ts), each
 * with when, which way, how large, and the events on either side so a brief can cite them.
 *
 * Only the observed span is read: from the first period holding a dyad event to the last. Periods
 * outside it say nothing about the pair (the window merely reaches past its record), yet as zeros
 * they would add zero first differences that shrink the noise estimate and a step from nothing to
 * the first events — a window padded with three empty months called two spurious changes on the
 * demo corpus. Read as missing, padding cannot move the change points.
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

/**
 * Index range [start, end) of the periods from the first to the last that holds a dyad event
 * (either way; a negated report counts, as the pair was in the news). The whole series when none
 * does: an empty series is flat wherever it is cut.
 */
export function observedSpan(series: DyadSeries): { start: number; end: number } {
  const held = (i: number): boolean => {
    const p = series.points[i];
    return p !== undefined && (p.both.count > 0 || p.negated > 0);
  };
  let start = 0;
  while (start < series.points.length && !held(start)) start++;
  if (start === series.points.length) return { start: 0, end: start };
  let end = series.points.length;
  while (end > start && !held(end - 1)) end--;
  return { start, end };
}

/** The measure over the observed span, and where that span starts in the series. */
export function observedValues(series: DyadSeries, measure: Measure, direction: SeriesDirection): { values: number[]; offset: number } {
  const { start, end } = observedSpan(series);
  return { values: seriesValues(series, measure, direction).slice(start, end), offset: start };
}

export function dyadShifts(series: DyadSeries, options: ShiftOptions = {}): Shifts {
  const measure = options.measure ?? 'net';
  const direction = options.direction ?? 'both';
  const around = optionNumber(options.around ?? 1, 'around', 0, 1000, true);
  const { values, offset } = observedValues(series, measure, direction);
  const found = pelt(values, options);
  const shift = (i: number): number => i + offset;
  const result = {
    ...found,
    changes: found.changes.map(shift),
    segments: found.segments.map((s) => ({ ...s, start: shift(s.start), end: shift(s.end) })),
  };
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
