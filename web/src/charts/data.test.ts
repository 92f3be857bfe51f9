import { describe, expect, it } from 'vitest';
import { changeRows, domainRows, netRows, netSummary, quadRows } from './data.js';
import type { ChartPoint } from './data.js';

const point = (period: string, start: string, net: number, quad: [number, number, number, number], domains: Record<string, number>): ChartPoint => ({
  period, start, end: start, count: quad.reduce((a, b) => a + b, 0), net, netAB: net / 2, netBA: net / 2,
  quad: { 1: quad[0], 2: quad[1], 3: quad[2], 4: quad[3] }, domains,
});

const points = [
  point('2025-01', '2025-01-01', 12, [3, 1, 0, 0], { diplomacy: 3, military: 1 }),
  point('2025-02', '2025-02-01', -4.5, [0, 0, 2, 1], { diplomacy: 1, economy: 2 }),
];

describe('chart data', () => {
  it('gives one net row per period and direction asked for', () => {
    const rows = netRows(points, { both: 'both', ab: 'IRN→RUS' });
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ period: '2025-01', net: 12, series: 'both' });
    expect(rows[1]).toMatchObject({ period: '2025-01', net: 6, series: 'IRN→RUS' });
    expect(rows[0]?.date.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('spreads quad counts into one row per class', () => {
    const rows = quadRows(points);
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.period === '2025-02').map((r) => r.count)).toEqual([0, 0, 2, 1]);
    expect(rows[2]?.quad).toBe('Verbal conflict');
  });

  it('totals domains across periods, largest first', () => {
    expect(domainRows(points)).toEqual([
      { domain: 'diplomacy', count: 4 },
      { domain: 'economy', count: 2 },
      { domain: 'military', count: 1 },
    ]);
  });

  it('labels change points and summarises the line', () => {
    const changes = [{ period: '2025-02', date: '2025-02-01', direction: 'cooling' as const, before: 12, after: -4.5 }];
    expect(changeRows(changes)[0]?.label).toBe('Cooling from 2025-02: 12.0 → -4.5');
    const summary = netSummary(points, changes);
    expect(summary).toContain('2 periods from 2025-01 to 2025-02, 7 events');
    expect(summary).toContain('lowest -4.5 in 2025-02');
    expect(summary).toContain('cooling at 2025-02');
    expect(netSummary([], [])).toBe('No periods in the window.');
  });
});
