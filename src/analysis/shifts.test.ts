import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDyad } from './aggregate.js';
import { overallDirection } from './direction.js';
import { dyadSeries } from './series.js';
import { dyadShifts, observedSpan } from './shifts.js';
import { ev } from './test-helpers/index.js';
import type { AnalysisEvent } from './types.js';

const dyad = { a: 'IRN', b: 'RUS' };

/** Months from 2024-01 on, each with events whose net cooperation is the given figure. */
function monthlyNet(nets: readonly number[], startYear = 2024): AnalysisEvent[] {
  return nets.flatMap((net, i) => {
    const y = startYear + Math.floor(i / 12);
    const month = `${y}-${String((i % 12) + 1).padStart(2, '0')}`;
    // Goldstein stays within ±10, so a large monthly figure is several events.
    const parts = Math.max(1, Math.ceil(Math.abs(net) / 10));
    return Array.from({ length: net === 0 ? 0 : parts }, (_, k) => (net > 0
      ? ev(`${month}-${String(3 + k).padStart(2, '0')}`, 'IRNGOV', 'RUSGOV', '051', net / parts)
      : ev(`${month}-${String(3 + k).padStart(2, '0')}`, 'RUSGOV', 'IRNGOV', '111', net / parts)));
  });
}

/** Third-party events in every month of the padding, so the padded months have media volume. */
const padding = (from: string, to: string): AnalysisEvent[] => [ev(from, 'RUSGOV', 'CHNGOV', '036', 4), ev(to, 'IRNGOV', 'TURGOV', '036', 4)];

function analyse(events: readonly AnalysisEvent[], from: string, to: string) {
  const series = dyadSeries(aggregateDyad(events, { dyad, from, to, granularity: 'month' }), { resamples: 0 });
  return { series, shifts: dyadShifts(series), overall: overallDirection(series) };
}

const summary = (r: ReturnType<typeof analyse>) => ({
  direction: r.overall.direction,
  changes: r.shifts.changes.map((c) => [c.period, c.direction, c.before, c.after, c.sizeSd]),
  sigma: r.shifts.sigma,
  slope: r.overall.slope,
});

// The shape of the demo corpus' Iran–Russia series, January 2024 to June 2025: steady, a treaty
// spike, a few sour months, a recovery. Three empty months in front of it used to shrink the noise
// estimate enough to call a warming and a cooling change that the unpadded series does not show.
const DEMO_SHAPE = [19.4, 7, 14.8, 0.3, 10.4, 18.8, 11.6, 7.2, 0, 28.3, 15.8, 23.2, 61.8, 28.6, -4.7, 1.2, -6, 30.7];

describe('change points over a padded window', () => {
  it('finds the same change points, direction and noise when empty months pad the window', () => {
    const events = [...monthlyNet(DEMO_SHAPE), ...padding('2023-10-02', '2026-02-10')];
    const tight = analyse(events, '2024-01-01', '2025-06-30');
    expect(observedSpan(tight.series)).toEqual({ start: 0, end: 18 });
    for (const [from, to] of [['2023-10-01', '2025-06-30'], ['2023-01-01', '2026-03-31'], ['2024-01-01', '2025-12-31']] as const) {
      const padded = analyse(events, from, to);
      expect(summary(padded), `${from}..${to}`).toEqual(summary(tight));
    }
  });

  it('keeps a real change where it is, with its periods and cited events, when padded', () => {
    const nets = [10, 12, 9, 11, 10, 12, -8, -10, -9, -11, -10, -8];
    const events = monthlyNet(nets);
    const tight = analyse(events, '2024-01-01', '2024-12-31');
    const padded = analyse(events, '2023-07-01', '2025-04-30');
    expect(tight.shifts.changes.map((c) => c.period)).toEqual(['2024-07']);
    expect(padded.shifts.changes.map((c) => [c.period, c.index, c.periods, c.eventIds.length]))
      .toEqual([['2024-07', 6 + 6, ['2024-06', '2024-07'], tight.shifts.changes[0]?.eventIds.length]]);
    expect(padded.shifts.segments.map((s) => [s.from, s.to])).toEqual([['2024-01', '2024-06'], ['2024-07', '2024-12']]);
    expect(padded.overall.direction).toBe('cooling');
  });

  it('gives the same answer for any padding of any series (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: -25, max: 25 }), { minLength: 4, maxLength: 24 }),
      fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }),
      (nets, before, after) => {
        // The observed span starts and ends with an event, as a pair's record does.
        const body = [nets[0] || 5, ...nets.slice(1, -1), nets.at(-1) || -5];
        const events = monthlyNet(body);
        const endOf = (months: number): string => {
          const d = new Date(Date.UTC(2024, months, 0));
          return d.toISOString().slice(0, 10);
        };
        const startOf = (months: number): string => new Date(Date.UTC(2024, months, 1)).toISOString().slice(0, 10);
        const tight = analyse(events, startOf(0), endOf(body.length));
        const padded = analyse(events, startOf(-before), endOf(body.length + after));
        expect(summary(padded)).toEqual(summary(tight));
      }), { numRuns: 150 });
  });

  it('reads an empty series whole, and a silent month inside the record as a zero', () => {
    const empty = analyse([], '2024-01-01', '2024-06-30');
    expect(observedSpan(empty.series)).toEqual({ start: 0, end: 6 });
    expect(empty.shifts.segments).toEqual([{ from: '2024-01', to: '2024-06', mean: 0 }]);
    const gap = analyse(monthlyNet([5, 0, 0, 5]), '2023-11-01', '2024-06-30');
    expect(observedSpan(gap.series)).toEqual({ start: 2, end: 6 });
  });
});
