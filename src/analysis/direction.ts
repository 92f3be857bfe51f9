/**
 * The overall direction of a relationship over a window, for the brief writer, with the figures
 * behind it. Two kinds of evidence, both on the net-cooperation series:
 *  - change points (PELT, see change-points.ts): each is warming or cooling;
 *  - the linear trend: an OLS line through the series counts when it rises or falls by at least
 *    `trendSd` noise standard deviations across the window AND its slope is at least `trendT`
 *    standard errors from zero — the first keeps tiny drifts out, the second keeps noise out.
 * Up = a warming change or an upward trend; down = a cooling change or a downward trend.
 *   up and down → shifting (the relationship turned, or jumped against its drift)
 *   up only     → deepening
 *   down only   → cooling
 *   neither     → stable (also when there are fewer than `minEvents` events: too little to call)
 * Like the change points, the trend reads only the observed span (see shifts.ts): months before the
 * pair's first event are not months of zero cooperation, and would tilt the line upwards.
 * Below `minEvents` no change point is reported either: what is too thin to call a direction is
 * too thin to call a turn.
 */
import { dyadShifts, observedValues } from './shifts.js';
import { optionNumber } from './validate.js';
import type { ChangePoint, ShiftOptions, Shifts } from './shifts.js';
import type { DyadSeries } from './series.js';

export type RelationDirection = 'deepening' | 'cooling' | 'shifting' | 'stable';

export interface DirectionOptions extends ShiftOptions {
  /** Default 1. */
  trendSd?: number;
  /** Default 2 (about 95% two-sided). */
  trendT?: number;
  /** Default 10. */
  minEvents?: number;
}

export interface OverallDirection {
  direction: RelationDirection;
  events: number;
  periods: number;
  /** Change of the measure per period along the fitted line, and across the whole window. */
  slope: number;
  rise: number;
  /** rise in noise standard deviations, and slope / its standard error. */
  riseSd: number;
  slopeT: number;
  sigma: number;
  /** Means of the first and last segments between change points. */
  firstMean: number;
  lastMean: number;
  changes: ChangePoint[];
  /** One sentence per piece of evidence, figures included. */
  reasons: string[];
}

function fitLine(y: readonly number[]): { slope: number; t: number } {
  const n = y.length;
  if (n < 3) return { slope: 0, t: 0 };
  const xm = (n - 1) / 2;
  const ym = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  y.forEach((v, i) => { sxx += (i - xm) ** 2; sxy += (i - xm) * (v - ym); });
  const slope = sxy / sxx;
  let rss = 0;
  y.forEach((v, i) => { rss += (v - ym - slope * (i - xm)) ** 2; });
  const se = Math.sqrt(rss / (n - 2) / sxx);
  return { slope, t: se > 0 ? slope / se : slope === 0 ? 0 : Math.sign(slope) * Number.MAX_VALUE };
}

const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));

/** `found`: dyadShifts of the same series under the same options, when the caller has them already
 * (a report finds the change points once and cites their events); found here otherwise. */
export function overallDirection(series: DyadSeries, options: DirectionOptions = {}, found?: Shifts): OverallDirection {
  const trendSd = optionNumber(options.trendSd ?? 1, 'trendSd', 0, 1000);
  const trendT = optionNumber(options.trendT ?? 2, 'trendT', 0, 1000);
  const minEvents = optionNumber(options.minEvents ?? 10, 'minEvents', 0, 1e12, true);
  const direction = options.direction ?? 'both';
  const { values } = observedValues(series, options.measure ?? 'net', direction);
  const events = series.points.reduce((a, p) => a + p[direction].count, 0);
  const shifts = found ?? dyadShifts(series, options);
  const { slope, t } = fitLine(values);
  const rise = slope * Math.max(0, values.length - 1);
  // A perfectly linear series has zero noise by the difference estimate; its spread is the scale then.
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const spread = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length));
  const scale = shifts.sigma > 0 ? shifts.sigma : spread;
  const riseSd = scale > 0 ? rise / scale : 0;
  const base = {
    events, periods: values.length, slope, rise, riseSd, slopeT: t, sigma: shifts.sigma,
    firstMean: shifts.segments[0]?.mean ?? 0, lastMean: shifts.segments.at(-1)?.mean ?? 0, changes: shifts.changes,
  };
  if (events < minEvents) {
    return { ...base, changes: [], direction: 'stable', reasons: [`only ${events} events (fewer than ${minEvents}): too few to call a direction`] };
  }
  const reasons: string[] = [];
  const trend = Math.abs(riseSd) >= trendSd && Math.abs(t) >= trendT ? Math.sign(rise) : 0;
  if (trend !== 0) {
    reasons.push(`trend: net cooperation ${trend > 0 ? 'rose' : 'fell'} ${fmt(Math.abs(rise))} across ${values.length} periods (${fmt(Math.abs(riseSd))} σ, t = ${fmt(t)})`);
  }
  for (const c of shifts.changes) {
    reasons.push(`${c.direction} change at ${c.period}: mean ${fmt(c.before)} → ${fmt(c.after)} (${fmt(c.sizeSd)} σ)`);
  }
  const up = trend > 0 || shifts.changes.some((c) => c.direction === 'warming');
  const down = trend < 0 || shifts.changes.some((c) => c.direction === 'cooling');
  const label: RelationDirection = up && down ? 'shifting' : up ? 'deepening' : down ? 'cooling' : 'stable';
  if (label === 'stable') reasons.push(`no change point and no clear trend (${fmt(riseSd)} σ, t = ${fmt(t)})`);
  return { ...base, direction: label, reasons };
}
