import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDyad } from './aggregate.js';
import { dyadChanges } from './related.js';
import { dyadSeries } from './series.js';
import { ev } from './test-helpers/index.js';
import type { AnalysisEvent } from './types.js';

/** One-decimal scores whose double sums depend on the order of addition. */
const SCORES = [0.1, 0.2, 0.3, 3.4, -7.2, 1.9, -0.7, 2.8, -6.4, 7.4];
const eventArb: fc.Arbitrary<AnalysisEvent> = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.constantFrom('01', '02'),
  pair: fc.constantFrom(['RUS', 'IRN'], ['IRNGOV', 'RUSMIL'], ['RUS', 'USA']),
  code: fc.constantFrom('040', '072', '111', '190'),
  goldstein: fc.constantFrom(...SCORES),
  cluster: fc.constantFrom('c1', 'c2', undefined),
}).map((r) => ev(`2025-${r.month}-${String(r.day).padStart(2, '0')}`, r.pair[0] ?? '', r.pair[1] ?? '', r.code, r.goldstein,
  r.cluster === undefined ? {} : { clusterId: r.cluster }));

const shuffle = (list: readonly AnalysisEvent[], keys: (i: number) => number): AnalysisEvent[] =>
  list.map((e, i) => ({ e, k: keys(i) })).sort((x, y) => x.k - y.k).map((x) => x.e);

const options = { dyad: { a: 'RUS', b: 'IRN' }, from: '2025-01-01', to: '2025-02-28', granularity: 'month' as const, eventIds: false };

describe('aggregateDyad', () => {
  it('gives the same figures, to the last bit, whatever order the events come in', () => {
    let orderShowed = 0;
    fc.assert(fc.property(fc.array(eventArb, { minLength: 5, maxLength: 80 }), fc.func(fc.integer()), (events, keys) => {
      const shuffled = shuffle(events, keys);
      const got = aggregateDyad(shuffled, options);
      expect(got).toEqual(aggregateDyad(events, options));
      expect(dyadSeries(got, { resamples: 0 })).toEqual(dyadSeries(aggregateDyad(events, options), { resamples: 0 }));
      const window = { from: '2025-02-01', to: '2025-02-28' };
      expect(dyadChanges(shuffled, window)).toEqual(dyadChanges(events, window));
      const plain = (list: AnalysisEvent[]): number => list.reduce((s, e) => s + e.goldstein, 0);
      if (plain(events) !== plain(shuffled)) orderShowed++;
    }), { numRuns: 200 });
    // Guards the property: summed as plain doubles, these lists did depend on the order.
    expect(orderShowed).toBeGreaterThan(10);
  });
});
