/**
 * In-process figures behind the uncached API rows of bench/api.ts: on the same generated store
 * (generated-events.ts), times `dyadReport` for the API's six series paths and the store's event
 * listing for its ten event paths, each request parsed by the server's own schemas. A report is
 * split by step: store calls, classified by what they ask (window defaults, the buckets, the cited
 * events, the alert weeks; summed, so calls run side by side can add up to more than the report),
 * and the analysis run again alone on the same buckets (bootstrap = `dyadSeries`, change points =
 * shifts and direction). A listing is split into the whole call and its total alone (`limit` 0).
 * Each figure is the median of --runs after a warm-up round, printed as one JSON line; `cpu_ms` is
 * the process's CPU time (Node and DuckDB's threads), which other work on the machine does not
 * inflate as it does wall time.
 *
 * Run: npx tsx bench/dyad-report.ts [--events N] [--runs 7] [--path file --keep] [--dump out.json]
 * With --path and --keep the store is kept and reused by the next run with the same N; --dump
 * writes every answer, to compare the answers of two builds byte for byte.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dyadSeries, dyadShifts, overallDirection } from '../src/analysis/index.js';
import { dyadReport, resolveWindow } from '../src/dyads/index.js';
import type { DyadReportOptions } from '../src/dyads/index.js';
import { DyadSeriesQuery, EventListQuery } from '../src/server/schemas/index.js';
import { openStore } from '../src/store/index.js';
import type { DyadBucketsQuery, EventQuery, Store } from '../src/store/index.js';
import { EVENT_PATHS, SERIES_PATHS, fill } from './generated-events.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const emit = (figure: Record<string, unknown>): void => console.log(JSON.stringify({ bench: 'dyad-report', ...figure }));
const TOTAL = Number(arg('events') ?? 1_000_000);
const RUNS = Number(arg('runs') ?? 7);

type StoreStep = 'window' | 'buckets' | 'citations' | 'alerts' | 'other';

/** Which step of a report a store call serves, from what it asks. */
function storeStep(method: string | symbol, args: unknown[]): StoreStep {
  if (method === 'stats' || method === 'events' || method === 'dyadDates') return 'window';
  if (method !== 'dyadBuckets') return 'other';
  const q = args[0] as DyadBucketsQuery;
  if (q.eventIds === true) return 'citations';
  return q.clusters === false && q.granularity === 'week' ? 'alerts' : 'buckets';
}

