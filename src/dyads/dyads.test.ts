import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateDyad, dyadChanges, dyadSeries } from '../analysis/index.js';
import type { AnalysisEvent } from '../analysis/index.js';
import { analysisDomain, openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { dyadAlerts, dyadAlignment, dyadReport, dyadRequests, dyadTriads, mondayOfWeek, namesKnownActor, topDyads } from './index.js';
import { IRN_RUS_EVENTS, SHIFT_PERIOD, irnRusStore } from './test-helpers/index.js';

const rows: AnalysisEvent[] = IRN_RUS_EVENTS.map((e) => ({
  id: e.id, date: e.date, source: e.source, target: e.target, code: e.code, root: e.root, quad: e.quad,
  goldstein: e.goldstein, domain: analysisDomain(e.code, e.root), negated: e.negated,
}));
const dyadIds = (from: string, to: string): string[] => IRN_RUS_EVENTS
  .filter((e) => !e.negated && e.date >= from && e.date <= to)
  .filter((e) => (e.source.startsWith('IRN') && e.target.startsWith('RUS')) || (e.source.startsWith('RUS') && e.target.startsWith('IRN')))
  .map((e) => e.id);

/** Rounded to 1e-9: SQL adds in another order than JS, so sums may differ in the last bits. */
const close = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));

let store: Store;
beforeAll(async () => { store = await irnRusStore(); });
afterAll(async () => { await store.close(); });

