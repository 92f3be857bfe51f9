/**
 * Dyad analytics benchmark: fills a DuckDB store with ≥ 10 million generated events straight from
 * SQL (range() plus hash-based columns: ten years in date order, actors drawn with a Zipf-like
 * weight so a few states dominate as in GDELT, CAMEO codes weighted toward statements and
 * consultations, three reports in four grouped into story clusters), builds the analytics tables,
 * then times the store's aggregations: a monthly dyad series (without and with the per-cluster
 * sums the intervals need, over the whole ten years and over the last year, from the analytics
 * tables and, for comparison, from the events alone as a read-only store with outdated tables
 * answers), the whole report (series, intervals, change points, alerts, direction) and the top-20
 * dyads by net-cooperation change. Each figure is the median of several runs after one warm-up and
 * is printed as one JSON line.
 *
 * Run: npx tsx bench/dyad.ts [--events N] [--path file --keep] [--runs 7]
 * With --path and --keep the generated file is kept and reused by the next run with the same N.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dyadSeries } from '../src/analysis/index.js';
import { dyadReport, topDyads } from '../src/dyads/index.js';
import { CAMEO_CODES } from '../src/model/index.js';
import { DuckDbStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const TOTAL = Number(arg('events') ?? 10_000_000);
const RUNS = Number(arg('runs') ?? 7);
const KEEP = process.argv.includes('--keep');
const FIRST_DAY = '2015-01-01';
const DAYS = 3653; // 2015-01-01 .. 2024-12-31

const emit = (figure: Record<string, unknown>): void => console.log(JSON.stringify({ bench: 'dyad', ...figure }));

/** Countries by rough share of coverage; each gets slots proportional to 1/rank (Zipf). */
const COUNTRIES = [
  'USA', 'CHN', 'RUS', 'GBR', 'ISR', 'UKR', 'IRN', 'IND', 'FRA', 'DEU', 'TUR', 'PAK', 'JPN', 'SYR', 'AFG', 'IRQ', 'SAU', 'KOR',
  'PRK', 'EGY', 'CAN', 'AUS', 'NGA', 'ZAF', 'BRA', 'MEX', 'ITA', 'ESP', 'POL', 'LBN', 'YEM', 'QAT', 'ARE', 'JOR', 'AZE', 'ARM',
  'GEO', 'KAZ', 'BLR', 'VEN', 'CUB', 'IDN', 'PHL', 'VNM', 'THA', 'MYS', 'BGD', 'LKA', 'ETH', 'KEN', 'SDN', 'LBY', 'DZA', 'MAR',
  'TUN', 'SRB', 'HUN', 'GRC', 'NLD', 'SWE',
];
const ROLES = ['', 'GOV', 'GOV', 'MIL', 'GOV', '', 'BUS', 'OPP', 'MED', 'COP'];
const SLOTS = 4096;

