/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01), which keeps period keys free of
 * time zones. Weeks are ISO 8601: they start on Monday and belong to the year of their Thursday.
 */
import type { Granularity } from './types.js';

const MS_PER_DAY = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month', 'quarter'];

// Event dates repeat (a few thousand distinct days in millions of rows), so parsed days are memoised.
const parsed = new Map<string, number | undefined>();
const MAX_MEMO = 200_000;

/** The day number of an ISO `YYYY-MM-DD` date, or undefined when it is not a real calendar date. */
export function parseDay(date: string): number | undefined {
  if (parsed.has(date)) return parsed.get(date);
  const day = parseUncached(date);
  if (parsed.size >= MAX_MEMO) parsed.clear();
  parsed.set(date, day);
  return day;
}

function parseUncached(date: string): number | undefined {
  const m = DAY_RE.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const d = Number(m[3]);
  const t = Date.UTC(y, mo, d);
  const back = new Date(t);
  // Date.UTC rolls 2025-02-30 over to March; the round trip rejects it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo || back.getUTCDate() !== d) return undefined;
  return t / MS_PER_DAY;
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A period as day numbers (inclusive) with its key. */
export interface PeriodSpan {
  key: string;
  start: number;
  end: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const utcDay = (y: number, monthIndex: number, d: number): number => Date.UTC(y, monthIndex, d) / MS_PER_DAY;

/** ISO year and week of a day. */
export function isoWeek(day: number): { year: number; week: number; monday: number } {
  const weekday = (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7; // Monday = 0
  const monday = day - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - utcDay(year, 0, 1)) / 7) + 1;
  return { year, week, monday };
}

export function periodOf(day: number, granularity: Granularity): PeriodSpan {
  switch (granularity) {
    case 'day':
      return { key: formatDay(day), start: day, end: day };
    case 'week': {
      const { year, week, monday } = isoWeek(day);
      return { key: `${year}-W${pad(week)}`, start: monday, end: monday + 6 };
    }
    case 'month': {
      const d = new Date(day * MS_PER_DAY);
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth();
      return { key: `${y}-${pad(m + 1)}`, start: utcDay(y, m, 1), end: utcDay(y, m + 1, 1) - 1 };
    }
    case 'quarter': {
      const d = new Date(day * MS_PER_DAY);
      const y = d.getUTCFullYear();
      const q = Math.floor(d.getUTCMonth() / 3);
      return { key: `${y}-Q${q + 1}`, start: utcDay(y, 3 * q, 1), end: utcDay(y, 3 * q + 3, 1) - 1 };
    }
  }
}

/** Every period that overlaps the inclusive window [from, to], in order. */
export function periodsBetween(from: number, to: number, granularity: Granularity): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  for (let p = periodOf(from, granularity); p.start <= to; p = periodOf(p.end + 1, granularity)) out.push(p);
  return out;
}
