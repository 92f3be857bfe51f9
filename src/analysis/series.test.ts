import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, ValidationError } from '../errors.js';
import { aggregateDyad } from './aggregate.js';
import { dyadSeries, seriesValues } from './series.js';
import { ev } from './test-helpers/index.js';
import type { AnalysisEvent, Granularity } from './types.js';

const dyad = { a: 'RUS', b: 'IRN' };
const mil = { domain: 'military' };
// Dyad events (January cooperative, March conflictual), media-volume-only events, and noise.
const e1 = ev('2025-01-05', 'RUSGOV', 'IRNGOV', '040', 1.0);
const e2 = ev('2025-01-20', 'IRN', 'RUS', '0232', 3.4, mil);
const e3 = ev('2025-01-25', 'RUS', 'IRN', '072', 8.3, mil);
const e4 = ev('2025-03-10', 'IRN', 'RUSGOV', '111', -2.0);
const e5 = ev('2025-03-11', 'RUS', 'IRN', '1212', -4.0, mil);
const e6 = ev('2025-03-12', 'RUSMIL', 'IRN', '171', -7.0, mil);
const negated = ev('2025-03-12', 'RUS', 'IRN', '040', 1.0, { negated: true });
const volJan = ev('2025-01-07', 'RUS', 'USA', '042', 1.9);
const volMar = ev('2025-03-15', 'ISR', 'IRN', '190', -10);
const elsewhere = ev('2025-03-20', 'CHN', 'ISR', '040', 1.0);
const before = ev('2024-12-31', 'RUS', 'IRN', '040', 1.0);
const after = ev('2025-05-01', 'RUS', 'IRN', '040', 1.0);
const events = [e1, e2, e3, e4, e5, e6, negated, volJan, volMar, elsewhere, before, after];

const monthly = (resamples = 0) =>
  dyadSeries(aggregateDyad(events, { dyad, from: '2025-01-01', to: '2025-04-30', granularity: 'month' }), { resamples });
const sum = (list: AnalysisEvent[]): number => list.reduce((s, e) => s + e.goldstein, 0);