function zipfSlots(count: number): number[] {
  const weights = Array.from({ length: count }, (_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const slots: number[] = [];
  weights.forEach((w, k) => { for (let n = Math.max(1, Math.round((w / total) * SLOTS)); n > 0; n--) slots.push(k); });
  return slots;
}

/** CAMEO codes weighted by root as GDELT's mix roughly runs: statements and consultations most. */
const ROOT_WEIGHT: Record<string, number> = {
  '01': 12, '02': 5, '03': 5, '04': 20, '05': 8, '06': 4, '07': 3, '08': 2, '09': 2, '10': 2,
  '11': 8, '12': 3, '13': 4, '14': 3, '15': 1, '16': 2, '17': 5, '18': 4, '19': 6, '20': 1,
};

const sqlList = (values: readonly (string | number)[]): string =>
  `[${values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ')}]`;

async function generate(store: DuckDbStore): Promise<void> {
  const codes = CAMEO_CODES.filter((c) => c.code.length >= 3);
  const codeSlots: number[] = [];
  codes.forEach((c, k) => {
    const siblings = codes.filter((x) => x.root === c.root).length;
    for (let n = Math.max(1, Math.round(((ROOT_WEIGHT[c.root] ?? 1) * 40) / siblings)); n > 0; n--) codeSlots.push(k);
  });
  const actorSlots = zipfSlots(COUNTRIES.length);
  const hasCluster = await store.exclusive(async (c) =>
    (await c.runAndReadAll("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'events' AND column_name = 'cluster_id'")).getRows()[0]?.[0] !== 0n);
  const actor = (salt: number): string =>
    `cs[as_[1 + CAST(hash(i, ${salt}) % ${actorSlots.length} AS INTEGER)]] || rs[1 + CAST(hash(i, ${salt + 1}) % ${ROLES.length} AS INTEGER)]`;
  const sql = `
    INSERT INTO events (id, date, source, target, code, root, quad, goldstein, plover, confidence, negated, modality, dataset, original_id${hasCluster ? ', cluster_id' : ''})
    SELECT 'gen:' || i, DATE '${FIRST_DAY}' + CAST(i * ${DAYS} // ${TOTAL} AS INTEGER), src, tgt,
      codes[k], roots[k], quads[k], golds[k], plovers[k], (hash(i, 7) % 1000) / 1000.0, hash(i, 8) % 100 = 0, 'asserted', 'bench', CAST(i AS VARCHAR)
      ${hasCluster ? ", CASE WHEN hash(i, 9) % 4 = 0 THEN NULL ELSE 'story:' || (i // 3) END" : ''}
    FROM (
      SELECT i, ${actor(1)} AS src, ${actor(3)} AS tgt, 1 + cslots[1 + CAST(hash(i, 5) % ${codeSlots.length} AS INTEGER)] AS k,
        codes, roots, quads, golds, plovers
      FROM (SELECT range AS i, ${sqlList(COUNTRIES)} AS cs, ${sqlList(ROLES)} AS rs, ${sqlList(actorSlots.map((s) => s + 1))} AS as_,
              ${sqlList(codeSlots)} AS cslots, ${sqlList(codes.map((c) => c.code))} AS codes, ${sqlList(codes.map((c) => c.root))} AS roots,
              ${sqlList(codes.map((c) => c.quad))} AS quads, ${sqlList(codes.map((c) => c.goldstein))} AS golds,
              ${sqlList(codes.map((c) => c.plover))} AS plovers
            FROM range(${TOTAL}))
    )
    ORDER BY i`;
  await store.exclusive(async (c) => {
    await c.run('BEGIN TRANSACTION');
    await c.run(sql);
    await c.run('COMMIT');
    await c.run('CHECKPOINT');
  });
}

async function median(fn: () => Promise<unknown>): Promise<{ ms: number; min: number; max: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const r = (x: number | undefined): number => Number((x ?? 0).toFixed(1));
  return { ms: r(times[Math.floor(times.length / 2)]), min: r(times[0]), max: r(times.at(-1)) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-dyad-'));
  const path = arg('path') ?? join(dir, 'dyad.duckdb');
  let store: DuckDbStore | undefined;
  try {
    const reuse = KEEP && existsSync(path);
    store = await DuckDbStore.open({ path });
    const have = (await store.stats()).events;
    if (!reuse || have !== TOTAL) {
      if (have > 0) throw new Error(`${path} already holds ${have} events; give a new --path`);
      const start = performance.now();
      await generate(store);
      emit({ figure: 'generate', events: (await store.stats()).events, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) });
    }
    const built = performance.now();
    const rebuilt = await store.refreshAnalytics();
    emit({ figure: 'analytics_tables', rebuilt, seconds: Number(((performance.now() - built) / 1000).toFixed(1)) });
    const s: Store = store;
    const stats = await s.stats();
    emit({
      figure: 'store', path, events: stats.events, first: stats.firstDate, last: stats.lastDate, file_mb: Number((statSync(path).size / 1e6).toFixed(0)),
      cpus: cpus().length, load: loadavg().map((x) => Number(x.toFixed(2))),
    });
    const dyad = { a: 'IRN', b: 'RUS' };
    const full = { dyad, from: FIRST_DAY, to: '2024-12-31', granularity: 'month' as const };
    const year = { ...full, from: '2024-01-01' };
    const sample = await s.dyadBuckets({ ...full, clusters: false });
    const dyadEvents = sample.buckets.reduce((n, b) => n + b.ab.count + b.ba.count, 0);
    const volume = sample.buckets.reduce((n, b) => n + b.volume, 0);
    emit({ figure: 'dyad', dyad: 'IRN-RUS', dyad_events: dyadEvents, volume_events: volume });
    const series = async (from: Store, source: string): Promise<void> => {
      for (const [window, q] of [['10 years', full], ['2024', year]] as const) {
        for (const clusters of [false, true]) {
          const periods = window === '2024' ? 12 : 120;
          emit({ figure: 'monthly_series_ms', source, window, periods, clusters, ...(await median(() => from.dyadBuckets({ ...q, clusters }))) });
        }
      }
    };
    await series(s, 'analytics tables');
    emit({ figure: 'series_with_intervals_ms', window: '10 years', resamples: 1000, ...(await median(async () => dyadSeries(await s.dyadBuckets(full)))) });
    emit({ figure: 'dyad_report_ms', window: '2024', by: 'month', ...(await median(() => dyadReport(s, { a: 'IRN', b: 'RUS', from: '2024-01-01', to: '2024-12-31', by: 'month' }))) });
    emit({ figure: 'top20_change_ms', window: '30 days', ...(await median(() => topDyads(s, { from: '2024-12-02', to: '2024-12-31', limit: 20 }))) });
    emit({ figure: 'top20_change_ms', window: '1 year', ...(await median(() => topDyads(s, { from: '2024-01-01', to: '2024-12-31', limit: 20 }))) });
    // What a read-only store answers while the tables are outdated: the events alone.
    const reader = await DuckDbStore.open({ path, readOnly: true });
    try {
      await store.exclusive(async () => undefined);
      await series(reader, 'events');
    } finally {
      await reader.close();
    }
  } finally {
    await store?.close();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
