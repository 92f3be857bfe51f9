/**
 * Dyad analytics as pure functions. Two layers: aggregation (events → period buckets, also
 * computable by the store in SQL) and derived metrics (buckets → series, change points, alerts,
 * direction). Event-level analyses (alignment, triads, requests, related dyads) read event rows.
 */
export type {
  AnalysisEvent, ActorMatch, Granularity, Direction, SeriesDirection, QuadCounts, ClusterStat, DirectedStats,
  DyadBucket, DyadBuckets,
} from './types.js';
export { matchesActor, dyadDirection, involvesDyad, actorKey, isOrganisationKey } from './match.js';
export { parseDay, formatDay, periodOf, periodsBetween, isoWeek, GRANULARITIES } from './periods.js';
export type { PeriodSpan } from './periods.js';
export { aggregateDyad } from './aggregate.js';
export type { AggregateOptions } from './aggregate.js';
export { emptyStats, addEvent, mergeStats, netOf } from './stats.js';
export { addScores, subtractScores, sumScores } from './scores.js';
export { dyadSeries, seriesValues } from './series.js';
export type { DyadSeries, SeriesPoint, Metrics, PerVolume, NetInterval, SeriesOptions, Measure } from './series.js';
export { bootstrapSum, quantile } from './bootstrap.js';
export type { BootstrapOptions } from './bootstrap.js';
export { sScore, chanceCorrected } from './s-score.js';
export type { DistanceMetric, ChanceModel, SimilarityOptions } from './s-score.js';
export { alignment, relationProfile } from './alignment.js';
export type { Alignment, AlignmentOptions, ProfileMeasure, Relation, Similarity } from './alignment.js';
export { triadStance, strongestTriads } from './triads.js';
export type { Triad, TriadLabel, TriadOptions, StrongestTriadOptions } from './triads.js';
export { pairRequests } from './requests.js';
export type { RequestOptions, RequestRecord, RequestStatus, RequestsResult } from './requests.js';
export { requestKind, deliveryKind, refusalKind, kindsMatch } from './request-kinds.js';
export type { MaterialKind, RequestType } from './request-kinds.js';
export { pelt, noiseSigma } from './change-points.js';
export type { PeltOptions, PeltResult, Segment } from './change-points.js';
export { dyadShifts, observedSpan } from './shifts.js';
export type { ChangePoint, ShiftOptions, Shifts } from './shifts.js';
export { weeklyAlerts } from './alerts.js';
export type { Alert, AlertKind, AlertOptions, AlertRow, AlertScope, Baseline, WeeklyAlerts } from './alerts.js';
export { sparkline } from './sparkline.js';
export type { SparklineOptions } from './sparkline.js';
export { dyadChanges, relatedDyads } from './related.js';
export type { DyadChange, DyadChangeOptions, DyadRanking } from './related.js';
export { overallDirection } from './direction.js';
export type { DirectionOptions, OverallDirection, RelationDirection } from './direction.js';
export { seededRandom } from './random.js';
