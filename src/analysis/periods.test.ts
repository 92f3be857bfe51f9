import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, isoWeek, parseDay, periodOf, periodsBetween } from './periods.js';
import type { Granularity } from './types.js';

const day = (d: string): number => {
  const n = parseDay(d);
  if (n === undefined) throw new Error(`bad test date ${d}`);
  return n;
};

describe('calendar days', () => {
  it('parses real dates and rejects impossible or sloppy ones', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '2025-6-1', '2025-06-01T00:00', '', 'June 1']) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
  });
});

describe('periods', () => {
  it('keys ISO weeks by the year of their Thursday', () => {
    // 2021-01-03 is a Sunday; its Thursday (2020-12-31) lies in 2020, which has 53 weeks.
    expect(periodOf(day('2021-01-03'), 'week').key).toBe('2020-W53');
    // 2024-12-30 is a Monday whose Thursday is 2025-01-02.
    expect(periodOf(day('2024-12-30'), 'week')).toEqual({ key: '2025-W01', start: day('2024-12-30'), end: day('2025-01-05') });
    expect(isoWeek(day('2025-06-13')).week).toBe(24);
    // 2025-12-31 is a Wednesday; the Thursday after it, 2026-01-01, puts the week in 2026.
    expect(periodOf(day('2025-12-31'), 'week').key).toBe('2026-W01');
  });

  it('gives months and quarters their whole span', () => {
    expect(periodOf(day('2024-02-10'), 'month')).toEqual({ key: '2024-02', start: day('2024-02-01'), end: day('2024-02-29') });
    expect(periodOf(day('2025-12-31'), 'quarter')).toEqual({ key: '2025-Q4', start: day('2025-10-01'), end: day('2025-12-31') });
  });

  it('lists every period overlapping a window, edges included', () => {
    expect(periodsBetween(day('2025-01-15'), day('2025-04-01'), 'month').map((p) => p.key)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(periodsBetween(day('2025-03-31'), day('2025-04-01'), 'quarter').map((p) => p.key)).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('tiles the window: each day of it lies in exactly one listed period, periods are contiguous', () => {
    const g = fc.constantFrom<Granularity>('day', 'week', 'month', 'quarter');
    fc.assert(fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 400 }), g, (from, len, granularity) => {
      const periods = periodsBetween(from, from + len, granularity);
      for (let i = 1; i < periods.length; i++) expect(periods[i]?.start).toBe((periods[i - 1]?.end ?? 0) + 1);
      for (const d of [from, from + len, from + Math.floor(len / 2)]) {
        expect(periods.filter((p) => p.start <= d && d <= p.end)).toHaveLength(1);
        expect(periods.map((p) => p.key)).toContain(periodOf(d, granularity).key);
      }
    }));
  });
});
