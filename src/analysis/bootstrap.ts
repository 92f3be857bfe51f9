/**
 * Percentile bootstrap of a sum over clusters (Efron & Tibshirani 1993, ch. 13). Reports of one
 * happening are correlated, so clusters — not events — are resampled: a story told by forty outlets
 * widens the interval instead of narrowing it.
 */
import { hashString, seededRandom } from './random.js';

export interface BootstrapOptions {
  /** Number of resamples. */
  resamples: number;
  /** Coverage, e.g. 0.9 for a 90% interval. */
  level: number;
  seed: number;
}

/** Linear-interpolated quantile (type 7) of an ascending array. */
export function quantile(sorted: readonly number[], p: number): number {
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
 */
export function bootstrapSum(values: readonly number[], stream: string, options: BootstrapOptions): [number, number] {
  const k = values.length;
  if (k === 0) return [0, 0];
  if (k === 1) {
    const only = values[0] ?? 0;
    return [only, only];
  }
  const random = seededRandom(hashString(stream, options.seed));
  const sums = new Float64Array(options.resamples);
  for (let r = 0; r < options.resamples; r++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += values[Math.floor(random() * k)] ?? 0;
    sums[r] = s;
  }
  sums.sort();
  const tail = (1 - options.level) / 2;
  const sorted = Array.from(sums);
  return [quantile(sorted, tail), quantile(sorted, 1 - tail)];
}
