import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noiseSigma, pelt } from './change-points.js';
import { seededRandom } from './random.js';

/** Gaussian noise by Box–Muller from the seeded generator, so the test data is fixed. */
function noisy(means: number[], sd: number, seed: number): number[] {
  const random = seededRandom(seed);
  return means.map((m) => m + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
}

/** Penalised cost of a segmentation: Σ Σ (y − segment mean)² / σ² + β per change. */
function objective(y: number[], changes: number[], sigma: number, penalty: number): number {
  const bounds = [0, ...changes, y.length];
  let total = penalty * changes.length;
  for (let i = 1; i < bounds.length; i++) {
    const seg = y.slice(bounds[i - 1], bounds[i]);
    const mean = seg.reduce((a, b) => a + b, 0) / seg.length;
    total += seg.reduce((a, v) => a + (v - mean) ** 2, 0) / (sigma * sigma);
  }
  return total;
}

/** Optimal partitioning without pruning (Jackson et al. 2005): the exact answer PELT must match. */
function bruteForce(y: number[], sigma: number, penalty: number, minSize: number): number {
  const n = y.length;
  const best: number[] = [-penalty];
  for (let t = 1; t <= n; t++) {
    let b = Infinity;
    for (let s = 0; s <= t - minSize; s++) {
      if (!Number.isFinite(best[s] ?? Infinity)) continue;
      b = Math.min(b, (best[s] ?? 0) + objective(y.slice(s, t), [], sigma, 0) + penalty);
    }
    best.push(b);
  }
  return best[n] ?? NaN;
}

describe('PELT change points', () => {
  it('finds a known mean shift within one period', () => {
    const means = Array.from({ length: 36 }, (_, i) => (i < 20 ? 0 : 4));
    const result = pelt(noisy(means, 1, 1));
    expect(result.changes).toHaveLength(1);
    expect(Math.abs((result.changes[0] ?? -99) - 20)).toBeLessThanOrEqual(1);
    expect(result.segments[1]?.mean ?? 0).toBeGreaterThan(result.segments[0]?.mean ?? 0);
    expect(result.penalty).toBeCloseTo(3 * Math.log(36));
  });

  it('finds a 3σ shift within one period almost always and rarely invents one (200 seeded series)', () => {
    const step = Array.from({ length: 36 }, (_, i) => (i < 18 ? 0 : 3));
    const flat = Array<number>(36).fill(0);
    let found = 0;
    let invented = 0;
    for (let seed = 1; seed <= 200; seed++) {
      if (pelt(noisy(step, 1, seed)).changes.some((c) => Math.abs(c - 18) <= 1)) found++;
      if (pelt(noisy(flat, 1, 1000 + seed)).changes.length > 0) invented++;
    }
    expect(found / 200).toBeGreaterThanOrEqual(0.93);
    expect(invented / 200).toBeLessThanOrEqual(0.1);
  });

  it('finds nothing in pure noise or a constant series', () => {
    expect(pelt(noisy(Array(40).fill(3), 1, 11)).changes).toEqual([]);
    expect(pelt(Array(10).fill(2)).changes).toEqual([]);
    expect(pelt([]).segments).toEqual([]);
  });

  it('estimates the noise from differences, unmoved by the jump', () => {
    const means = Array.from({ length: 200 }, (_, i) => (i < 100 ? 0 : 50));
    expect(noiseSigma(noisy(means, 2, 9))).toBeGreaterThan(1.6);
    expect(noiseSigma(noisy(means, 2, 9))).toBeLessThan(2.4);
  });

  it('reaches the same optimum as unpruned optimal partitioning (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 24 }),
      fc.integer({ min: 1, max: 3 }), fc.double({ min: 0.5, max: 15, noNaN: true }),
      (y, minSize, penalty) => {
        const r = pelt(y, { sigma: 2, penalty, minSize });
        if (y.length < 2 * minSize) return;
        expect(objective(y, r.changes, 2, penalty)).toBeCloseTo(bruteForce(y, 2, penalty, minSize), 6);
        const bounds = [0, ...r.changes, y.length];
        for (let i = 1; i < bounds.length; i++) expect((bounds[i] ?? 0) - (bounds[i - 1] ?? 0)).toBeGreaterThanOrEqual(minSize);
      }), { numRuns: 200 });
  });
});
