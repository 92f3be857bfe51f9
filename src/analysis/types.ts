/**
 * The contract of the analysis folder. Analysis is pure: the store hands it either raw event rows
 * (`AnalysisEvent`) or period buckets it aggregated itself in SQL (`DyadBuckets`); everything
 * derived (series, change points, alerts, direction) is computed from buckets, so both paths give
 * the same answers.
 */
import type { Dyad, QuadClass } from '../domain/index.js';

/** The minimal event row analysis reads; the store maps its rows onto it. */
export interface AnalysisEvent {
  id: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** CAMEO-style actor codes (RUSGOV, IRN, IGOUNO); '' when the side is unknown. */
  source: string;
  target: string;
  /** Full CAMEO code ("0232") and its root ("02"). */
  code: string;
  root: string;
  quad: QuadClass;
  /** Goldstein score, −10..10. */
  goldstein: number;
  /** Policy domain of the code (from the model's `domainOf(code)`), passed in so analysis stays
   * independent of the model tables. */
  domain: string;
  /** Reports of one happening share a cluster; defaults to the event id. */
  clusterId?: string;
  /** The text says it did not happen: left out of series, kept as non-delivery evidence. */
  negated?: boolean;
  /** A request or promise the text says went unmet. */
  unfulfilled?: boolean;
}

/**
 * How an event's actor code is matched against an actor of interest. `prefix` (the store's rule):
 * the code starts with the actor, so "RUS" takes RUS, RUSGOV, RUSMIL — country level when given a
 * 3-letter code. `exact`: the codes are equal.
 */
export type ActorMatch = 'prefix' | 'exact';

export type Granularity = 'day' | 'week' | 'month' | 'quarter';

/** A→B is `ab`, B→A is `ba`; `both` pools them. */
export type Direction = 'ab' | 'ba';
export type SeriesDirection = Direction | 'both';

/** Counts by quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadCounts = Record<QuadClass, number>;

/** Sums over the events of one cluster, so intervals can resample clusters without raw rows. */
export interface ClusterStat {
  id: string;
  count: number;
  goldsteinSum: number;
  net: number;
}

/**
 * Aggregates of one direction of a dyad in one period. Net cooperation is
 * `cooperativeWeight − conflictualWeight`, where the cooperative weight is Σ|Goldstein| over quad 1–2
 * events and the conflictual weight Σ|Goldstein| over quad 3–4 events: the quad class (from the code)
 * decides the side, the Goldstein score the weight. With CAMEO's own tables the signs agree and net
 * cooperation equals the Goldstein sum; for datasets whose scores disagree with their codes the quad
 * class wins.
 */
export interface DirectedStats {
  count: number;
  quad: QuadCounts;
  /** Event counts by domain. */
  domains: Record<string, number>;
  goldsteinSum: number;
  cooperativeWeight: number;
  conflictualWeight: number;
  /** One entry per cluster, sorted by id; absent when the store aggregated without them (then no
   * uncertainty interval can be given). */
  clusters?: ClusterStat[];
}

/** One period of a dyad: the unit the store may compute in SQL. */
export interface DyadBucket {
  /** Period key: `2025-06-13`, `2025-W24`, `2025-06`, `2025-Q2`. */
  period: string;
  /** First and last day of the whole period (the window may cut the first and last periods). */
  start: string;
  end: string;
  ab: DirectedStats;
  ba: DirectedStats;
  /** Media volume: every non-negated event with A or B on either side (with anyone), in the window. */
  volume: number;
  /** Dyad events flagged negated, left out of the figures (counted so none vanish unseen). */
  negated: number;
  /** Ids of the dyad's events in the period, when aggregated from raw rows. */
  eventIds?: string[];
}

/** Buckets of a dyad over a window, every period present (empty ones zero-filled), in time order. */
export interface DyadBuckets {
  dyad: Dyad;
  match: ActorMatch;
  granularity: Granularity;
  /** Inclusive window, ISO dates. */
  from: string;
  to: string;
  buckets: DyadBucket[];
}
