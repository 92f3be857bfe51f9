/**
 * Builders for the hand-made event sets of this folder's tests (not part of the public API).
 * Quad classes follow CAMEO roots: 01–05 verbal cooperation, 06–09 material cooperation,
 * 10–14 verbal conflict, 15–20 material conflict.
 */
import type { QuadClass } from '../../domain/index.js';
import type { AnalysisEvent } from '../types.js';

export function quadOfRoot(root: string): QuadClass {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

let counter = 0;

/** An event `source → target` with CAMEO `code` and Goldstein `goldstein`; the rest derived. */
export function ev(
  date: string, source: string, target: string, code: string, goldstein: number,
  extra: Partial<AnalysisEvent> = {},
): AnalysisEvent {
  const root = code.slice(0, 2);
  return {
    id: extra.id ?? `e${++counter}`,
    date, source, target, code, root,
    quad: quadOfRoot(root),
    goldstein,
    domain: 'diplomatic',
    ...extra,
  };
}
