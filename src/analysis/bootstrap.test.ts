import { describe, expect, it } from 'vitest';
import { bootstrapSum, quantile } from './bootstrap.js';
import { hashString, seededRandom } from './random.js';

/** The bootstrap as first written, on seededRandom: the inlined loop must give its very numbers. */
function reference(values: readonly number[], stream: string, o: { resamples: number; level: number; seed: number }): [number, number] {
  if (values.length === 0) return [0, 0];
  if (values.length === 1) return [values[0] ?? 0, values[0] ?? 0];
  const random = seededRandom(hashString(stream, o.seed));
  const sums: number[] = [];
  for (let r = 0; r < o.resamples; r++) {
    let s = 0;
    for (let i = 0; i < values.length; i++) s += values[Math.floor(random() * values.length)] ?? 0;
    sums.push(s);
  }
  sums.sort((a, b) => a - b);
  const tail = (1 - o.level) / 2;
  return [quantile(sums, tail), quantile(sums, 1 - tail)];
}

describe('bootstrapSum', () => {
  it('gives bit for bit the intervals of the seededRandom loop', () => {
    const random = seededRandom(7);
    for (const k of [2, 3, 17, 250]) {
      const values = Array.from({ length: k }, () => Math.round((random() * 20 - 10) * 10) / 10);
      for (const [seed, level, resamples] of [[1, 0.9, 200], [42, 0.95, 1000], [2 ** 32 - 1, 0.5, 31]] as const) {
        const options = { seed, level, resamples };
        expect(bootstrapSum(values, `2024-0${k % 9}|both`, options)).toEqual(reference(values, `2024-0${k % 9}|both`, options));
        expect(bootstrapSum(Float64Array.from(values), 'x', options)).toEqual(reference(values, 'x', options));
      }
    }
  });

  it('needs no draw for zero or one cluster', () => {
    expect(bootstrapSum([], 's', { resamples: 10, level: 0.9, seed: 1 })).toEqual([0, 0]);
    expect(bootstrapSum([3.5], 's', { resamples: 10, level: 0.9, seed: 1 })).toEqual([3.5, 3.5]);
  });
});
