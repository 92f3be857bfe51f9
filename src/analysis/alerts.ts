/**
 * ACLED-style alerts: this week's event count against the mean of the previous 4 and of the
 * previous 52 weeks, for all of a dyad's events and per quad class. A rise of at least `threshold`
 * (+25%) is a large increase, a fall of at least as much a large decrease. A floor keeps small
 * numbers quiet: an increase needs at least `minCount` events this week (1 → 2 is +100% but no
 * news), a decrease a baseline mean of at least `minCount`. A baseline only counts when the series
 * holds all its weeks — give a window of 53 weeks or more — because weeks before the window are
 * unknown, not empty.
 */
import { ValidationError } from '../errors.js';
import { optionNumber } from './validate.js';
import type { DyadSeries } from './series.js';
import type { QuadClass } from '../domain/index.js';
import type { SeriesDirection } from './types.js';

export type AlertKind = 'large-increase' | 'large-decrease';
export type AlertScope = 'all' | QuadClass;

export interface AlertOptions {
  /** ISO week key (`2025-W24`); default the last week of the series. */
  week?: string;
  /** Default 5. */
  minCount?: number;
  /** Relative change that alerts. Default 0.25. */
  threshold?: number;
  /** Default `both`. */
  direction?: SeriesDirection;
}

export interface Baseline {
  /** 4 or 52. */
  span: number;
  /** Weeks of the span present in the series. */
  weeks: number;
  complete: boolean;
  mean: number;
  /** (count − mean) / mean; null when the mean is 0. */
  change: number | null;
  alert?: AlertKind;
}

export interface AlertRow {
  scope: AlertScope;
  count: number;
  baselines: [Baseline, Baseline];
}

export interface Alert {
  scope: AlertScope;
  span: number;
  kind: AlertKind;
  count: number;
  mean: number;
  change: number | null;
}

export interface WeeklyAlerts {
  week: string;
  rows: AlertRow[];
  /** The rows' alerts, flattened. */
  alerts: Alert[];
}

const SCOPES: AlertScope[] = ['all', 1, 2, 3, 4];

function judge(count: number, mean: number, complete: boolean, minCount: number, threshold: number): AlertKind | undefined {
  if (!complete) return undefined;
  // Relative slack so 5 vs 4 (exactly +25%) is not lost to floating-point rounding of the mean.
  const slack = 1e-9 * Math.max(1, mean);
  if (count >= minCount && count >= mean * (1 + threshold) - slack && count > mean) return 'large-increase';
  if (mean >= minCount && count <= mean * (1 - threshold) + slack) return 'large-decrease';
  return undefined;
}

export function weeklyAlerts(series: DyadSeries, options: AlertOptions = {}): WeeklyAlerts {
  if (series.granularity !== 'week') {
    throw new ValidationError('VALIDATION', `alerts need a weekly series, got ${series.granularity}`, {
      location: { field: 'granularity' }, hint: 'aggregate with granularity "week"',
    });
  }
  const minCount = optionNumber(options.minCount ?? 5, 'minCount', 0, 1e9);
  const threshold = optionNumber(options.threshold ?? 0.25, 'threshold', 0, 1);
  const direction = options.direction ?? 'both';
  const points = series.points;
  const index = options.week === undefined ? points.length - 1 : points.findIndex((p) => p.period === options.week);
  const current = points[index];
  if (!current) {
    throw new ValidationError('VALIDATION', `week ${options.week ?? '(last)'} is not in the series ${series.from}..${series.to}`, {
      location: { field: 'week' },
    });
  }
  const countOf = (i: number, scope: AlertScope): number => {
    const m = points[i]?.[direction];
    if (!m) return 0;
    return scope === 'all' ? m.count : m.quad[scope];
  };
  const rows = SCOPES.map((scope): AlertRow => {
    const count = countOf(index, scope);
    const baseline = (span: number): Baseline => {
      const first = Math.max(0, index - span);
      let sum = 0;
      for (let i = first; i < index; i++) sum += countOf(i, scope);
      const weeks = index - first;
      const mean = weeks > 0 ? sum / weeks : 0;
      const b: Baseline = { span, weeks, complete: weeks === span, mean, change: mean > 0 ? (count - mean) / mean : null };
      const alert = judge(count, mean, b.complete, minCount, threshold);
      if (alert) b.alert = alert;
      return b;
    };
    return { scope, count, baselines: [baseline(4), baseline(52)] };
  });
  const alerts = rows.flatMap((r) => r.baselines.flatMap((b) =>
    b.alert ? [{ scope: r.scope, span: b.span, kind: b.alert, count: r.count, mean: b.mean, change: b.change }] : []));
  return { week: current.period, rows, alerts };
}
