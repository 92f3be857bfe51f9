/**
 * Where a dyad query's rows come from, as two SQL relations the bucket statement aggregates:
 *  - `dyad`: the dyad's events, (date, dir 1 = A→B | 2 = B→A, negated, quad, code, root,
 *    goldstein[, cluster]);
 *  - `volume`: (date, n), the non-negated events with A or B on either side, per day.
 * From `events` (any store, any actors): one narrow scan for the volume and two conjunctive scans
 * whose filters DuckDB pushes into the table scan for the dyad. From the analytics tables (when
 * current, and both actors have three or more characters): the dyad's rows by their prefixes,
 * and, for two three-letter actors, the volume by inclusion–exclusion over `actor_days`:
 * |A ∪ B| = |A| + |B| − |A ∩ B|, where A ∩ B are exactly the dyad's events.
 */
import type { ActorMatch } from '../../analysis/index.js';
import { dyadSides } from './read-dyad-sql.js';
import { ACTOR_DAYS, DYAD_ROWS } from './read-dyad-tables.js';
import type { Conditions } from './sql.js';

export interface DyadSources {
  dyad: string;
  volume: string;
}

interface SourceQuery {
  a: string;
  b: string;
  match: ActorMatch;
  /** SQL condition on `date` for the window. */
  window: string;
  /** Cluster expression, when per-cluster sums are wanted. */
  cluster?: string;
}

const COLUMNS = 'date, negated, quad, code, root, goldstein';

/** A→B wins when both readings hold (nested codes), as in analysis' dyadDirection. */
function dyadBranches(from: string, q: SourceQuery, s: { sa: string; ta: string; sb: string; tb: string }): string {
  const cols = `${COLUMNS}${q.cluster ? `, ${q.cluster} AS cluster` : ''}`;
  return `SELECT 1 AS dir, ${cols} FROM ${from} WHERE ${q.window} AND ${s.sa} AND ${s.tb}
    UNION ALL
    SELECT 2 AS dir, ${cols} FROM ${from} WHERE ${q.window} AND ${s.sb} AND ${s.ta} AND NOT (${s.sa} AND ${s.tb})`;
}

export function eventSources(c: Conditions, q: SourceQuery): DyadSources {
  const s = dyadSides(c, q.a, q.b, q.match);
  return {
    dyad: dyadBranches('events', q, s),
    volume: `SELECT date, count(*) AS n FROM events
      WHERE ${q.window} AND NOT negated AND (${s.sa} OR ${s.ta} OR ${s.sb} OR ${s.tb}) GROUP BY date`,
  };
}

const codePoints = (s: string): string[] => Array.from(s);

/** The four side tests of a dyad on `dyad_rows`, or undefined when an actor is shorter than three
 * characters (its rows have no one prefix). `bind` binds a value, once per distinct value. */
export function tableSides(
  bind: (value: string) => string, a: string, b: string, match: ActorMatch,
): { sa: string; ta: string; sb: string; tb: string } | undefined {
  if (codePoints(a).length < 3 || codePoints(b).length < 3) return undefined;
  // The prefix column narrows by zone map; the exact test follows only where the prefix says less.
  const side = (column: 'source' | 'target', actor: string): string => {
    const head = `${column === 'source' ? 's3' : 't3'} = ${bind(codePoints(actor).slice(0, 3).join(''))}`;
    if (match === 'exact') return `(${head} AND ${column} = ${bind(actor)})`;
    return codePoints(actor).length === 3 ? head : `(${head} AND starts_with(${column}, ${bind(actor)}))`;
  };
  return { sa: side('source', a), ta: side('target', a), sb: side('source', b), tb: side('target', b) };
}

/** Binds each distinct value once. */
export function bindOnce(c: Conditions): (value: string) => string {
  const bound = new Map<string, string>();
  return (v) => {
    let p = bound.get(v);
    if (p === undefined) { p = c.bind(v); bound.set(v, p); }
    return p;
  };
}

/** The analytics-table sources, or undefined when an actor is shorter than three characters. */
export function tableSources(c: Conditions, q: SourceQuery): DyadSources | undefined {
  const bind = bindOnce(c);
  const s = tableSides(bind, q.a, q.b, q.match);
  if (!s) return undefined;
  const dyad = dyadBranches(DYAD_ROWS, { ...q, ...(q.cluster ? { cluster: 'cluster' } : {}) }, s);
  const countries = q.match === 'prefix' && codePoints(q.a).length === 3 && codePoints(q.b).length === 3;
  const volume = countries
    ? `SELECT date, n FROM ${ACTOR_DAYS} WHERE actor = ${bind(q.a)} AND NOT negated AND ${q.window}
       UNION ALL SELECT date, n FROM ${ACTOR_DAYS} WHERE actor = ${bind(q.b)} AND NOT negated AND ${q.window}
       UNION ALL SELECT date, -count(*) FROM dyad WHERE NOT negated GROUP BY date`
    // Four disjoint parts, each led by a filter DuckDB can push into the scan.
    : [
      s.sa,
      `${s.sb} AND NOT ${s.sa}`,
      `${s.ta} AND NOT ${s.sa} AND NOT ${s.sb}`,
      `${s.tb} AND NOT ${s.sa} AND NOT ${s.sb} AND NOT ${s.ta}`,
    ].map((part) => `SELECT date, count(*) AS n FROM ${DYAD_ROWS} WHERE ${q.window} AND NOT negated AND ${part} GROUP BY date`)
      .join(' UNION ALL ');
  return { dyad, volume };
}
