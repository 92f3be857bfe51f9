import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { chanceCorrected, sScore } from './s-score.js';

describe('S-score', () => {
  it('is 1 for identical profiles and −1 for opposite extremes', () => {
    expect(sScore([0.5, -0.2, 1], [0.5, -0.2, 1])).toBe(1);
    expect(sScore([1, -1, 1], [-1, 1, -1])).toBe(-1);
    expect(sScore([1, -1], [-1, 1], { metric: 'squared' })).toBe(-1);
  });

  it('weighs third parties', () => {
    // Distances 0 and 2 on the absolute metric; D_o = (3·0 + 1·2) / 4 = 0.5, S = 1 − 2·0.5/2.
    expect(sScore([1, 1], [1, -1], { weights: [3, 1] })).toBeCloseTo(0.5);
    // Unweighted the same profiles give D_o = 1 and S = 0.
    expect(sScore([1, 1], [1, -1])).toBeCloseTo(0);
    expect(sScore([], [])).toBeNull();
  });

  it('stays in [−1, 1] and is symmetric (property)', () => {
    const v = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(fc.property(fc.array(fc.tuple(v, v, fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: 1, maxLength: 20 }), (rows) => {
      const x = rows.map((r) => r[0]);
      const y = rows.map((r) => r[1]);
      const weights = rows.map((r) => r[2]);
      const s = sScore(x, y, { weights }) ?? NaN;
      expect(s).toBeGreaterThanOrEqual(-1 - 1e-12);
      expect(s).toBeLessThanOrEqual(1 + 1e-12);
      expect(sScore(y, x, { weights })).toBeCloseTo(s, 12);
    }));
  });

  it('rejects values outside [−1, 1] and mismatched lengths', () => {
    expect(() => sScore([2], [0])).toThrow(ValidationError);
    expect(() => sScore([0, 1], [0])).toThrow(/differ in length/);
    expect(() => sScore([0], [0], { weights: [-1] })).toThrow(/weights\[0\]/);
  });
});

describe("Häge's chance-corrected similarity", () => {
  // x = (1, 0, −1), y = (1, 1, −1), unweighted, absolute distance.
  // Observed: D_o = (0 + 1 + 0) / 3 = 1/3, so S = 1 − 2·(1/3)/2 = 2/3.
  const x = [1, 0, -1];
  const y = [1, 1, -1];

  it('corrects with the pooled distribution (Scott’s π)', () => {
    // Pooled values {1, 0, −1, 1, 1, −1}, each with mass 1/6: three 1s, one 0, two −1s.
    // Σ over ordered pairs of |u − v|: (1,0) 3·1·1·2 = 6, (1,−1) 3·2·2·2 = 24, (0,−1) 1·2·1·2 = 4 → 34.
    // D_e = 34/36 = 17/18, π = 1 − (1/3)/(17/18) = 11/17.
    expect(sScore(x, y)).toBeCloseTo(2 / 3);
    expect(chanceCorrected(x, y, { model: 'pi' })).toBeCloseTo(11 / 17);
    // Same via (S − S_e)/(1 − S_e) with S_e = 1 − 2·D_e/2 = 1/18.
    const se = 1 / 18;
    expect(chanceCorrected(x, y)).toBeCloseTo((2 / 3 - se) / (1 - se));
  });

  it('corrects with each actor’s own distribution (Cohen’s κ)', () => {
    // Σ_k Σ_l |x_k − y_l| = (0+0+2) + (1+1+1) + (2+2+0) = 9, D_e = 9/9 = 1, κ = 1 − 1/3 = 2/3.
    expect(chanceCorrected(x, y, { model: 'kappa' })).toBeCloseTo(2 / 3);
  });

  it('is 1 for identical varied profiles and undefined when nothing varies', () => {
    expect(chanceCorrected([1, -1, 0.5], [1, -1, 0.5])).toBeCloseTo(1);
    expect(chanceCorrected([0.3, 0.3], [0.3, 0.3])).toBeNull();
  });
});
