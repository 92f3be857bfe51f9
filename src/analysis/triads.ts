/**
 * Triads — "who stands with whom": A's stance toward C while C acts against B. When Israel (C)
 * strikes Iran (B) and Russia (A) condemns Israel, Russia takes a protective stance toward Iran.
 * A trigger is a C→B conflict event (quad 3–4); A→C events from the trigger's day to `windowDays`
 * later are A's responses. Their mean Goldstein gives the stance:
 *   ≤ −threshold  protective (A turns against the aggressor)
 *   ≥ +threshold  aligned-with-aggressor
 *   otherwise     neutral (also when A said nothing to C)
 * The baseline — A→C outside the response windows — shows whether the stance is a reaction.
 */
import { actorKey, matchesActor } from './match.js';
import { sumScores } from './scores.js';
import { eventDay, optionDyad, optionNumber, optionalWindow } from './validate.js';
import type { ActorMatch, AnalysisEvent } from './types.js';
import type { Dyad } from '../domain/index.js';

export type TriadLabel = 'protective' | 'neutral' | 'aligned-with-aggressor';

export interface TriadOptions {
  from?: string;
  to?: string;
  match?: ActorMatch;
  /** Days after a trigger during which A→C events count as responses. Default 7. */
  windowDays?: number;
  /** Mean Goldstein magnitude that labels a stance. Default 2 (criticism is −2, praise +3.4). */
  threshold?: number;
}

export interface Triad {
  a: string;
  b: string;
  c: string;
  /** Ids of the C→B conflict events. */
  triggers: string[];
  /** Ids of A→C events inside the response windows: the evidence of the stance. */
  responses: string[];
  count: number;
  /** Mean Goldstein of the responses; null when there are none. */
  meanGoldstein: number | null;
  sumGoldstein: number;
  /** A→C outside the response windows. */
  baselineCount: number;
  baselineMeanGoldstein: number | null;
  label: TriadLabel;
}

interface Dated { e: AnalysisEvent; day: number }

function inWindow(events: readonly AnalysisEvent[], options: TriadOptions): Dated[] {
  const w = optionalWindow(options.from, options.to);
  const out: Dated[] = [];
  events.forEach((e, i) => {
    const day = eventDay(e, i);
    if (!e.negated && day >= w.from && day <= w.to) out.push({ e, day });
  });
  return out;
}

function stance(dated: readonly Dated[], a: string, b: string, c: string, options: TriadOptions): Triad {
  const match = options.match ?? 'prefix';
  const windowDays = optionNumber(options.windowDays ?? 7, 'windowDays', 0, 3650, true);
  const threshold = optionNumber(options.threshold ?? 2, 'threshold', 0, 10);
  const triggers = dated.filter(({ e }) => e.quad >= 3 && matchesActor(e.source, c, match) && matchesActor(e.target, b, match));
  const triggerDays = triggers.map((t) => t.day).sort((x, y) => x - y);
  const covered = (day: number): boolean => {
    // latest trigger on or before the day, by binary search
    let lo = 0;
    let hi = triggerDays.length - 1;
    let found = -Infinity;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = triggerDays[mid] ?? Infinity;
      if (t <= day) { found = t; lo = mid + 1; } else hi = mid - 1;
    }
    return day - found <= windowDays;
  };
  const responses: AnalysisEvent[] = [];
  const baseline: AnalysisEvent[] = [];
  for (const { e, day } of dated) {
    if (!matchesActor(e.source, a, match) || !matchesActor(e.target, c, match)) continue;
    (covered(day) ? responses : baseline).push(e);
  }
  const sum = sumScores(responses.map((e) => e.goldstein));
  const mean = responses.length > 0 ? sum / responses.length : null;
  const baseSum = sumScores(baseline.map((e) => e.goldstein));
  const label: TriadLabel = mean === null ? 'neutral' : mean <= -threshold ? 'protective' : mean >= threshold ? 'aligned-with-aggressor' : 'neutral';
  return {
    a, b, c,
    triggers: triggers.map((t) => t.e.id),
    responses: responses.map((e) => e.id),
    count: responses.length,
    meanGoldstein: mean,
    sumGoldstein: sum,
    baselineCount: baseline.length,
    baselineMeanGoldstein: baseline.length > 0 ? baseSum / baseline.length : null,
    label,
  };
}

/** A's stance toward C while C acts against B. */
export function triadStance(events: readonly AnalysisEvent[], triad: { a: string; b: string; c: string }, options: TriadOptions = {}): Triad {
  optionDyad({ a: triad.a, b: triad.b });
  optionDyad({ a: triad.a, b: triad.c });
  optionDyad({ a: triad.b, b: triad.c });
  return stance(inWindow(events, options), triad.a, triad.b, triad.c, options);
}

export interface StrongestTriadOptions extends TriadOptions {
  /** Default 10. */
  limit?: number;
  /** Fewest responses for a triad to be listed. Default 1. */
  minResponses?: number;
}

/**
 * For dyad (A, B), every third party C that acted against B (or against A), with A's (or B's)
 * stance toward it; strongest first, strength being |Σ Goldstein of the responses| — a firm stance
 * taken often outranks one remark.
 */
export function strongestTriads(events: readonly AnalysisEvent[], dyad: Dyad, options: StrongestTriadOptions = {}): Triad[] {
  optionDyad(dyad);
  const match = options.match ?? 'prefix';
  const limit = optionNumber(options.limit ?? 10, 'limit', 1, 10_000, true);
  const minResponses = optionNumber(options.minResponses ?? 1, 'minResponses', 0, 1_000_000, true);
  const dated = inWindow(events, options);
  const found: Triad[] = [];
  for (const [protector, victim] of [[dyad.a, dyad.b], [dyad.b, dyad.a]] as const) {
    // Per third party C (keyed as actorKey, which prefix-matches the codes it groups), the events
    // that can matter: C's conflict toward the victim and everything the protector says to C.
    const byThird = new Map<string, Dated[]>();
    const aggressors = new Set<string>();
    const add = (key: string, d: Dated): void => {
      const list = byThird.get(key);
      if (list) list.push(d);
      else byThird.set(key, [d]);
    };
    const ours = (code: string): boolean => matchesActor(code, protector, match) || matchesActor(code, victim, match);
    for (const d of dated) {
      const { e } = d;
      if (e.source === '' || e.target === '') continue;
      if (e.quad >= 3 && matchesActor(e.target, victim, match) && !ours(e.source)) {
        aggressors.add(actorKey(e.source, match));
        add(actorKey(e.source, match), d);
      } else if (matchesActor(e.source, protector, match) && !ours(e.target)) {
        add(actorKey(e.target, match), d);
      }
    }
    for (const c of [...aggressors].sort()) {
      const t = stance(byThird.get(c) ?? [], protector, victim, c, options);
      if (t.count >= minResponses) found.push(t);
    }
  }
  return found
    .sort((x, y) => Math.abs(y.sumGoldstein) - Math.abs(x.sumGoldstein) || y.count - x.count)
    .slice(0, limit);
}
