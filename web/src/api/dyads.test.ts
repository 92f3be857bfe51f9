import { describe, expect, it } from 'vitest';
import { toDyadView } from './dyads.js';
import type { DyadReport } from './types.js';

const metrics = (count: number, net: number, quad: [number, number, number, number], domains: Record<string, number>) => ({
  count, quad: { 1: quad[0], 2: quad[1], 3: quad[2], 4: quad[3] }, domains, goldsteinSum: net, goldsteinMean: count ? net / count : 0,
  cooperativeWeight: Math.max(net, 0), conflictualWeight: Math.max(-net, 0), net,
  perVolume: { count: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, domains: {}, goldsteinSum: 0, net: 0 },
});

const change = { index: 1, period: '2025-03', date: '2025-03-01', direction: 'cooling' as const, before: 9, after: -2, size: -11, sizeSd: 3, periods: [], eventIds: [] };

const report: DyadReport = {
  series: {
    dyad: { a: 'IRN', b: 'RUS' }, match: 'prefix', granularity: 'month', from: '2025-02-01', to: '2025-03-31',
    points: [
      { period: '2025-02', start: '2025-02-01', end: '2025-02-28', volume: 5, negated: 0,
        ab: metrics(2, 6, [2, 0, 0, 0], { diplomacy: 2 }), ba: metrics(1, 3, [1, 0, 0, 0], { economy: 1 }), both: metrics(3, 9, [3, 0, 0, 0], { diplomacy: 2, economy: 1 }) },
      { period: '2025-03', start: '2025-03-01', end: '2025-03-31', volume: 4, negated: 1,
        ab: metrics(0, 0, [0, 0, 0, 0], {}), ba: metrics(1, -2, [0, 0, 1, 0], { diplomacy: 1 }), both: metrics(1, -2, [0, 0, 1, 0], { diplomacy: 1 }) },
    ],
  },
  measure: 'net', direction: 'both', sparkline: '▇▁',
  shifts: { measure: 'net', direction: 'both', sigma: 1, penalty: 2, changes: [change], segments: [] },
  overall: { direction: 'cooling', events: 4, periods: 2, slope: -11, rise: -11, riseSd: -3, slopeT: -2, sigma: 1, firstMean: 9, lastMean: -2, changes: [change], reasons: ['net cooperation fell from 9 to −2'] },
  alerts: { week: '2025-W13', rows: [], alerts: [{ scope: 3, span: 4, kind: 'large-increase', count: 6, mean: 1.5, change: 3 }], from: '2025-01-01', to: '2025-03-31' },
  coverage: [{ dataset: 'gdelt2', unit: '15min', expected: 5664, present: 96, missing: 5568 }],
};

describe('toDyadView', () => {
  it('keeps per-period totals of both directions and each side', () => {
    const view = toDyadView(report, 'month');
    expect(view.points.map((p) => [p.period, p.count, p.net, p.netAB, p.netBA])).toEqual([['2025-02', 3, 9, 6, 3], ['2025-03', 1, -2, 0, -2]]);
    expect(view.points[1]?.quad).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0 });
    expect(view.points[0]?.domains).toEqual({ diplomacy: 2, economy: 1 });
    expect(view).toMatchObject({ a: 'IRN', b: 'RUS', by: 'month', from: '2025-02-01', to: '2025-03-31' });
  });

  it('carries change points, alerts and the direction with its reasons', () => {
    const view = toDyadView(report, 'month');
    expect(view.changes).toEqual([{ period: '2025-03', date: '2025-03-01', direction: 'cooling', before: 9, after: -2, size: -11 }]);
    expect(view.alerts).toEqual([{ week: '2025-W13', scope: '3', kind: 'large-increase', count: 6, mean: 1.5 }]);
    expect(view.direction).toEqual({ direction: 'cooling', reasons: ['net cooperation fell from 9 to −2'] });
    expect(view.coverage).toEqual([{ dataset: 'gdelt2', unit: '15min', expected: 5664, present: 96, missing: 5568 }]);
  });

  it('shows only the change points the direction was called on, as the brief does', () => {
    const thin = { ...report, overall: { ...report.overall, direction: 'stable' as const, changes: [], reasons: ['only 4 events (fewer than 10): too few to call a direction'] } };
    expect(thin.shifts.changes).toHaveLength(1);
    expect(toDyadView(thin, 'month').changes).toEqual([]);
  });

  it('has no alerts when the report carries none', () => {
    const { alerts: _alerts, ...without } = report;
    expect(toDyadView(without, 'week').alerts).toEqual([]);
  });
});
