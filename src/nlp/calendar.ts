/** Calendar days without clocks or time zones: what dates in news text resolve to. */
import type { DatePrecision } from '../domain/index.js';

export interface Day {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
}

/** An ISO `YYYY-MM-DD` that names a real day, or undefined. */
export function parseDay(iso: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  const back = new Date(Date.UTC(day.y, day.m - 1, day.d));
  return back.getUTCFullYear() === day.y && back.getUTCMonth() === day.m - 1 && back.getUTCDate() === day.d ? day : undefined;
}

/** ISO date; month and year precision give the first day of the period. */
export function formatDay(day: Day, precision: DatePrecision = 'day'): string {
  const m = precision === 'year' ? 1 : day.m;
  const d = precision === 'day' ? day.d : 1;
  return `${String(day.y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(day: Day, days: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday, as chrono numbers them. */
export function weekday(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

/** The Monday that starts the week holding `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}
