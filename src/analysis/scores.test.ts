import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addScores, hundredths, subtractScores, sumScores } from './scores.js';

/** Scores whose double sums depend on the order of addition. */
const SCORES = [0.1, 0.2, 0.3, 3.4, -7.2, 1.9, -0.7, 2.8, -6.4, 7.4, 10, -10];
const scoresArb = fc.array(fc.constantFrom(...SCORES), { minLength: 2, maxLength: 60 });

describe('exact score sums', () => {
  it('give one double for one multiset of scores, however they are ordered or grouped', () => {
    let orderShowed = 0;
    fc.assert(fc.property(scoresArb, fc.func(fc.integer()), (scores, key) => {
      const shuffled = scores.map((x, i) => ({ x, k: key(i) })).sort((p, q) => p.k - q.k).map((p) => p.x);
      const folded = shuffled.reduce(addScores, 0);
      const total = sumScores(scores);
      expect(folded).toBe(total);
      expect(sumScores(shuffled)).toBe(total);
      // The same total divided once: the double nearest to the exact decimal sum.
      expect(total).toBe(scores.reduce((h, x) => h + Math.round(x * 10) * 10, 0) / 100);
      if (scores.reduce((s, x) => s + x, 0) !== shuffled.reduce((s, x) => s + x, 0)) orderShowed++;
    }), { numRuns: 300 });
    // Guards the property: plain double sums of these lists did depend on the order.
    expect(orderShowed).toBeGreaterThan(10);
  });

  it('round each score to hundredths, halves away from zero as SQL round does', () => {
    expect([0.125, -0.125, 0.375, -0.375, 0.001, -0.004].map(hundredths)).toEqual([13, -13, 38, -38, 0, 0]);
    expect(addScores(0.1, 0.2)).toBe(0.3);
    expect(subtractScores(0.3, 0.1)).toBe(0.2);
    expect(sumScores([])).toBe(0);
  });
});
