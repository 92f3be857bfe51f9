import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { aggregateDyad } from './aggregate.js';
import { weeklyAlerts } from './alerts.js';
import { formatDay, parseDay } from './periods.js';
import { dyadSeries } from './series.js';
import { ev } from './test-helpers/index.js';
import type { AnalysisEvent } from './types.js';

const dyad = { a: 'RUS', b: 'IRN' };
// 2024-01-01 is the Monday of 2024-W01; 53 weeks later ends on Sunday 2025-01-05 (2025-W01).
const monday0 = parseDay('2024-01-01') ?? 0;

/** counts[w] events in week w (0..52), all verbal cooperation unless `code` says otherwise. */
function weekly(counts: number[], extra: (w: number) => AnalysisEvent[] = () => []) {
  const events: AnalysisEvent[] = [];
  counts.forEach((n, w) => {
    for (let i = 0; i < n; i++) events.push(ev(formatDay(monday0 + 7 * w + (i % 7)), 'RUS', 'IRN', '040', 1));
    events.push(...extra(w));
  });
  const to = formatDay(monday0 + 7 * counts.length - 1);
  return dyadSeries(aggregateDyad(events, { dyad, from: '2024-01-01', to, granularity: 'week' }), { resamples: 0 });
}
const history = (base: number, current: number): number[] => [...Array<number>(52).fill(base), current];
const allRow = (r: ReturnType<typeof weeklyAlerts>) => r.rows.find((x) => x.scope === 'all');

describe('weekly alerts', () => {
  it('fires a large increase at +25% against both baselines', () => {
    const r = weeklyAlerts(weekly(history(4, 5)));
    expect(r.week).toBe('2025-W01');
    expect(allRow(r)?.baselines.map((b) => [b.span, b.complete, b.mean, b.change])).toEqual([[4, true, 4, 0.25], [52, true, 4, 0.25]]);
    expect(r.alerts).toEqual(expect.arrayContaining([
      { scope: 'all', span: 4, kind: 'large-increase', count: 5, mean: 4, change: 0.25 },
      { scope: 'all', span: 52, kind: 'large-increase', count: 5, mean: 4, change: 0.25 },
      { scope: 1, span: 4, kind: 'large-increase', count: 5, mean: 4, change: 0.25 },
    ]));
  });

  it('stays quiet at +24%', () => {
    const r = weeklyAlerts(weekly(history(25, 31)));
    expect(allRow(r)?.baselines[0].change).toBeCloseTo(0.24);
    expect(r.alerts).toEqual([]);
    expect(weeklyAlerts(weekly(history(25, 32))).alerts.length).toBeGreaterThan(0); // +28%
  });

  it('ignores increases below the minimum count', () => {
    const r = weeklyAlerts(weekly(history(1, 2)));
    expect(allRow(r)?.baselines[0].change).toBe(1); // +100%, but 1 → 2 is no news
    expect(r.alerts).toEqual([]);
    expect(weeklyAlerts(weekly(history(1, 2)), { minCount: 2 }).alerts.length).toBeGreaterThan(0);
  });

  it('fires the symmetric decrease, and compares the two baselines separately', () => {
    expect(weeklyAlerts(weekly(history(8, 6))).alerts.map((a) => [a.scope, a.span, a.kind])).toEqual([
      ['all', 4, 'large-decrease'], ['all', 52, 'large-decrease'], [1, 4, 'large-decrease'], [1, 52, 'large-decrease'],
    ]);
    expect(weeklyAlerts(weekly(history(8, 7))).alerts).toEqual([]); // −12.5%
    // 48 busy weeks (10), 4 quiet ones (4), then 5: up on the month, down on the year.
    const r = weeklyAlerts(weekly([...Array<number>(48).fill(10), 4, 4, 4, 4, 5]));
    const [b4, b52] = allRow(r)?.baselines ?? [];
    expect(b4?.alert).toBe('large-increase');
    expect(b52?.mean).toBeCloseTo((48 * 10 + 4 * 4) / 52);
    expect(b52?.alert).toBe('large-decrease');
  });

  it('alerts per quad class, from a zero baseline too', () => {
    const strikes = (w: number) => (w === 52 ? [1, 2, 3, 4, 5, 6].map(() => ev(formatDay(monday0 + 7 * w + 2), 'IRN', 'RUS', '190', -10)) : []);
    const r = weeklyAlerts(weekly(history(4, 4), strikes));
    const quad4 = r.rows.find((x) => x.scope === 4);
    expect(quad4?.count).toBe(6);
    expect(quad4?.baselines[0]).toMatchObject({ mean: 0, change: null, alert: 'large-increase' });
    expect(r.rows.find((x) => x.scope === 1)?.baselines[0].alert).toBeUndefined();
  });

  it('needs the whole baseline, a weekly series and a week inside it', () => {
    const short = weeklyAlerts(weekly([4, 4, 4, 4, 4, 9]));
    expect(allRow(short)?.baselines[1]).toMatchObject({ weeks: 5, complete: false });
    expect(short.alerts.map((a) => a.span)).toEqual([4, 4]); // all and quad 1, both on the 4-week baseline
    const monthly = dyadSeries(aggregateDyad([], { dyad, from: '2024-01-01', to: '2024-12-31', granularity: 'month' }), { resamples: 0 });
    expect(() => weeklyAlerts(monthly)).toThrow(ValidationError);
    expect(() => weeklyAlerts(weekly([1, 2]), { week: '2030-W01' })).toThrow(/not in the series/);
  });
});
