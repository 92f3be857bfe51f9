/**
 * Contract for the store's analytics: on random events, the store's SQL aggregates equal what
 * analysis' pure functions compute from the same events read as rows — `dyadBuckets` against
 * `aggregateDyad`, `topDyadChanges` against `dyadChanges`, `analysisEvents` against a plain filter.
 * Goldstein scores mix values exact in binary with one-decimal ones that are not (0.1, 3.4, −7.2):
 * summed as plain doubles those depend on the order SQL adds them in; summed in hundredths, as
 * both sides do (analysis/scores.ts), they must agree to the last bit, so the comparison is exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateDyad, dyadChanges, matchesActor } from '../analysis/index.js';
import type { ActorMatch, AnalysisEvent, Granularity } from '../analysis/index.js';
import type { Dyad, Event } from '../domain/index.js';
import { analysisDomain } from './analysis-domain.js';
import type { StoreFactory } from './contract.js';
import { toDocuments } from './contract-arbitrary.js';
import type { AnalysisEventQuery, DyadDates, DyadDatesQuery } from './store.js';

const ACTORS = ['IRN', 'IRNGOV', 'IRNMIL', 'RUS', 'RUSGOV', 'RUSMIL', 'USAGOV', 'ISRMIL', 'IGOUNO', 'IGONAT', 'CHN', ''];
/** Codes of several domains, one outside the codebook with a known root, one with neither. */
const CODES = ['0211', '0212', '0233', '042', '057', '061', '0712', '112', '1121', '138', '190', '193', '0991', '999'];
const GOLDSTEIN = [-10, -7.5, -7.2, -2, -0.5, 0, 0.1, 0.2, 1.5, 3.4, 3.5, 4, 8, 10];
const DYADS: Dyad[] = [
  { a: 'IRN', b: 'RUS' }, { a: 'RUSGOV', b: 'IRN' }, { a: 'IRN', b: 'IRNGOV' }, { a: 'USAGOV', b: 'IRN' }, { a: 'IGOUNO', b: 'RUS' },
];
const DAY = 86_400_000;
const isoDay = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);
/** 2024-11-15 .. 2025-03-20: crosses months, quarters, a year and ISO week 2025-W01 (from 2024-12-30). */
const dayArb = fc.integer({ min: 20042, max: 20167 });

/** Random event bodies drawn from the pools above. */
export const analyticsBodyArb: fc.Arbitrary<Omit<Event, 'id'>> = fc.record({
  date: dayArb.map(isoDay),
  source: fc.constantFrom(...ACTORS),
  target: fc.constantFrom(...ACTORS),
  code: fc.constantFrom(...CODES),
  quad: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  goldstein: fc.constantFrom(...GOLDSTEIN),
  negated: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
  unfulfilled: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['date', 'source', 'target', 'code', 'quad', 'goldstein', 'negated'], noNullPrototype: true })
  .map(({ unfulfilled, ...b }) => {
    const body: Omit<Event, 'id'> = { ...b, root: b.code.slice(0, 2), plover: 'CONSULT', confidence: 1, modality: 'asserted' };
    if (unfulfilled !== undefined) body.unfulfilled = unfulfilled;
    return body;
  });

/** An event as analysis reads it, built independently of the store's SQL. */
export function analysisRow(e: Event): AnalysisEvent {
  const row: AnalysisEvent = {
    id: e.id, date: e.date, source: e.source, target: e.target, code: e.code, root: e.root, quad: e.quad,
    goldstein: e.goldstein, domain: analysisDomain(e.code, e.root), negated: e.negated,
  };
  if (e.unfulfilled !== undefined) row.unfulfilled = e.unfulfilled;
  return row;
}

const byDateId = (x: AnalysisEvent, y: AnalysisEvent): number =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

