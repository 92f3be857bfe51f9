import { describe, expect, it } from 'vitest';
import { aggregateDyad } from './aggregate.js';
import { overallDirection } from './direction.js';
import { dyadSeries } from './series.js';
import { dyadShifts } from './shifts.js';
import { ev } from './test-helpers/index.js';
import type { AnalysisEvent } from './types.js';

const dyad = { a: 'RUS', b: 'IRN' };
const month = (m: number): string => `2024-${String(m).padStart(2, '0')}`;

/** Events for month m (1..12): `coop` cooperative (+4 each) and `conf` conflictual (−5 each). */
function monthEvents(m: number, coop: number, conf: number): AnalysisEvent[] {
  const out: AnalysisEvent[] = [];
  for (let i = 0; i < coop; i++) out.push(ev(`${month(m)}-${String(2 + i).padStart(2, '0')}`, 'RUS', 'IRN', '061', 4));
  for (let i = 0; i < conf; i++) out.push(ev(`${month(m)}-${String(15 + i).padStart(2, '0')}`, 'IRN', 'RUS', '111', -5));
  return out;
}

const seriesOf = (events: AnalysisEvent[]) =>
  dyadSeries(aggregateDyad(events, { dyad, from: '2024-01-01', to: '2024-12-31', granularity: 'month' }), { resamples: 0 });

// Per-month mix (cooperative, conflictual); net = 4·coop − 5·conf.
const build = (mix: (m: number) => [number, number]) => Array.from({ length: 12 }, (_, i) => monthEvents(i + 1, ...mix(i + 1))).flat();

describe('shifts', () => {
  it('dates a cooling, sizes it, and cites the events around it', () => {
    // Small monthly wobble so the noise is not zero: Jan–Jun net 12 or 8, Jul–Dec net −15 or −11.
    const events = build((m) => (m <= 6 ? [3 - (m % 2), 0] : [m % 2, 3]));
    const shifts = dyadShifts(seriesOf(events));
    expect(shifts.changes).toHaveLength(1);
    const c = shifts.changes[0];
    const before = (12 + 8 + 12 + 8 + 12 + 8) / 6;
    const after = (-15 + -11 + -15 + -11 + -15 + -11) / 6;
    expect(c).toMatchObject({ index: 6, period: '2024-07', date: '2024-07-01', direction: 'cooling' });
    expect(c?.before).toBeCloseTo(before);
    expect(c?.after).toBeCloseTo(after);
    expect(c?.size).toBeCloseTo(after - before);
    expect(c?.sizeSd).toBeCloseTo((after - before) / shifts.sigma);
    expect(c?.periods).toEqual(['2024-06', '2024-07']);
    const around = events.filter((e) => e.date.startsWith('2024-06') || e.date.startsWith('2024-07')).map((e) => e.id);
    expect(c?.eventIds.sort()).toEqual(around.sort());
    expect(shifts.segments.map((s) => [s.from, s.to])).toEqual([['2024-01', '2024-06'], ['2024-07', '2024-12']]);
  });
});

describe('overall direction', () => {
  it('calls a warming jump deepening and a cooling one cooling', () => {
    const up = overallDirection(seriesOf(build((m) => (m <= 6 ? [1 + (m % 2), 1] : [5 + (m % 2), 0]))));
    expect(up.direction).toBe('deepening');
    expect(up.changes.map((c) => c.direction)).toEqual(['warming']);
    expect(up.reasons.join(' ')).toMatch(/warming change at 2024-07/);
    const down = overallDirection(seriesOf(build((m) => (m <= 6 ? [5 + (m % 2), 0] : [1 + (m % 2), 1]))));
    expect(down.direction).toBe('cooling');
  });

  it('calls a rise and fall shifting', () => {
    const bump = overallDirection(seriesOf(build((m) => (m >= 5 && m <= 8 ? [6 + (m % 2), 0] : [m % 2, 1]))));
    expect(bump.changes.map((c) => c.direction)).toEqual(['warming', 'cooling']);
    expect(bump.direction).toBe('shifting');
  });

  it('reads a steady climb as deepening from the trend alone', () => {
    // Month m has m cooperative events: net rises by 4 a month, without any jump.
    const ramp = overallDirection(seriesOf(build((m) => [m, 0])));
    expect(ramp.changes).toEqual([]);
    expect(ramp.slope).toBeCloseTo(4);
    expect(ramp.rise).toBeCloseTo(4 * 11);
    expect(ramp.direction).toBe('deepening');
  });

  it('calls a steady relationship stable, and refuses to call thin data', () => {
    const flat = overallDirection(seriesOf(build(() => [2, 0])));
    expect(flat).toMatchObject({ direction: 'stable', changes: [], slope: 0 });
    const thin = overallDirection(seriesOf([...monthEvents(1, 2, 0), ...monthEvents(12, 0, 3)]));
    expect(thin.events).toBe(5);
    expect(thin.direction).toBe('stable');
    expect(thin.reasons[0]).toMatch(/only 5 events/);
    // A clear step the detector finds is not reported as a turn when the record is too thin to call.
    const step = seriesOf(build((m) => (m <= 6 ? [5 + (m % 2), 0] : [1 + (m % 2), 1])));
    expect(dyadShifts(step).changes).toHaveLength(1);
    expect(overallDirection(step, { minEvents: 1000 })).toMatchObject({ direction: 'stable', changes: [] });
  });
});
