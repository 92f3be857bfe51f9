/**
 * Dyads ranked by activity and by change in net cooperation between a window and the window of
 * equal length just before it: for "top 20 dyads by net-cooperation change" and for the dyads
 * related to (A, B) — those sharing A or B with a third actor.
 */
import { actorKey, matchesActor } from './match.js';
import { formatDay } from './periods.js';
import { addScores, subtractScores } from './scores.js';
import { netOf } from './stats.js';
import { eventDay, optionDyad, optionNumber, optionWindow } from './validate.js';
import type { ActorMatch, AnalysisEvent } from './types.js';
import type { Dyad } from '../domain/index.js';

export interface DyadChangeOptions {
  /** The current window (inclusive); the previous one has the same length and ends the day before. */
  from: string;
  to: string;
  match?: ActorMatch;
  /** Length of each ranking. Default 20. */
  limit?: number;
  /** Which dyad sides (keys as `match` forms them) may be ranked; default every one. */
  keep?: (key: string) => boolean;
}

export interface DyadChange {
  dyad: Dyad;
  /** Events either way in the current window and in the previous one. */
  count: number;
  previousCount: number;
  /** Net cooperation (cooperative − conflictual weight) in each window. */
  net: number;
  previousNet: number;
  /** net − previousNet. */
  change: number;
}

export interface DyadRanking {
  previous: { from: string; to: string };
  /** Most events in the current window first. */
  byCount: DyadChange[];
  /** Largest |change| first. */
  byChange: DyadChange[];
}

type Keyer = (e: AnalysisEvent) => [string, string] | undefined;

function rank(events: readonly AnalysisEvent[], options: DyadChangeOptions, keyer: Keyer): DyadRanking {
  const window = optionWindow(options.from, options.to);
  const limit = optionNumber(options.limit ?? 20, 'limit', 1, 1_000_000, true);
  const prevFrom = window.from - (window.to - window.from + 1);
  const rows = new Map<string, DyadChange>();
  events.forEach((e, i) => {
    const day = eventDay(e, i);
    if (e.negated || day < prevFrom || day > window.to) return;
    const pair = keyer(e);
    if (!pair) return;
    const key = `${pair[0]}|${pair[1]}`;
    let row = rows.get(key);
    if (!row) {
      row = { dyad: { a: pair[0], b: pair[1] }, count: 0, previousCount: 0, net: 0, previousNet: 0, change: 0 };
      rows.set(key, row);
    }
    if (day >= window.from) { row.count++; row.net = addScores(row.net, netOf(e)); }
    else { row.previousCount++; row.previousNet = addScores(row.previousNet, netOf(e)); }
  });
  const all = [...rows.values()];
  for (const r of all) r.change = subtractScores(r.net, r.previousNet);
  const name = (r: DyadChange): string => `${r.dyad.a}|${r.dyad.b}`;
  const byName = (x: DyadChange, y: DyadChange): number => (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0);
  return {
    previous: { from: formatDay(prevFrom), to: formatDay(window.from - 1) },
    byCount: all.filter((r) => r.count > 0).sort((x, y) => y.count - x.count || byName(x, y)).slice(0, limit),
    byChange: [...all].sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || byName(x, y)).slice(0, limit),
  };
}

/** Every dyad of distinct actors (country level for `prefix`, codes for `exact`), unordered. */
export function dyadChanges(events: readonly AnalysisEvent[], options: DyadChangeOptions): DyadRanking {
  const match = options.match ?? 'prefix';
  return rank(events, options, (e) => {
    if (e.source === '' || e.target === '') return undefined;
    const s = actorKey(e.source, match);
    const t = actorKey(e.target, match);
    if (s === t || (options.keep && !(options.keep(s) && options.keep(t)))) return undefined;
    return s < t ? [s, t] : [t, s];
  });
}

/** Dyads (A, X) and (B, X) for third actors X, A and B written as given. */
export function relatedDyads(events: readonly AnalysisEvent[], dyad: Dyad, options: DyadChangeOptions): DyadRanking {
  optionDyad(dyad);
  const match = options.match ?? 'prefix';
  const isAB = (code: string): boolean => matchesActor(code, dyad.a, match) || matchesActor(code, dyad.b, match);
  const side = (code: string): string => (matchesActor(code, dyad.a, match) ? dyad.a : dyad.b);
  return rank(events, options, (e) => {
    const s = isAB(e.source);
    const t = isAB(e.target);
    if (s === t || e.source === '' || e.target === '') return undefined;
    return s ? [side(e.source), actorKey(e.target, match)] : [side(e.target), actorKey(e.source, match)];
  });
}
