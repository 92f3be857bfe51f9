/** Dyads: series with change points and alerts, alignment, triads, requests vs deliveries, top changes. */
import { z } from 'zod';
import { ActorCode, IsoDate } from './common.js';

const Quad = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number() });
const Pair = z.tuple([z.number(), z.number()]);
const DyadPair = z.object({ a: z.string(), b: z.string() });

export const MetricsSchema = z.object({
  count: z.number(),
  quad: Quad,
  domains: z.record(z.string(), z.number()),
  goldsteinSum: z.number(),
  goldsteinMean: z.number(),
  cooperativeWeight: z.number(),
  conflictualWeight: z.number(),
  net: z.number(),
  perVolume: z.object({ count: z.number(), quad: Quad, domains: z.record(z.string(), z.number()), goldsteinSum: z.number(), net: z.number() }),
  interval: z.object({ level: z.number(), net: Pair, netPerVolume: Pair }).optional(),
}).meta({ id: 'DyadMetrics' });

export const SeriesPointSchema = z.object({
  period: z.string(),
  start: z.string(),
  end: z.string(),
  volume: z.number(),
  negated: z.number(),
  ab: MetricsSchema,
  ba: MetricsSchema,
  both: MetricsSchema,
  eventIds: z.array(z.string()).optional(),
}).meta({ id: 'SeriesPoint' });

export const GRANULARITIES = ['day', 'week', 'month', 'quarter'] as const;
export const MEASURES = ['net', 'netPerVolume', 'count', 'countPerVolume', 'goldsteinSum', 'goldsteinMean'] as const;
const SeriesDirection = z.enum(['ab', 'ba', 'both']);
const Match = z.enum(['prefix', 'exact']);

export const DyadSeriesSchema = z.object({
  dyad: DyadPair,
  match: Match,
  granularity: z.enum(GRANULARITIES),
  from: z.string(),
  to: z.string(),
  points: z.array(SeriesPointSchema),
}).meta({ id: 'DyadSeries' });

export const ChangePointSchema = z.object({
  index: z.number().int(),
  period: z.string(),
  date: z.string(),
  direction: z.enum(['warming', 'cooling']),
  before: z.number(),
  after: z.number(),
  size: z.number(),
  sizeSd: z.number(),
  periods: z.array(z.string()),
  eventIds: z.array(z.string()),
}).meta({ id: 'ChangePoint' });

export const ShiftsSchema = z.object({
  measure: z.enum(MEASURES),
  direction: SeriesDirection,
  sigma: z.number(),
  penalty: z.number(),
  changes: z.array(ChangePointSchema),
  segments: z.array(z.object({ from: z.string(), to: z.string(), mean: z.number() })),
}).meta({ id: 'Shifts' });

export const OverallDirectionSchema = z.object({
  direction: z.enum(['deepening', 'cooling', 'shifting', 'stable']),
  events: z.number(),
  periods: z.number(),
  slope: z.number(),
  rise: z.number(),
  riseSd: z.number(),
  slopeT: z.number(),
  sigma: z.number(),
  firstMean: z.number(),
  lastMean: z.number(),
  changes: z.array(ChangePointSchema),
  reasons: z.array(z.string()),
}).meta({ id: 'OverallDirection' });