/** The store with every call's time added to `spent` under its step. */
function timedStore(store: Store, spent: Map<StoreStep, number>): Store {
  return new Proxy(store, {
    get(target, method, receiver) {
      const value: unknown = Reflect.get(target, method, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          const step = storeStep(method, args);
          spent.set(step, (spent.get(step) ?? 0) + performance.now() - start);
        }
      };
    },
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const ms = (x: number): number => Number(x.toFixed(2));

function seriesOptions(path: string): DyadReportOptions {
  const url = new URL(path, 'http://bench');
  const [, , , a = '', b = ''] = url.pathname.split('/');
  const q = DyadSeriesQuery.parse(Object.fromEntries(url.searchParams));
  return {
    a, b, by: q.by, direction: q.direction, measure: q.measure, resamples: q.resamples, alerts: q.alerts, match: q.match,
    ...(q.from !== undefined ? { from: q.from } : {}), ...(q.to !== undefined ? { to: q.to } : {}),
  };
}

/** As the server's eventQuery, less the actor checks (every actor here is known). */
function eventOptions(path: string): EventQuery {
  const { dyad, ...rest } = EventListQuery.parse(Object.fromEntries(new URL(path, 'http://bench').searchParams));
  const q: EventQuery = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (dyad !== undefined) {
    const [a = '', b = ''] = dyad.toUpperCase().split(',');
    q.dyad = { a, b };
  }
  return q;
}

/** The report's analysis steps alone, on the buckets it reads: what is not the store. */
async function reportSteps(store: Store, options: DyadReportOptions): Promise<Record<string, number>> {
  const w = await resolveWindow(store, options, { by: options.by });
  const resamples = options.resamples ?? 1000;
  const buckets = await store.dyadBuckets({ dyad: w.dyad, from: w.from, to: w.to, granularity: options.by, match: w.match, clusters: resamples > 0 });
  let start = performance.now();
  const series = dyadSeries(buckets, { resamples });
  const bootstrap = performance.now() - start;
  start = performance.now();
  const shiftOptions = { measure: options.measure ?? 'net', direction: options.direction ?? 'both' };
  overallDirection(series, shiftOptions, dyadShifts(series, shiftOptions));
  return { bootstrap_ms: bootstrap, change_points_ms: performance.now() - start };
}

async function timeReports(store: Store, answers: Record<string, unknown>): Promise<void> {
  for (const path of SERIES_PATHS) {
    const options = seriesOptions(path);
    answers[path] = await dyadReport(store, options); // warm-up, and the answer
    const totals: number[] = [];
    const cpu: number[] = [];
    const steps = new Map<string, number[]>();
    const add = (step: string, x: number): void => void steps.set(step, [...(steps.get(step) ?? []), x]);
    for (let r = 0; r < RUNS; r++) {
      const spent = new Map<StoreStep, number>();
      const start = performance.now();
      const used = process.cpuUsage();
      await dyadReport(timedStore(store, spent), options);
      totals.push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
      for (const step of ['window', 'buckets', 'citations', 'alerts', 'other'] as const) add(`store_${step}`, spent.get(step) ?? 0);
      for (const [step, x] of Object.entries(await reportSteps(store, options))) add(step.replace(/_ms$/, ''), x);
    }
    const report = answers[path] as Awaited<ReturnType<typeof dyadReport>>;
    emit({
      figure: 'series', path, runs: RUNS, periods: report.series.points.length, changes: report.shifts.changes.length,
      report_ms: ms(median(totals)), report_cpu_ms: ms(median(cpu)), ...Object.fromEntries([...steps].map(([k, xs]) => [`${k}_ms`, ms(median(xs))])),
    });
  }
}

async function timeEvents(store: Store, answers: Record<string, unknown>): Promise<void> {
  for (const path of EVENT_PATHS) {
    const q = eventOptions(path);
    answers[path] = await store.events(q);
    const whole: number[] = [];
    const cpu: number[] = [];
    const total: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      let start = performance.now();
      const used = process.cpuUsage();
      await store.events(q);
      whole.push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
      start = performance.now();
      await store.events({ ...q, limit: 0 });
      total.push(performance.now() - start);
    }
    emit({ figure: 'events', path, runs: RUNS, listing_ms: ms(median(whole)), listing_cpu_ms: ms(median(cpu)), total_only_ms: ms(median(total)) });
  }
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const given = arg('path');
  const dir = given === undefined ? mkdtempSync(join(tmpdir(), 'entente-bench-report-')) : undefined;
  const path = given ?? join(dir ?? '.', 'report.duckdb');
  try {
    if (!existsSync(path)) await fill(path, TOTAL, emit);
    const store = await openStore({ kind: 'duckdb', path });
    const answers: Record<string, unknown> = {};
    try {
      const start = performance.now();
      // The first dyad question builds the analytics tables: not a figure of answering.
      await store.dyadBuckets({ dyad: { a: 'IRN', b: 'RUS' }, from: '2024-01-01', to: '2024-01-31', granularity: 'month', clusters: false });
      emit({ figure: 'analytics_tables', seconds: Number(((performance.now() - start) / 1000).toFixed(1)) });
      await timeReports(store, answers);
      await timeEvents(store, answers);
      // The bootstrap alone, one period of many clusters: the inner loop without the store.
      const big = await store.dyadBuckets({ dyad: { a: 'IRN', b: 'RUS' }, from: '2015-01-01', to: '2025-12-31', granularity: 'quarter', clusters: true });
      const start2 = performance.now();
      for (let r = 0; r < RUNS; r++) dyadSeries(big, { resamples: 1000 });
      emit({ figure: 'bootstrap_quarters_1000', periods: big.buckets.length, ms: ms((performance.now() - start2) / RUNS) });
    } finally {
      await store.close();
    }
    const dump = arg('dump');
    if (dump !== undefined) writeFileSync(dump, `${JSON.stringify(answers, null, 1)}\n`);
    emit({ figure: 'load_average', load_average: Number(loadavg()[0]?.toFixed(1)) });
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    else if (!keep) rmSync(path, { force: true });
  }
}

await main();
