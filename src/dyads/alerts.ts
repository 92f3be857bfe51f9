/**
 * ACLED-style weekly alerts for a dyad, whatever granularity the caller displays: a weekly series
 * of 53 weeks ending with the week judged, aggregated in the store. The week judged is the last
 * complete ISO week on or before `to` — a week cut short by the window would read as a fall.
 */
import { dyadSeries, formatDay, isoWeek, weeklyAlerts } from '../analysis/index.js';
import type { SeriesDirection, WeeklyAlerts } from '../analysis/index.js';
import { ValidationError } from '../errors.js';
import type { Store } from '../store/index.js';
import { checkDate, resolveWindow } from './window.js';
import type { DyadQuery } from './window.js';

export interface DyadAlertOptions extends Omit<DyadQuery, 'from'> {
  /** ISO week key (`2025-W24`); default the last complete week on or before `to`. */
  week?: string;
  /** Default `both`. */
  direction?: SeriesDirection;
  /** See analysis' AlertOptions: default 5 and 0.25. */
  minCount?: number;
  threshold?: number;
}

export interface DyadAlerts extends WeeklyAlerts {
  /** The weekly series the baselines were read from: 52 weeks before the week judged, and it. */
  from: string;
  to: string;
}

const WEEKS_BACK = 52;

/** Monday of an ISO week key, or a ValidationError naming the field. */
export function mondayOfWeek(key: string, field = 'week'): number {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  const bad = (): ValidationError => new ValidationError('VALIDATION', `${field} must be an ISO week such as 2025-W24, got "${key}"`, {
    location: { field },
  });
  if (!m) throw bad();
  const year = Number(m[1]);
  const week = Number(m[2]);
  // Week 1 is the week holding 4 January.
  const monday = isoWeek(checkDate(`${m[1]}-01-04`, field)).monday + (week - 1) * 7;
  const back = isoWeek(monday);
  if (week < 1 || back.year !== year || back.week !== week) throw bad();
  return monday;
}

/** The Monday of the last complete ISO week on or before `day`. */
function lastCompleteMonday(day: number): number {
  const { monday } = isoWeek(day);
  return day - monday === 6 ? monday : monday - 7;
}

export async function dyadAlerts(store: Store, options: DyadAlertOptions): Promise<DyadAlerts> {
  // Only `to` matters here: giving it as `from` too spares the store a look-up of its first date.
  const w = await resolveWindow(store, options.to === undefined ? options : { ...options, from: options.to });
  const monday = options.week !== undefined ? mondayOfWeek(options.week) : lastCompleteMonday(checkDate(w.to, 'to'));
  const from = formatDay(monday - WEEKS_BACK * 7);
  const to = formatDay(monday + 6);
  const buckets = await store.dyadBuckets({ dyad: w.dyad, from, to, granularity: 'week', match: w.match, clusters: false });
  const series = dyadSeries(buckets, { resamples: 0 });
  const alertOptions = {
    ...(options.direction !== undefined ? { direction: options.direction } : {}),
    ...(options.minCount !== undefined ? { minCount: options.minCount } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  };
  return { ...weeklyAlerts(series, alertOptions), from, to };
}