describe('dyad series', () => {
  it('counts and sums a hand-built month by month, both ways pooled', () => {
    const s = monthly();
    expect(s.points.map((p) => p.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    const [jan, , mar] = s.points;
    expect(jan?.both.count).toBe(3);
    expect(jan?.both.quad).toEqual({ 1: 2, 2: 1, 3: 0, 4: 0 });
    expect(jan?.both.domains).toEqual({ diplomatic: 1, military: 2 });
    expect(jan?.both.goldsteinSum).toBeCloseTo(sum([e1, e2, e3]));
    expect(jan?.both.goldsteinMean).toBeCloseTo(sum([e1, e2, e3]) / 3);
    expect(jan?.both.net).toBeCloseTo(1.0 + 3.4 + 8.3);
    expect(mar?.both.quad).toEqual({ 1: 0, 2: 0, 3: 2, 4: 1 });
    expect(mar?.both.cooperativeWeight).toBe(0);
    expect(mar?.both.conflictualWeight).toBeCloseTo(2 + 4 + 7);
    expect(mar?.both.net).toBeCloseTo(-13);
    expect(mar?.eventIds?.sort()).toEqual([e4.id, e5.id, e6.id].sort());
  });

  it('zero-fills empty months inside the window', () => {
    const s = monthly();
    for (const p of [s.points[1], s.points[3]]) {
      expect(p?.volume).toBe(0);
      expect(p?.both).toMatchObject({ count: 0, goldsteinSum: 0, goldsteinMean: 0, net: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 } });
      expect(p?.both.perVolume.net).toBe(0);
    }
  });

  it('keeps A→B and B→A apart', () => {
    const mar = monthly().points[2];
    expect(mar?.ab.count).toBe(2); // e5, e6
    expect(mar?.ab.net).toBeCloseTo(-4 - 7);
    expect(mar?.ba.count).toBe(1); // e4
    expect(mar?.ba.net).toBeCloseTo(-2);
    expect(seriesValues(monthly(), 'count', 'ba')).toEqual([1, 0, 1, 0]);
  });

  it('divides by the period volume: every event with RUS or IRN on either side', () => {
    const [jan, , mar] = monthly().points;
    // January: e1, e2, e3 and RUS→USA; March: e4, e5, e6 and ISR→IRN. CHN→ISR is not volume.
    expect(jan?.volume).toBe(4);
    expect(mar?.volume).toBe(4);
    expect(jan?.both.perVolume.net).toBeCloseTo((1.0 + 3.4 + 8.3) / 4);
    expect(jan?.ab.perVolume.count).toBeCloseTo(2 / 4);
    expect(mar?.both.perVolume.quad[3]).toBeCloseTo(2 / 4);
    expect(mar?.both.perVolume.domains.military).toBeCloseTo(2 / 4);
  });

  it('leaves negated events out of the figures but counts them', () => {
    const mar = monthly().points[2];
    expect(mar?.negated).toBe(1);
    expect(mar?.eventIds).not.toContain(negated.id);
  });

  it('ranks an event by its quad class even when its score has the other sign', () => {
    const odd = ev('2025-01-02', 'RUS', 'IRN', '040', -1.5);
    const s = dyadSeries(aggregateDyad([odd], { dyad, from: '2025-01-01', to: '2025-01-31', granularity: 'month' }), { resamples: 0 });
    expect(s.points[0]?.both.goldsteinSum).toBe(-1.5);
    expect(s.points[0]?.both.net).toBe(1.5);
  });

  it('matches exact codes when asked', () => {
    const exact = aggregateDyad(events, { dyad: { a: 'RUS', b: 'IRN' }, from: '2025-01-01', to: '2025-04-30', granularity: 'month', match: 'exact' });
    expect(exact.buckets[0]?.ab.count).toBe(1); // only e3 is RUS→IRN exactly
    expect(exact.buckets[0]?.ba.count).toBe(1); // e2
  });

  it('totals equal the dyad events in the window (property)', () => {
    const actors = ['RUS', 'RUSGOV', 'IRN', 'IRNMIL', 'ISR', 'USA', ''];
    const arb = fc.record({
      d: fc.integer({ min: 0, max: 500 }), s: fc.constantFrom(...actors), t: fc.constantFrom(...actors),
      g: fc.integer({ min: -100, max: 100 }), root: fc.integer({ min: 1, max: 20 }), neg: fc.boolean(),
    });
    const gran = fc.constantFrom<Granularity>('day', 'week', 'month', 'quarter');
    fc.assert(fc.property(fc.array(arb, { maxLength: 60 }), gran, (rows, granularity) => {
      const list = rows.map((r, i) => ev(new Date(Date.UTC(2024, 0, 1 + r.d)).toISOString().slice(0, 10), r.s, r.t,
        String(r.root).padStart(2, '0'), r.g / 10, { id: `p${i}`, negated: r.neg }));
      const from = '2024-03-01';
      const to = '2025-03-31';
      const s = dyadSeries(aggregateDyad(list, { dyad, from, to, granularity }), { resamples: 0 });
      const inWindow = list.filter((e) => e.date >= from && e.date <= to && !e.negated);
      const isA = (c: string) => c.startsWith('RUS');
      const isB = (c: string) => c.startsWith('IRN');
      const dyadEvents = inWindow.filter((e) => (isA(e.source) && isB(e.target)) || (isB(e.source) && isA(e.target)));
      const volume = inWindow.filter((e) => [e.source, e.target].some((c) => isA(c) || isB(c)));
      const total = (f: (p: (typeof s.points)[number]) => number) => s.points.reduce((acc, p) => acc + f(p), 0);
      expect(total((p) => p.both.count)).toBe(dyadEvents.length);
      expect(total((p) => p.ab.count + p.ba.count)).toBe(dyadEvents.length);
      expect(total((p) => p.volume)).toBe(volume.length);
      expect(total((p) => p.both.goldsteinSum)).toBeCloseTo(sum(dyadEvents), 6);
    }), { numRuns: 150 });
  });

  it('rejects bad rows and options with the field named', () => {
    const bad = [e1, { ...e2, date: '2025-02-30' }];
    let caught: unknown;
    try { aggregateDyad(bad, { dyad, from: '2025-01-01', to: '2025-02-28', granularity: 'month' }); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).location).toEqual({ field: 'events[1].date' });
    expect((caught as InputError).message).toMatch(/2025-02-30.*expected a calendar date/);
    expect(() => aggregateDyad([e1], { dyad, from: '2025-03-01', to: '2025-02-28', granularity: 'month' })).toThrow(ValidationError);
    expect(() => aggregateDyad([e1], { dyad, from: '2025-01-01', to: '2025-02-28', granularity: 'year' as Granularity }))
      .toThrow(/granularity must be one of/);
    expect(() => aggregateDyad([e1], { dyad: { a: 'RUS', b: 'RUS' }, from: '2025-01-01', to: '2025-02-28', granularity: 'month' }))
      .toThrow(/two different actors/);
    expect(() => aggregateDyad([{ ...e1, goldstein: 42 }], { dyad, from: '2025-01-01', to: '2025-02-28', granularity: 'month' }))
      .toThrow(/goldstein is 42; expected a Goldstein score/);
  });
});

