import { describe, expect, it } from 'vitest';
import { dyadChanges, relatedDyads } from './related.js';
import { ev } from './test-helpers/index.js';

// Current window: February 2025 (28 days); previous: the 28 days before, 2025-01-04..2025-01-31.
const events = [
  ev('2025-01-10', 'RUS', 'UKR', '190', -10), ev('2025-02-10', 'RUSGOV', 'UKR', '040', 1), // +11
  ev('2025-01-12', 'IRN', 'ISR', '111', -2), ev('2025-02-12', 'ISRMIL', 'IRN', '190', -10), ev('2025-02-13', 'IRN', 'ISR', '195', -10), // −20 + 2
  ev('2025-02-03', 'RUS', 'IRN', '061', 6), ev('2025-02-04', 'IRN', 'RUS', '051', 3.4), ev('2025-02-05', 'RUS', 'IRN', '040', 1),
  ev('2025-02-06', 'IRN', 'CHN', '061', 6),
  ev('2025-01-03', 'USA', 'CHN', '190', -10), // before the previous window
  ev('2025-02-20', 'RUSGOV', 'RUSMIL', '040', 1), // internal: not a dyad
  ev('2025-02-21', '', 'IRN', '040', 1), // unknown side
];

describe('dyad rankings', () => {
  const window = { from: '2025-02-01', to: '2025-02-28' };

  it('ranks all dyads by events and by change in net cooperation', () => {
    const r = dyadChanges(events, window);
    expect(r.previous).toEqual({ from: '2025-01-04', to: '2025-01-31' });
    expect(r.byCount.map((d) => [d.dyad.a, d.dyad.b, d.count])).toEqual([
      ['IRN', 'RUS', 3], ['IRN', 'ISR', 2], ['CHN', 'IRN', 1], ['RUS', 'UKR', 1],
    ]);
    const isr = r.byChange[0];
    expect(isr?.dyad).toEqual({ a: 'IRN', b: 'ISR' });
    expect(isr?.previousNet).toBeCloseTo(-2);
    expect(isr?.net).toBeCloseTo(-20);
    expect(isr?.change).toBeCloseTo(-18);
    // |change|: IRN–ISR 18, RUS–UKR 11, IRN–RUS 6 + 3.4 + 1 = 10.4, CHN–IRN 6.
    expect(r.byChange.map((d) => `${d.dyad.a}-${d.dyad.b}`)).toEqual(['IRN-ISR', 'RUS-UKR', 'IRN-RUS', 'CHN-IRN']);
    expect(r.byChange.find((d) => d.dyad.b === 'UKR')?.change).toBeCloseTo(1 - -10);
  });

  it('ranks only dyads whose both sides are kept', () => {
    const r = dyadChanges(events, { ...window, keep: (key) => key !== 'ISR' });
    expect(r.byCount.map((d) => `${d.dyad.a}-${d.dyad.b}`)).toEqual(['IRN-RUS', 'CHN-IRN', 'RUS-UKR']);
    expect(r.byChange.map((d) => `${d.dyad.a}-${d.dyad.b}`)).toEqual(['RUS-UKR', 'IRN-RUS', 'CHN-IRN']);
  });

  it('lists the dyads that share an actor with (RUS, IRN)', () => {
    const r = relatedDyads(events, { a: 'RUS', b: 'IRN' }, { ...window, limit: 2 });
    expect(r.byCount.map((d) => `${d.dyad.a}-${d.dyad.b}`)).toEqual(['IRN-ISR', 'IRN-CHN']);
    expect(r.byChange.map((d) => `${d.dyad.a}-${d.dyad.b}`)).toEqual(['IRN-ISR', 'RUS-UKR']);
  });
});
