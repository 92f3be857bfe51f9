/**
 * Goldstein sums, exact to 0.01. Added as doubles, scores give a total that depends on the order
 * of addition (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1), and DuckDB adds in parallel, so a store's sum
 * could change in its last bits from run to run and flip a figure sitting on a boundary. So every
 * Goldstein sum (and every sum of |Goldstein|, i.e. weights and net cooperation) is a whole number
 * of hundredths: each score counts rounded to 0.01 (half away from zero, as SQL's `round`; codebook
 * scores have one decimal, dataset scores more only rarely), hundredths add as integers (exact
 * below 2^53) and the sum is that integer divided by 100 — one double for one set of events, in any
 * order, in JS or in the store's SQL (`HUNDREDTHS_SQL` in store/duckdb/read-dyad-sql.ts).
 * A sum is kept as that double: `hundredths` gives its integer back exactly (|sum| < 2^52 / 100).
 */

/** A score or sum of scores in whole hundredths. */
export function hundredths(x: number): number {
  const h = Math.round(Math.abs(x) * 100);
  return x < 0 ? 0 - h : h; // 0 − h, not −h: a score rounded to nothing is +0, never −0
}

/** a + b, exact to 0.01: the same double whatever order a sum was built in. */
export function addScores(a: number, b: number): number {
  return (hundredths(a) + hundredths(b)) / 100;
}

/** a − b, exact to 0.01. */
export function subtractScores(a: number, b: number): number {
  return (hundredths(a) - hundredths(b)) / 100;
}

/** Σ scores, exact to 0.01, divided once. */
export function sumScores(scores: Iterable<number>): number {
  let h = 0;
  for (const x of scores) h += hundredths(x);
  return h / 100;
}