const AlertKind = z.enum(['large-increase', 'large-decrease']);
const AlertScope = z.union([z.literal('all'), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const Baseline = z.object({
  span: z.number(), weeks: z.number(), complete: z.boolean(), mean: z.number(), change: z.number().nullable(), alert: AlertKind.optional(),
});

export const DyadAlertsSchema = z.object({
  week: z.string(),
  rows: z.array(z.object({ scope: AlertScope, count: z.number(), baselines: z.tuple([Baseline, Baseline]) })),
  alerts: z.array(z.object({ scope: AlertScope, span: z.number(), kind: AlertKind, count: z.number(), mean: z.number(), change: z.number().nullable() })),
  from: z.string(),
  to: z.string(),
}).meta({ id: 'DyadAlerts' });

export const DyadReportSchema = z.object({
  series: DyadSeriesSchema,
  measure: z.enum(MEASURES),
  direction: SeriesDirection,
  sparkline: z.string(),
  shifts: ShiftsSchema,
  overall: OverallDirectionSchema,
  alerts: DyadAlertsSchema.optional(),
  coverage: z.array(z.object({
    dataset: z.string(), unit: z.enum(['15min', 'day']), expected: z.number().int(), present: z.number().int(), missing: z.number().int(),
  })).describe('Continuous feeds (GDELT, ICEWS, POLECAT) loaded for part of the window only: a hole can read like a shift'),
}).meta({ id: 'DyadReport' });

export const ChangePointsResponse = z.object({ shifts: ShiftsSchema, overall: OverallDirectionSchema, sparkline: z.string() }).meta({ id: 'ChangePoints' });

const WindowSchema = z.object({ dyad: DyadPair, from: z.string(), to: z.string(), match: Match });

const Similarity = z.object({ s: z.number().nullable(), pi: z.number().nullable(), kappa: z.number().nullable() });
export const AlignmentResponse = z.object({
  window: WindowSchema,
  result: z.object({
    dyad: DyadPair,
    thirdParties: z.array(z.string()),
    profileA: z.array(z.number()),
    profileB: z.array(z.number()),
    countsA: z.array(z.number()),
    countsB: z.array(z.number()),
    weights: z.array(z.number()),
    unweighted: Similarity,
    weighted: Similarity,
  }),
}).meta({ id: 'Alignment' });

export const TriadsResponse = z.object({
  window: WindowSchema,
  result: z.array(z.object({
    a: z.string(), b: z.string(), c: z.string(),
    triggers: z.array(z.string()),
    responses: z.array(z.string()),
    count: z.number(),
    meanGoldstein: z.number().nullable(),
    sumGoldstein: z.number(),
    baselineCount: z.number(),
    baselineMeanGoldstein: z.number().nullable(),
    label: z.enum(['protective', 'neutral', 'aligned-with-aggressor']),
  })),
}).meta({ id: 'Triads' });

const RequestStatus = z.enum(['fulfilled', 'refused', 'unfulfilled', 'pending']);
export const RequestsResponse = z.object({
  window: WindowSchema,
  result: z.object({
    requests: z.array(z.object({
      id: z.string(),
      date: z.string(),
      code: z.string(),
      type: z.enum(['appeal', 'promise', 'demand']),
      kind: z.enum(['economic', 'military', 'judicial', 'intelligence', 'humanitarian', 'protection', 'yield', 'general']),
      requester: z.string(),
      provider: z.string(),
      deadline: z.string(),
      status: RequestStatus,
      deliveries: z.array(z.string()),
      refusals: z.array(z.string()),
      nonDeliveries: z.array(z.string()),
      daysToDelivery: z.number().optional(),
    })),
    counts: z.object({ fulfilled: z.number(), refused: z.number(), unfulfilled: z.number(), pending: z.number() }),
    skipped: z.object({ negated: z.number(), notMaterial: z.number(), unknownActor: z.number() }),
  }),
}).meta({ id: 'Requests' });

const DyadChange = z.object({
  dyad: DyadPair, count: z.number(), previousCount: z.number(), net: z.number(), previousNet: z.number(), change: z.number(),
});
export const TopDyadsResponse = z.object({
  from: z.string(),
  to: z.string(),
  actors: z.enum(['known', 'all']).describe('known: only dyads whose both sides name an identifiable actor (bare roles such as GOV and ethnic codes left out)'),
  previous: z.object({ from: z.string(), to: z.string() }),
  byCount: z.array(DyadChange),
  byChange: z.array(DyadChange),
}).meta({ id: 'TopDyads' });

export const DyadParams = z.object({ a: ActorCode, b: ActorCode });

/** Window shared by every dyad question; defaults: the pair's first to last event, at most 24 months (src/dyads' window rule). */
export const DyadWindowQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  match: Match.default('prefix'),
});

export const DyadSeriesQuery = DyadWindowQuery.extend({
  by: z.enum(GRANULARITIES).default('month'),
  direction: SeriesDirection.default('both'),
  measure: z.enum(MEASURES).default('net'),
  /** Bootstrap resamples for the intervals; 0 leaves them out (faster). */
  resamples: z.coerce.number().int().min(0).max(2000).default(200),
  alerts: z.enum(['true', 'false']).default('true').transform((s) => s === 'true'),
});

export const DyadAlertsQuery = z.object({
  to: IsoDate.optional(),
  week: z.string().regex(/^\d{4}-W\d{2}$/, 'expected an ISO week such as 2025-W24').optional(),
  direction: SeriesDirection.default('both'),
  match: Match.default('prefix'),
});

export const DyadTriadsQuery = DyadWindowQuery.extend({ limit: z.coerce.number().int().min(1).max(100).default(10) });
export const DyadRequestsQuery = DyadWindowQuery.extend({ windowDays: z.coerce.number().int().min(0).max(3650).default(365) });

export const TopDyadsQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  match: Match.default('prefix'),
  actors: z.enum(['known', 'all']).default('known').describe('all: rank sides with no identifiable actor too (GOV, CVL, ethnic codes)'),
});
