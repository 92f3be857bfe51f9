/**
 * Scoring a validation run: a record is fully correct when the set of (source, target, code)
 * triples coded equals the set expected (an empty set for "noevents" and error records).
 * Precision, recall and F1 count triples, at the full code and at the two-digit root.
 */
import type { Expectation } from './records.js';

export interface Triple {
  source: string;
  target: string;
  code: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function tripleKey(t: Triple, root = false): string {
  return `${t.source}|${t.target}|${root ? rootOf(t.code) : t.code}`;
}

/** Two-digit CAMEO root ("0232" -> "02", "1717" -> "17", "064" -> "06"). */
export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export function expectedTriples(expected: readonly Expectation[]): Triple[] {
  const out: Triple[] = [];
  for (const e of expected) if (e.kind === 'event') out.push({ source: e.source, target: e.target, code: e.code });
  return out;
}

export function sameSet(a: readonly Triple[], b: readonly Triple[]): boolean {
  const x = new Set(a.map((t) => tripleKey(t)));
  const y = new Set(b.map((t) => tripleKey(t)));
  return x.size === y.size && [...x].every((k) => y.has(k));
}

export function emptyScore(): Score {
  return { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 };
}

export function addCounts(score: Score, expected: readonly Triple[], got: readonly Triple[], root: boolean): void {
  const e = new Set(expected.map((t) => tripleKey(t, root)));
  const g = new Set(got.map((t) => tripleKey(t, root)));
  for (const k of g) if (e.has(k)) score.tp++;
  else score.fp++;
  for (const k of e) if (!g.has(k)) score.fn++;
}

export function finish(score: Score): Score {
  const precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp);
  const recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...score, precision, recall, f1 };
}