const windowArb = fc.tuple(dayArb, dayArb).map(([x, y]) => ({ from: isoDay(Math.min(x, y)), to: isoDay(Math.max(x, y)) }));
const matchArb = fc.constantFrom<ActorMatch>('prefix', 'exact');
export const bucketQueryArb = fc.record({
  dyad: fc.constantFrom(...DYADS),
  window: windowArb,
  granularity: fc.constantFrom<Granularity>('day', 'week', 'month', 'quarter'),
  match: matchArb,
  clusters: fc.boolean(),
  eventIds: fc.boolean(),
});
const eventQueryArb: fc.Arbitrary<AnalysisEventQuery> = fc.record({
  actors: fc.subarray(['IRN', 'RUSGOV', 'ISR', 'IGO', '']),
  dyad: fc.constantFrom(...DYADS),
  roots: fc.subarray(['02', '07', '11', '19', '99']),
  from: dayArb.map(isoDay),
  to: dayArb.map(isoDay),
  match: matchArb,
  includeNegated: fc.boolean(),
}, { requiredKeys: [], noNullPrototype: true });

function referenceEvents(rows: AnalysisEvent[], q: AnalysisEventQuery): AnalysisEvent[] {
  const match = q.match ?? 'prefix';
  const side = (e: AnalysisEvent, actor: string): boolean => matchesActor(e.source, actor, match) || matchesActor(e.target, actor, match);
  const between = (e: AnalysisEvent, d: Dyad): boolean =>
    (matchesActor(e.source, d.a, match) && matchesActor(e.target, d.b, match)) || (matchesActor(e.source, d.b, match) && matchesActor(e.target, d.a, match));
  return rows.filter((e) =>
    (q.actors === undefined || q.actors.some((a) => side(e, a))) &&
    (q.dyad === undefined || between(e, q.dyad)) &&
    (q.roots === undefined || q.roots.includes(e.root)) &&
    (q.from === undefined || e.date >= q.from) && (q.to === undefined || e.date <= q.to) &&
    (q.includeNegated !== false || e.negated !== true)).sort(byDateId);
}

const datesQueryArb: fc.Arbitrary<DyadDatesQuery> = fc.record({
  dyad: fc.constantFrom(...DYADS), match: matchArb, from: dayArb.map(isoDay), to: dayArb.map(isoDay),
}, { requiredKeys: ['dyad'], noNullPrototype: true });

/** First and last dates of the dyad's events either way, negated ones included. */
function referenceDates(rows: AnalysisEvent[], q: DyadDatesQuery): DyadDates {
  const match = q.match ?? 'prefix';
  const { a, b } = q.dyad;
  const dates = rows.filter((e) =>
    ((matchesActor(e.source, a, match) && matchesActor(e.target, b, match)) || (matchesActor(e.source, b, match) && matchesActor(e.target, a, match))) &&
    (q.from === undefined || e.date >= q.from) && (q.to === undefined || e.date <= q.to)).map((e) => e.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return { ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}) };
}

/** JSON form: -0 and 0 read alike (SQL and JS may disagree on the sign of an empty sum). */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