describe('dyadReport', () => {
  it('gives the series analysis computes from the raw events, and finds the known shift', async () => {
    const report = await dyadReport(store, { a: 'IRN', b: 'RUS', from: '2023-01-01', to: '2024-12-31', by: 'month', resamples: 200 });
    const expected = dyadSeries(aggregateDyad(rows, { dyad: { a: 'IRN', b: 'RUS' }, from: '2023-01-01', to: '2024-12-31', granularity: 'month', eventIds: false }), { resamples: 200 });
    expect(close(report.series)).toEqual(close(expected));
    expect(report.series.points.find((p) => p.period === '2024-06')?.negated).toBe(1);

    expect(report.shifts.changes).toHaveLength(1);
    const [change] = report.shifts.changes;
    expect(change?.period).toBe(SHIFT_PERIOD);
    expect(change?.direction).toBe('cooling');
    expect(change?.eventIds.sort()).toEqual(dyadIds('2023-12-01', '2024-01-31').sort());
    expect(report.overall.direction).toBe('cooling');
    expect(report.overall.reasons.join(' ')).toContain(`cooling change at ${SHIFT_PERIOD}`);

    expect([...report.sparkline]).toHaveLength(24);
    const blocks = [...report.sparkline];
    expect(blocks.slice(0, 12).every((b) => b >= '▅')).toBe(true);
    expect(blocks.slice(12).every((b) => b <= '▂')).toBe(true);
  });

  it('defaults the window to the pair\'s first and last events and judges the last complete week', async () => {
    const report = await dyadReport(store, { a: 'IRN', b: 'RUS', by: 'quarter', resamples: 0 });
    // The store runs from 2023-01-02 (Iran–China) to 2024-12-23; the pair from 2023-01-03.
    expect([report.series.from, report.series.to]).toEqual(['2023-01-03', '2024-12-23']);
    expect(report.series.points.map((p) => p.period)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(report.series.points[0]?.both.interval).toBeUndefined();
    // 2024-12-23 is a Monday: week 52 is not over, so week 51 is judged.
    expect(report.alerts?.week).toBe('2024-W51');
  });
});

describe('dyadAlerts', () => {
  it('reads 52 weeks before the week judged and flags a large fall in cooperation', async () => {
    const alerts = await dyadAlerts(store, { a: 'IRN', b: 'RUS', week: '2024-W01', minCount: 0.5 });
    expect([alerts.from, alerts.to]).toEqual(['2023-01-02', '2024-01-07']);
    const quad1 = alerts.rows.find((r) => r.scope === 1);
    expect(quad1?.baselines[1]).toMatchObject({ span: 52, weeks: 52, complete: true });
    expect(quad1?.count).toBe(0);
    expect(alerts.alerts).toContainEqual(expect.objectContaining({ scope: 1, span: 52, kind: 'large-decrease' }));
  });

  it('checks ISO week keys', () => {
    expect(mondayOfWeek('2025-W01')).toBe(Date.UTC(2024, 11, 30) / 86_400_000);
    expect(mondayOfWeek('2020-W53')).toBe(Date.UTC(2020, 11, 28) / 86_400_000);
    expect(() => mondayOfWeek('2024-W53')).toThrow(/ISO week/);
    expect(() => mondayOfWeek('2024-12')).toThrow(/ISO week/);
  });
});

describe('event-level analyses', () => {
  it('lists the unanswered appeal for military aid and the kept promise', async () => {
    const { result } = await dyadRequests(store, { a: 'IRN', b: 'RUS', from: '2023-01-01', to: '2023-12-31' });
    const appeal = result.requests.find((r) => r.code === '0232');
    expect(appeal).toMatchObject({ date: '2023-03-20', type: 'appeal', kind: 'military', status: 'unfulfilled', requester: 'IRNGOV', provider: 'RUSGOV' });
    const promise = result.requests.find((r) => r.code === '0311');
    expect(promise).toMatchObject({ status: 'fulfilled', kind: 'economic', provider: 'RUSGOV' });
    expect(promise?.deliveries).toContain(IRN_RUS_EVENTS.find((e) => e.date === '2023-08-14')?.id);
  });

  it('does not count a delivery made after asOf', async () => {
    const asked = { a: 'IRN', b: 'RUS', from: '2023-05-01', to: '2023-06-30' };
    const later = await dyadRequests(store, asked);
    expect(later.result.requests.find((r) => r.code === '0311')?.status).toBe('fulfilled');
    const then = await dyadRequests(store, { ...asked, asOf: '2023-07-01' });
    expect(then.result.requests.find((r) => r.code === '0311')).toMatchObject({ status: 'pending', deliveries: [] });
    await expect(dyadRequests(store, { ...asked, asOf: '2023-07-32' })).rejects.toMatchObject({ location: { field: 'asOf' } });
  });

  it('finds Russia protective of Iran against Israel', async () => {
    const { result } = await dyadTriads(store, { a: 'RUS', b: 'IRN', from: '2024-01-01', to: '2024-12-31' });
    const israel = result.find((t) => t.c === 'ISR');
    expect(israel).toMatchObject({ a: 'RUS', b: 'IRN', label: 'protective', count: 2 });
    expect(israel?.meanGoldstein).toBeCloseTo((-2 - 4.4) / 2);
  });

  it('scores alignment on relations with third parties, inside the window only', async () => {
    const { window, result } = await dyadAlignment(store, { a: 'IRN', b: 'RUS', from: '2023-01-01', to: '2023-12-31' });
    expect(window).toMatchObject({ from: '2023-01-01', to: '2023-12-31', match: 'prefix' });
    expect(result.thirdParties).toEqual(['CHN', 'USA']);
    expect(result.unweighted.s).toBeGreaterThan(0.5);
    const israel = await dyadAlignment(store, { a: 'IRN', b: 'RUS', from: '2024-04-01', to: '2024-04-30' });
    expect(israel.result.thirdParties).toContain('ISR');
  });
});

describe('topDyads', () => {
  it('ranks dyads by net-cooperation change as analysis does, IRN–RUS moving most', async () => {
    const top = await topDyads(store, { from: '2024-01-01', to: '2024-12-31', limit: 5 });
    expect(close(top)).toEqual(close({ from: '2024-01-01', to: '2024-12-31', actors: 'known', ...dyadChanges(rows, { from: '2024-01-01', to: '2024-12-31', limit: 5 }) }));
    expect(top.byChange[0]?.dyad).toEqual({ a: 'IRN', b: 'RUS' });
    expect(top.byChange[0]?.change).toBeLessThan(0);
    // 2024 has 366 days, so the previous window does too.
    expect(top.previous).toEqual({ from: '2022-12-31', to: '2023-12-31' });
  });

  it('names as sides only identifiable actors unless asked for all', () => {
    for (const key of ['RUS', 'IRN', 'IGOUNO', 'IGOWST', 'NGOHRI', 'WST', 'RUSGOV', 'PSEREBHMS']) expect(namesKnownActor(key), key).toBe(true);
    for (const key of ['GOV', 'CVL', 'EDU', 'sco', 'scoREF', 'GOVMIL', 'XYZ', '']) expect(namesKnownActor(key), key).toBe(false);
  });

  it('defaults to the 30 days up to the last event', async () => {
    const top = await topDyads(store);
    expect([top.from, top.to]).toEqual(['2024-11-24', '2024-12-23']);
  });
});

describe('bad questions', () => {
  it('refuses the same actor twice, bad dates, and an empty store without dates', async () => {
    await expect(dyadReport(store, { a: 'IRN', b: 'IRN', by: 'month' })).rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'b' } });
    await expect(dyadReport(store, { a: 'IRN', b: 'RUS', from: '2024-02-31', by: 'month' })).rejects.toMatchObject({ location: { field: 'from' } });
    await expect(dyadReport(store, { a: 'IRN', b: 'RUS', by: 'year' as 'month' })).rejects.toMatchObject({ location: { field: 'granularity' } });
    const empty = await openStore({ kind: 'duckdb', path: ':memory:' });
    try {
      await expect(dyadReport(empty, { a: 'IRN', b: 'RUS', by: 'month' })).rejects.toThrow(/holds no events/);
      const quiet = await dyadReport(empty, { a: 'IRN', b: 'RUS', from: '2024-01-01', to: '2024-03-31', by: 'month' });
      expect(quiet.series.points.map((p) => p.both.count)).toEqual([0, 0, 0]);
      expect(quiet.overall.direction).toBe('stable');
    } finally {
      await empty.close();
    }
  });
});
