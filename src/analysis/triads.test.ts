import { describe, expect, it } from 'vitest';
import { strongestTriads, triadStance } from './triads.js';
import { ev } from './test-helpers/index.js';

// Israel (C) strikes Iran (B); Russia (A) condemns Israel right after; the US (A') praises Israel.
const strike1 = ev('2025-06-13', 'ISRMIL', 'IRN', '190', -10);
const strike2 = ev('2025-06-22', 'ISR', 'IRNMIL', '195', -10);
const ruCondemn = ev('2025-06-13', 'RUSGOV', 'ISR', '111', -2);
const ruAccuse = ev('2025-06-24', 'RUS', 'ISRGOV', '112', -4);
const ruCalm = ev('2025-05-02', 'RUS', 'ISR', '040', 1); // before any strike: baseline
const ruLate = ev('2025-07-20', 'RUS', 'ISR', '042', 1.9); // weeks after: baseline
const usPraise = ev('2025-06-14', 'USA', 'ISR', '051', 3.4);
const usSupport = ev('2025-06-23', 'USA', 'ISR', '062', 7.4);
const irnHitsIsr = ev('2025-06-14', 'IRNMIL', 'ISR', '195', -10); // Iran strikes back (C→B for B = ISR)
const events = [strike1, strike2, ruCondemn, ruAccuse, ruCalm, ruLate, usPraise, usSupport, irnHitsIsr];

describe('triads', () => {
  it('finds Russia protective of Iran against Israel, with its evidence', () => {
    const t = triadStance(events, { a: 'RUS', b: 'IRN', c: 'ISR' });
    expect(t.triggers.sort()).toEqual([strike1.id, strike2.id].sort());
    expect(t.responses.sort()).toEqual([ruCondemn.id, ruAccuse.id].sort());
    expect(t.count).toBe(2);
    expect(t.meanGoldstein).toBeCloseTo((-2 + -4) / 2);
    expect(t.baselineCount).toBe(2);
    expect(t.baselineMeanGoldstein).toBeCloseTo((1 + 1.9) / 2);
    expect(t.label).toBe('protective');
  });

  it('labels praise of the aggressor aligned, and silence neutral', () => {
    const us = triadStance(events, { a: 'USA', b: 'IRN', c: 'ISR' });
    expect(us.meanGoldstein).toBeCloseTo((3.4 + 7.4) / 2);
    expect(us.label).toBe('aligned-with-aggressor');
    const china = triadStance(events, { a: 'CHN', b: 'IRN', c: 'ISR' });
    expect(china).toMatchObject({ count: 0, meanGoldstein: null, label: 'neutral' });
  });

  it('counts only responses inside the window after a trigger', () => {
    // With a 1-day window the accusation two days after the second strike drops out.
    const t = triadStance(events, { a: 'RUS', b: 'IRN', c: 'ISR' }, { windowDays: 1 });
    expect(t.responses).toEqual([ruCondemn.id]);
    expect(t.baselineCount).toBe(3);
    // A stricter threshold turns the single −2 into neutral.
    expect(triadStance(events, { a: 'RUS', b: 'IRN', c: 'ISR' }, { windowDays: 1, threshold: 3 }).label).toBe('neutral');
    // The window is inclusive: 2 days after the second strike counts with windowDays 2.
    expect(triadStance(events, { a: 'RUS', b: 'IRN', c: 'ISR' }, { windowDays: 2 }).count).toBe(2);
  });

  it('ranks the strongest triads of a dyad, both ways round', () => {
    const found = strongestTriads(events, { a: 'RUS', b: 'IRN' });
    // Russia toward Israel (which struck Iran): Σ = −6. Iran toward Israel would need Israel to act
    // against Russia, which it did not; Iran's own strike is not a response to anything.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: 'RUS', b: 'IRN', c: 'ISR', label: 'protective', sumGoldstein: -6 });
    const usIsr = strongestTriads(events, { a: 'USA', b: 'ISR' });
    // Does the US stand with Israel against Iran and Russia? It said nothing to either.
    expect(usIsr).toEqual([]);
    // Both acted against Israel: Iran struck it, and Russia's condemnation is verbal conflict (quad 3).
    const withSilent = strongestTriads(events, { a: 'USA', b: 'ISR' }, { minResponses: 0 });
    expect(withSilent.map((t) => `${t.a}>${t.c}`)).toEqual(['USA>IRN', 'USA>RUS']);
  });
});
