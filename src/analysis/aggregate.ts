/**
 * Aggregation: raw event rows → period buckets of a dyad. This is the in-memory twin of the
 * store's SQL aggregation for large datasets; derived metrics read only the buckets.
 */
import { dyadDirection, involvesDyad } from './match.js';
import { formatDay, periodOf, periodsBetween } from './periods.js';
import { addEvent, emptyStats, sortedClusters } from './stats.js';
import { eventDay, optionDyad, optionGranularity, optionWindow } from './validate.js';
import type { ActorMatch, AnalysisEvent, ClusterStat, DyadBucket, DyadBuckets, Granularity } from './types.js';
import type { Dyad } from '../domain/index.js';

export interface AggregateOptions {
  dyad: Dyad;
  /** Inclusive window, ISO dates. */
  from: string;
  to: string;
  granularity: Granularity;
  /** Default `prefix` (country level when given 3-letter codes). */
  match?: ActorMatch;
  /** Keep per-cluster sums for uncertainty intervals. Default true. */
  clusters?: boolean;
  /** Keep the ids of the dyad's events per period (for change-point evidence). Default true. */
  eventIds?: boolean;
}

interface Working {
  bucket: DyadBucket;
  ab?: Map<string, ClusterStat>;
  ba?: Map<string, ClusterStat>;
}

export function aggregateDyad(events: readonly AnalysisEvent[], options: AggregateOptions): DyadBuckets {
  const dyad = optionDyad(options.dyad);
  const granularity = optionGranularity(options.granularity);
  const window = optionWindow(options.from, options.to);
  const match = options.match ?? 'prefix';
  const keepClusters = options.clusters ?? true;
  const keepIds = options.eventIds ?? true;

  const working = new Map<string, Working>();
  const order: Working[] = [];
  for (const p of periodsBetween(window.from, window.to, granularity)) {
    const bucket: DyadBucket = {
      period: p.key, start: formatDay(p.start), end: formatDay(p.end),
      ab: emptyStats(), ba: emptyStats(), volume: 0, negated: 0,
    };
    if (keepIds) bucket.eventIds = [];
    const w: Working = keepClusters ? { bucket, ab: new Map(), ba: new Map() } : { bucket };
    working.set(p.key, w);
    order.push(w);
  }

  // Day → its period's working bucket, so each distinct day computes its period once.
  const byDay = new Map<number, Working | undefined>();
  events.forEach((e, index) => {
    const day = eventDay(e, index);
    if (day < window.from || day > window.to || !involvesDyad(e, dyad, match)) return;
    let w = byDay.get(day);
    if (!w) {
      w = working.get(periodOf(day, granularity).key);
      byDay.set(day, w);
    }
    if (!w) return; // unreachable: every day of the window has its period
    const direction = dyadDirection(e, dyad, match);
    if (e.negated) {
      if (direction) w.bucket.negated++;
      return;
    }
    w.bucket.volume++;
    if (!direction) return;
    addEvent(w.bucket[direction], e, w[direction]);
    w.bucket.eventIds?.push(e.id);
  });

  for (const w of order) {
    if (w.ab) w.bucket.ab.clusters = sortedClusters(w.ab);
    if (w.ba) w.bucket.ba.clusters = sortedClusters(w.ba);
  }
  return { dyad, match, granularity, from: options.from, to: options.to, buckets: order.map((w) => w.bucket) };
}
