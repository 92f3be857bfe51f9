import { describe, expect, it } from 'vitest';
import { alignment } from './alignment.js';
import { ev } from './test-helpers/index.js';

describe('alignment from events', () => {
  it('gives 1 when both treat every third party alike and ignores their own dealings', () => {
    const events = [
      ev('2025-01-01', 'RUS', 'CHN', '061', 6), ev('2025-01-02', 'IRNGOV', 'CHN', '061', 6),
      ev('2025-01-03', 'RUS', 'USA', '111', -2), ev('2025-01-04', 'USA', 'IRN', '111', -2),
      ev('2025-01-05', 'RUS', 'IRN', '190', -10), // A–B itself: not a third party
    ];
    const a = alignment(events, { a: 'RUS', b: 'IRN' });
    expect(a.thirdParties).toEqual(['CHN', 'USA']);
    expect(a.profileA).toEqual([0.6, -0.2]);
    expect(a.profileB).toEqual([0.6, -0.2]);
    expect(a.unweighted.s).toBe(1);
    expect(a.weighted.s).toBe(1);
    expect(a.unweighted.pi).toBeCloseTo(1);
  });

  it('gives −1 for opposite extremes under the balance measure', () => {
    const events = [
      ev('2025-01-01', 'RUS', 'SYR', '072', 8.3), ev('2025-01-02', 'TUR', 'SYR', '190', -10),
      ev('2025-01-03', 'RUS', 'UKR', '190', -10), ev('2025-01-04', 'TUR', 'UKR', '071', 7.4),
    ];
    const a = alignment(events, { a: 'RUS', b: 'TUR' }, { measure: 'balance' });
    expect(a.profileA).toEqual([1, -1]);
    expect(a.profileB).toEqual([-1, 1]);
    expect(a.unweighted.s).toBe(-1);
  });

  it('fills missing relations with 0, or compares only shared third parties', () => {
    const events = [
      ev('2025-01-01', 'RUS', 'CHN', '061', 6), ev('2025-01-02', 'IRN', 'CHN', '061', 6),
      ev('2025-01-03', 'RUS', 'IND', '061', 6), ev('2025-01-03', 'RUS', 'IND', '061', 6),
    ];
    const neutral = alignment(events, { a: 'RUS', b: 'IRN' });
    expect(neutral.thirdParties).toEqual(['CHN', 'IND']);
    expect(neutral.profileB).toEqual([0.6, 0]);
    // Unweighted: D_o = (0 + 0.6)/2 = 0.3, S = 1 − 0.3 = 0.7. Weighted by events (2 and 2): the same.
    expect(neutral.unweighted.s).toBeCloseTo(0.7);
    expect(neutral.weights).toEqual([2, 2]);
    const shared = alignment(events, { a: 'RUS', b: 'IRN' }, { missing: 'shared' });
    expect(shared.thirdParties).toEqual(['CHN']);
    expect(shared.unweighted.s).toBe(1);
    const supplied = alignment(events, { a: 'RUS', b: 'IRN' }, { weights: { CHN: 3, IND: 1 } });
    // D_o = (3·0 + 1·0.6)/4 = 0.15, S = 0.85.
    expect(supplied.weighted.s).toBeCloseTo(0.85);
  });
});