export function analyticsContract(factory: StoreFactory): void {
  describe('analytics', () => {
    it('aggregates dyad buckets, dates dyads, ranks dyad changes and lists analysis rows exactly as analysis does', async () => {
      let run = 0;
      let nonEmpty = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(analyticsBodyArb, { minLength: 40, maxLength: 150 }),
          fc.array(bucketQueryArb, { minLength: 1, maxLength: 6 }),
          fc.array(fc.record({ window: windowArb, match: matchArb, limit: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 3 }),
          fc.array(eventQueryArb, { minLength: 1, maxLength: 4 }),
          fc.array(datesQueryArb, { minLength: 1, maxLength: 4 }),
          async (bodies, bucketQueries, changeQueries, eventQueries, datesQueries) => {
            const target = await factory();
            try {
              const docs = toDocuments(`an${run++}`, bodies);
              await target.store.saveCoded(docs);
              const rows = docs.flatMap((d) => d.events).map(analysisRow);
              const sorted = [...rows].sort(byDateId);
              // Asked before and after the dyad buckets: a store may keep derived tables built then.
              const dates = async (): Promise<void> => {
                for (const q of datesQueries) expect(await target.store.dyadDates(q), JSON.stringify(q)).toEqual(referenceDates(rows, q));
              };
              await dates();
              for (const q of bucketQueries) {
                const options = { dyad: q.dyad, ...q.window, granularity: q.granularity, match: q.match, clusters: q.clusters, eventIds: q.eventIds };
                const got = await target.store.dyadBuckets(options);
                expect(plain(got), JSON.stringify(options)).toEqual(plain(aggregateDyad(sorted, options)));
                if (got.buckets.some((b) => b.volume > 0 && b.ab.count + b.ba.count > 0)) nonEmpty++;
              }
              await dates();
              for (const q of changeQueries) {
                const options = { ...q.window, match: q.match, limit: q.limit };
                expect(plain(await target.store.topDyadChanges(options)), JSON.stringify(options)).toEqual(plain(dyadChanges(rows, options)));
                // Only some sides may be ranked: an arbitrary but fixed half of the keys.
                const kept = { ...options, keep: (key: string): boolean => key.charCodeAt(key.length - 1) % 2 === 0 };
                expect(plain(await target.store.topDyadChanges(kept)), `${JSON.stringify(options)} kept`).toEqual(plain(dyadChanges(rows, kept)));
              }
              for (const q of eventQueries) {
                expect(await target.store.analysisEvents(q), JSON.stringify(q)).toEqual(referenceEvents(rows, q));
              }
            } finally {
              await target.dispose();
            }
          },
        ),
        { numRuns: 25 },
      );
      // Guards the property itself: dyads that never hold events would prove nothing.
      expect(nonEmpty).toBeGreaterThan(10);
    });

    it('zero-fills every period and keeps negated dyad events out of the figures but counted', async () => {
      const target = await factory();
      try {
        const bodies: Omit<Event, 'id'>[] = [
          { date: '2025-01-06', source: 'IRNGOV', target: 'RUSGOV', code: '057', root: '05', quad: 1, goldstein: 8, plover: 'AGREE', confidence: 1, negated: false, modality: 'asserted' },
          { date: '2025-01-07', source: 'RUS', target: 'IRN', code: '190', root: '19', quad: 4, goldstein: -10, plover: 'FIGHT', confidence: 1, negated: true, modality: 'asserted' },
          { date: '2025-03-03', source: 'USAGOV', target: 'IRN', code: '112', root: '11', quad: 3, goldstein: -2, plover: 'ACCUSE', confidence: 1, negated: false, modality: 'asserted' },
        ];
        await target.store.saveCoded(toDocuments('zero', bodies));
        const got = await target.store.dyadBuckets({ dyad: { a: 'IRN', b: 'RUS' }, from: '2025-01-01', to: '2025-03-31', granularity: 'month', clusters: false });
        expect(got.buckets.map((b) => [b.period, b.volume, b.negated, b.ab.count, b.ba.count])).toEqual([
          ['2025-01', 1, 1, 1, 0], ['2025-02', 0, 0, 0, 0], ['2025-03', 1, 0, 0, 0],
        ]);
        expect(got.buckets[0]?.ab.domains).toEqual({ diplomatic: 1 });
        expect(got.buckets[0]?.ab.clusters).toBeUndefined();
        expect(await target.store.dyadDates({ dyad: { a: 'RUS', b: 'IRN' } })).toEqual({ first: '2025-01-06', last: '2025-01-07' });
        expect(await target.store.dyadDates({ dyad: { a: 'RUS', b: 'USA' } })).toEqual({});
      } finally {
        await target.dispose();
      }
    });

    it('rejects bad options with the field named', async () => {
      const target = await factory();
      try {
        await expect(target.store.dyadBuckets({ dyad: { a: 'IRN', b: 'IRN' }, from: '2025-01-01', to: '2025-02-01', granularity: 'month' }))
          .rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'dyad' } });
        await expect(target.store.dyadBuckets({ dyad: { a: 'IRN', b: 'RUS' }, from: '2025-02-30', to: '2025-03-01', granularity: 'month' }))
          .rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'from' } });
        await expect(target.store.dyadBuckets({ dyad: { a: 'IRN', b: 'RUS' }, from: '2025-01-01', to: '2025-03-01', granularity: 'year' as Granularity }))
          .rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'granularity' } });
        await expect(target.store.topDyadChanges({ from: '2025-03-01', to: '2025-01-01' })).rejects.toMatchObject({ code: 'VALIDATION' });
        await expect(target.store.dyadDates({ dyad: { a: 'IRN', b: 'RUS' }, to: '2025-02-30' })).rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'to' } });
        await expect(target.store.analysisEvents({ from: '2025-13-01' })).rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'from' } });
      } finally {
        await target.dispose();
      }
    });
  });
}