describe('bootstrap intervals', () => {
  it('contain the point estimate and repeat with the same seed', () => {
    const withIntervals = monthly(500);
    for (const p of withIntervals.points) {
      for (const m of [p.ab, p.ba, p.both]) {
        const [lo, hi] = m.interval?.net ?? [NaN, NaN];
        expect(lo).toBeLessThanOrEqual(m.net + 1e-9);
        expect(hi).toBeGreaterThanOrEqual(m.net - 1e-9);
      }
    }
    expect(monthly(500)).toEqual(withIntervals);
  });

  it('resample clusters, not events: one story told many times has no spread', () => {
    const story = [1, 2, 3, 4].map((i) => ev(`2025-01-0${i}`, 'RUS', 'IRN', '072', 8, { clusterId: 'aid-story' }));
    const separate = [1, 2, 3, 4].map((i) => ev(`2025-01-0${i}`, 'RUS', 'IRN', i % 2 ? '072' : '111', i % 2 ? 8 : -2));
    const opts = { dyad, from: '2025-01-01', to: '2025-01-31', granularity: 'month' as const };
    const one = dyadSeries(aggregateDyad(story, opts), { resamples: 200 }).points[0]?.both.interval?.net;
    expect(one).toEqual([32, 32]);
    const many = dyadSeries(aggregateDyad(separate, opts), { resamples: 200, level: 0.9 }).points[0]?.both.interval;
    expect(many?.level).toBe(0.9);
    // 16 − 4 = 12 is the estimate; two cooperative and two conflictual clusters give real spread.
    expect((many?.net[1] ?? 0) - (many?.net[0] ?? 0)).toBeGreaterThan(0);
    const seeded = (seed: number) => dyadSeries(aggregateDyad(separate, opts), { resamples: 200, seed }).points[0]?.both.interval?.net;
    expect(seeded(7)).toEqual(seeded(7));
  });

  it('contain the estimate for random cluster sets (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: -100, max: 100 })), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 1000 }), (rows, seed) => {
      const list = rows.map(([root, g], i) => ev('2025-02-01', 'RUS', 'IRN', String(root).padStart(2, '0'), g / 10, { id: `b${i}`, clusterId: `c${i % 7}` }));
      const p = dyadSeries(aggregateDyad(list, { dyad, from: '2025-02-01', to: '2025-02-28', granularity: 'month' }), { resamples: 300, seed }).points[0];
      const [lo, hi] = p?.both.interval?.net ?? [NaN, NaN];
      expect(lo).toBeLessThanOrEqual((p?.both.net ?? 0) + 1e-9);
      expect(hi).toBeGreaterThanOrEqual((p?.both.net ?? 0) - 1e-9);
    }), { numRuns: 100 });
  });
});
