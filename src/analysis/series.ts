/**
 * Derived metrics: buckets → a dyad series with per-volume shares and uncertainty intervals.
 * Dividing by media volume (every event with A or B, with anyone) keeps a news spike — when all
 * of A's relations get more coverage — from reading as a change in the A–B relationship.
 */
import { bootstrapSum } from './bootstrap.js';
import { emptyQuad, mergeStats, netOfStats } from './stats.js';
import { optionNumber } from './validate.js';
import type { DirectedStats, DyadBuckets, QuadCounts, SeriesDirection } from './types.js';

export interface PerVolume {
  count: number;
  quad: QuadCounts;
  domains: Record<string, number>;
  goldsteinSum: number;
  net: number;
}

/** Percentile-bootstrap interval of net cooperation (and of it per volume, the volume held fixed). */
export interface NetInterval {
  level: number;
  net: [number, number];
  netPerVolume: [number, number];
}

export interface Metrics {
  count: number;
  quad: QuadCounts;
  domains: Record<string, number>;
  goldsteinSum: number;
  /** 0 for an empty period (the count says it is empty). */
  goldsteinMean: number;
  cooperativeWeight: number;
  conflictualWeight: number;
  /** cooperativeWeight − conflictualWeight. */
  net: number;
  /** Every figure above divided by the period's volume; zeros when the volume is 0. */
  perVolume: PerVolume;
  /** Absent when the buckets carry no cluster sums or resamples is 0. */
  interval?: NetInterval;
}

export interface SeriesPoint {
  period: string;
  start: string;
  end: string;
  volume: number;
  negated: number;
  ab: Metrics;
  ba: Metrics;
  both: Metrics;
  eventIds?: string[];
}

export interface DyadSeries extends Omit<DyadBuckets, 'buckets'> {
  points: SeriesPoint[];
}

export interface SeriesOptions {
  /** Bootstrap resamples per period and direction; 0 turns intervals off. Default 1000. */
  resamples?: number;
  /** Interval coverage. Default 0.9. */
  level?: number;
  /** Seed of the bootstrap; the same seed gives the same intervals. Default 1. */
  seed?: number;
}

export type Measure = 'net' | 'netPerVolume' | 'count' | 'countPerVolume' | 'goldsteinSum' | 'goldsteinMean';

function metrics(s: DirectedStats, volume: number, stream: string, opts: Required<SeriesOptions>): Metrics {
  const per = (x: number): number => (volume > 0 ? x / volume : 0);
  const domains: Record<string, number> = {};
  for (const [d, n] of Object.entries(s.domains)) domains[d] = per(n);
  const net = netOfStats(s);
  const m: Metrics = {
    count: s.count,
    quad: { ...s.quad },
    domains: { ...s.domains },
    goldsteinSum: s.goldsteinSum,
    goldsteinMean: s.count > 0 ? s.goldsteinSum / s.count : 0,
    cooperativeWeight: s.cooperativeWeight,
    conflictualWeight: s.conflictualWeight,
    net,
    perVolume: {
      count: per(s.count),
      quad: volume > 0 ? { 1: per(s.quad[1]), 2: per(s.quad[2]), 3: per(s.quad[3]), 4: per(s.quad[4]) } : emptyQuad(),
      domains,
      goldsteinSum: per(s.goldsteinSum),
      net: per(net),
    },
  };
  if (s.clusters && opts.resamples > 0) {
    const nets = new Float64Array(s.clusters.length);
    s.clusters.forEach((c, i) => { nets[i] = c.net; });
    const [lo, hi] = bootstrapSum(nets, stream, opts);
    m.interval = { level: opts.level, net: [lo, hi], netPerVolume: [per(lo), per(hi)] };
  }
  return m;
}

export function dyadSeries(buckets: DyadBuckets, options: SeriesOptions = {}): DyadSeries {
  const opts: Required<SeriesOptions> = {
    resamples: optionNumber(options.resamples ?? 1000, 'resamples', 0, 1_000_000, true),
    level: optionNumber(options.level ?? 0.9, 'level', 0.01, 0.999),
    seed: optionNumber(options.seed ?? 1, 'seed', 0, 2 ** 32 - 1, true),
  };
  const { buckets: list, ...head } = buckets;
  const points = list.map((b): SeriesPoint => {
    const point: SeriesPoint = {
      period: b.period, start: b.start, end: b.end, volume: b.volume, negated: b.negated,
      ab: metrics(b.ab, b.volume, `${b.period}|ab`, opts),
      ba: metrics(b.ba, b.volume, `${b.period}|ba`, opts),
      both: metrics(mergeStats(b.ab, b.ba), b.volume, `${b.period}|both`, opts),
    };
    if (b.eventIds) point.eventIds = b.eventIds;
    return point;
  });
  return { ...head, points };
}

/** One number per period, for change points, trends and sparklines. */
export function seriesValues(series: DyadSeries, measure: Measure = 'net', direction: SeriesDirection = 'both'): number[] {
  return series.points.map((p) => {
    const m = p[direction];
    switch (measure) {
      case 'net': return m.net;
      case 'netPerVolume': return m.perVolume.net;
      case 'count': return m.count;
      case 'countPerVolume': return m.perVolume.count;
      case 'goldsteinSum': return m.goldsteinSum;
      case 'goldsteinMean': return m.goldsteinMean;
    }
  });
}
