/**
 * Similarity of two foreign-policy profiles (values in [−1, 1], one per third party).
 *
 * S-score (Signorino & Ritter 1999, "Tau-b or not tau-b", International Studies Quarterly 43(1)):
 *   S = 1 − 2·D_o / δmax,   D_o = Σ_k w_k·δ(x_k, y_k) / Σ_k w_k
 * with δ(u, v) = |u − v| (δmax = 2 on [−1, 1]) or (u − v)² (δmax = 4). S is 1 for identical
 * profiles and −1 for opposite extremes; w_k = 1 gives the unweighted score.
 *
 * Chance-corrected (Häge 2011, "Choice or circumstance? Adjusting measures of foreign policy
 * similarity for chance agreement", Political Analysis 19(3)): two states that are friendly with
 * almost everyone agree "by chance". With D_e the distance expected if values were paired at random,
 *   corrected = 1 − D_o / D_e  =  (S − S_e) / (1 − S_e),   S_e = 1 − 2·D_e / δmax
 * i.e. (observed − expected) / (maximum − expected). Scott's π draws both values from the pooled
 * distribution of x and y (each x_k and y_k with mass w_k / 2W):  D_e = Σ_u Σ_v m_u·m_v·δ(u, v).
 * Cohen's κ draws them from each actor's own distribution:  D_e = Σ_k Σ_l (w_k/W)(w_l/W)·δ(x_k, y_l).
 */
import { ValidationError } from '../errors.js';

export type DistanceMetric = 'absolute' | 'squared';
export type ChanceModel = 'pi' | 'kappa';

export interface SimilarityOptions {
  /** One non-negative weight per third party; default all 1. */
  weights?: readonly number[];
  /** Default `absolute`. */
  metric?: DistanceMetric;
}

const distance = (metric: DistanceMetric) =>
  metric === 'absolute' ? (u: number, v: number): number => Math.abs(u - v) : (u: number, v: number): number => (u - v) ** 2;

function prepare(x: readonly number[], y: readonly number[], options: SimilarityOptions): { w: number[]; total: number } {
  if (x.length !== y.length) {
    throw new ValidationError('VALIDATION', `profiles differ in length (${x.length} and ${y.length})`, { location: { field: 'profiles' } });
  }
  for (const [name, v] of [['x', x], ['y', y]] as const) {
    const i = v.findIndex((n) => !(n >= -1 && n <= 1));
    if (i >= 0) throw new ValidationError('VALIDATION', `profile ${name}[${i}] is ${v[i]}; expected a value in [-1, 1]`, { location: { field: `${name}[${i}]` } });
  }
  const w = options.weights ? [...options.weights] : x.map(() => 1);
  if (w.length !== x.length) {
    throw new ValidationError('VALIDATION', `${w.length} weights for ${x.length} third parties`, { location: { field: 'weights' } });
  }
  const bad = w.findIndex((n) => !(n >= 0 && Number.isFinite(n)));
  if (bad >= 0) throw new ValidationError('VALIDATION', `weights[${bad}] is ${w[bad]}; expected a finite number >= 0`, { location: { field: `weights[${bad}]` } });
  return { w, total: w.reduce((a, b) => a + b, 0) };
}

function observed(x: readonly number[], y: readonly number[], w: number[], total: number, metric: DistanceMetric): number {
  const d = distance(metric);
  let sum = 0;
  x.forEach((xk, k) => { sum += (w[k] ?? 0) * d(xk, y[k] ?? 0); });
  return sum / total;
}

/** Signorino–Ritter S in [−1, 1]; null when there is nothing to compare (no weight). */
export function sScore(x: readonly number[], y: readonly number[], options: SimilarityOptions = {}): number | null {
  const metric = options.metric ?? 'absolute';
  const { w, total } = prepare(x, y, options);
  if (total === 0) return null;
  const dmax = metric === 'absolute' ? 2 : 4;
  return 1 - (2 * observed(x, y, w, total, metric)) / dmax;
}

/** Häge's chance-corrected similarity; null when there is nothing to compare or every value is
 * the same (then chance explains all agreement and the ratio is undefined). */
export function chanceCorrected(
  x: readonly number[], y: readonly number[], options: SimilarityOptions & { model?: ChanceModel } = {},
): number | null {
  const metric = options.metric ?? 'absolute';
  const { w, total } = prepare(x, y, options);
  if (total === 0) return null;
  const d = distance(metric);
  let expected = 0;
  if ((options.model ?? 'pi') === 'pi') {
    const values = [...x, ...y];
    const mass = [...w, ...w].map((wk) => wk / (2 * total));
    values.forEach((u, i) => values.forEach((v, j) => { expected += (mass[i] ?? 0) * (mass[j] ?? 0) * d(u, v); }));
  } else {
    x.forEach((xk, k) => y.forEach((yl, l) => { expected += ((w[k] ?? 0) / total) * ((w[l] ?? 0) / total) * d(xk, yl); }));
  }
  if (expected === 0) return null;
  return 1 - observed(x, y, w, total, metric) / expected;
}
