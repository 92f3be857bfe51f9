/**
 * Alignment of two actors from how each relates to third parties: build a profile per actor (one
 * value in [−1, 1] per third party), then compare the profiles with the S-score and Häge's
 * chance-corrected version (formulas in s-score.ts).
 */
import { actorKey, matchesActor } from './match.js';
import { chanceCorrected, sScore } from './s-score.js';
import { addScores } from './scores.js';
import { eventDay, optionDyad, optionalWindow } from './validate.js';
import type { DistanceMetric } from './s-score.js';
import type { ActorMatch, AnalysisEvent } from './types.js';
import type { Dyad } from '../domain/index.js';

/**
 * `goldstein`: mean Goldstein of the actor's events with the third party, divided by 10.
 * `balance`: (cooperative − conflictual weight) / (cooperative + conflictual weight), 0 when both are 0.
 */
export type ProfileMeasure = 'goldstein' | 'balance';

export interface AlignmentOptions {
  from?: string;
  to?: string;
  match?: ActorMatch;
  /** Default `goldstein`. */
  measure?: ProfileMeasure;
  /** `both` (default): events either way between actor and third party; `out`: only actor → third party. */
  direction?: 'both' | 'out';
  /** `neutral` (default): a third party only one actor deals with counts as 0 (no relation) for the
   * other; `shared`: only third parties both deal with are compared. */
  missing?: 'neutral' | 'shared';
  metric?: DistanceMetric;
  /** Weights by third-party key (e.g. capabilities); default: the number of events A and B have with it. */
  weights?: Record<string, number>;
}

export interface Similarity {
  s: number | null;
  pi: number | null;
  kappa: number | null;
}

export interface Alignment {
  dyad: Dyad;
  thirdParties: string[];
  profileA: number[];
  profileB: number[];
  /** Event counts of A and B with each third party. */
  countsA: number[];
  countsB: number[];
  weights: number[];
  unweighted: Similarity;
  weighted: Similarity;
}

/** One actor's events with one third party, summed. */
export interface Relation { count: number; goldstein: number; coop: number; conf: number }

function profileValue(a: Relation, measure: ProfileMeasure): number {
  if (measure === 'goldstein') return a.count > 0 ? a.goldstein / a.count / 10 : 0;
  const total = a.coop + a.conf;
  return total > 0 ? (a.coop - a.conf) / total : 0;
}

/** Per third-party accumulations of one actor's relations. */
export function relationProfile(
  events: readonly AnalysisEvent[], actor: string, exclude: readonly string[], options: AlignmentOptions = {},
): Map<string, Relation> {
  const match = options.match ?? 'prefix';
  const window = optionalWindow(options.from, options.to);
  const out = new Map<string, Relation>();
  const isOther = (code: string): boolean => code !== '' && !matchesActor(code, actor, match) && !exclude.some((x) => matchesActor(code, x, match));
  events.forEach((e, index) => {
    const day = eventDay(e, index);
    if (e.negated || day < window.from || day > window.to) return;
    let other: string | undefined;
    if (matchesActor(e.source, actor, match) && isOther(e.target)) other = e.target;
    else if (options.direction !== 'out' && matchesActor(e.target, actor, match) && isOther(e.source)) other = e.source;
    if (other === undefined) return;
    const key = actorKey(other, match);
    const acc = out.get(key) ?? { count: 0, goldstein: 0, coop: 0, conf: 0 };
    acc.count++;
    acc.goldstein = addScores(acc.goldstein, e.goldstein);
    if (e.quad <= 2) acc.coop = addScores(acc.coop, Math.abs(e.goldstein));
    else acc.conf = addScores(acc.conf, Math.abs(e.goldstein));
    out.set(key, acc);
  });
  return out;
}

export function alignment(events: readonly AnalysisEvent[], dyad: Dyad, options: AlignmentOptions = {}): Alignment {
  optionDyad(dyad);
  const measure = options.measure ?? 'goldstein';
  const pa = relationProfile(events, dyad.a, [dyad.b], options);
  const pb = relationProfile(events, dyad.b, [dyad.a], options);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  const thirdParties = [...keys]
    .filter((k) => options.missing !== 'shared' || (pa.has(k) && pb.has(k)))
    .sort();
  const countsA = thirdParties.map((k) => pa.get(k)?.count ?? 0);
  const countsB = thirdParties.map((k) => pb.get(k)?.count ?? 0);
  const profileA = thirdParties.map((k) => { const acc = pa.get(k); return acc ? profileValue(acc, measure) : 0; });
  const profileB = thirdParties.map((k) => { const acc = pb.get(k); return acc ? profileValue(acc, measure) : 0; });
  const weights = thirdParties.map((k, i) => options.weights ? options.weights[k] ?? 0 : (countsA[i] ?? 0) + (countsB[i] ?? 0));
  const metric = options.metric ?? 'absolute';
  const similarity = (w?: number[]): Similarity => {
    const opts = w ? { metric, weights: w } : { metric };
    return {
      s: sScore(profileA, profileB, opts),
      pi: chanceCorrected(profileA, profileB, { ...opts, model: 'pi' }),
      kappa: chanceCorrected(profileA, profileB, { ...opts, model: 'kappa' }),
    };
  };
  return { dyad, thirdParties, profileA, profileB, countsA, countsB, weights, unweighted: similarity(), weighted: similarity(weights) };
}
