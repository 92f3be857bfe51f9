/**
 * Percentile bootstrap of a sum over clusters (Efron & Tibshirani 1993, ch. 13). Reports of one
 * happening are correlated, so clusters — not events — are resampled: a story told by forty outlets
 * widens the interval instead of narrowing it.
 */
import { hashString } from './random.js';

export interface BootstrapOptions {
  /** Number of resamples. */
  resamples: number;
  /** Coverage, e.g. 0.9 for a 90% interval. */
  level: number;
  seed: number;
}

/** Linear-interpolated quantile (type 7) of an ascending array. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

/**
 * Interval for Σ values, resampling the values (one per cluster) with replacement. `stream` names
 * the series and period so each gets its own random stream, independent of what else is computed.
 *
 * This loop is most of a dyad report's CPU (resamples × clusters draws per period and direction),
 * so it is written for speed but must give the very numbers `seededRandom` would: Mulberry32 is
 * inlined (the same steps as random.ts), the values sit in a Float64Array, and each resample adds
 * its draws in draw order — floating-point sums depend on order, and answers must not change.
 */
export function bootstrapSum(values: ArrayLike<number>, stream: string, options: BootstrapOptions): [number, number] {
  const k = values.length;
  if (k === 0) return [0, 0];
  if (k === 1) {
    const only = values[0] ?? 0;
    return [only, only];
  }
  const v = values instanceof Float64Array ? values : Float64Array.from(values);
  let a = hashString(stream, options.seed) >>> 0;
  const sums = new Float64Array(options.resamples);
  for (let r = 0; r < sums.length; r++) {
    let s = 0;
    for (let i = 0; i < k; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      s += v[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * k)] ?? 0;
    }
    sums[r] = s;
  }
  sums.sort();
  const tail = (1 - options.level) / 2;
  return [quantile(sums, tail), quantile(sums, 1 - tail)];
}
