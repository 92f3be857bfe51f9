/**
 * Import benchmark: generates a GDELT 2.0 events file (default 10 million rows, the published
 * 61-column layout) in a temp dir, imports it into a fresh DuckDB store with `importFiles`, and
 * prints one JSON line per figure: rows/s, seconds, CPU seconds per million rows (what the import
 * costs whatever else the machine runs) and peak RSS of the process (DuckDB runs inside it),
 * sampled every 100 ms. DuckDB's own memory is not sampled: that takes a query, and queries during
 * the import slowed it by a third even once a second. Then the time of `store.event(id)` on the
 * imported rows, which no index serves. DuckDB's memory_limit is 1.5 GB (--memory-limit).
 *
 * Run: npx tsx bench/import.ts [--rows N] [--memory-limit 1536MB] [--dir path] [--keep]
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../src/ingest/datasets/index.js';
import { DuckDbStore } from '../src/store/index.js';
import { FIRST_ID, writeGdeltEvents } from './gdelt-file.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const ROWS = Number(arg('rows') ?? 10_000_000);
const KEEP = process.argv.includes('--keep');
const MEMORY_LIMIT = arg('memory-limit') ?? '1536MB';

const print = (figure: string, value: number, unit: string, extra: Record<string, unknown> = {}): void =>
  console.log(JSON.stringify({ bench: 'import', figure, value, unit, rows: ROWS, ...extra }));

const dir = arg('dir') ?? mkdtempSync(join(tmpdir(), 'entente-bench-import-'));
const file = join(dir, `gdelt2-${ROWS}.export.CSV`);
const db = join(dir, 'bench.duckdb');

try {
  if (!existsSync(file)) {
    const t = performance.now();
    const made = writeGdeltEvents(file, ROWS);
    print('generate_seconds', (performance.now() - t) / 1000, 's', { bytes: made.bytes });
  }
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const store = await DuckDbStore.open({ path: db });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const load = loadavg()[0];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const summary = await importFiles(store, [file], { memoryLimit: MEMORY_LIMIT });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const report = summary.files[0];
  if (report?.outcome !== 'loaded' || report.loaded !== ROWS) throw new Error(`import did not load every row: ${JSON.stringify(report)}`);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // The share of the 2 cores the import got: below ~1.8, other work on the machine held it back.
  const context = {
    cpus: cpus().length, loadavg1: load, loadavg1End: loadavg()[0], coresUsed: Number((cpuSeconds / seconds).toFixed(2)),
    memoryLimit: MEMORY_LIMIT, fileBytes: statSync(file).size,
  };
  print('import_rows_per_second', Math.round(ROWS / seconds), 'rows/s', context);
  print('import_seconds', Number(seconds.toFixed(2)), 's', context);
  print('import_cpu_seconds_per_million_rows', Number((cpuSeconds / (ROWS / 1e6)).toFixed(2)), 'CPU s', context);
  print('peak_rss_mb', Math.round(peakRss / 2 ** 20), 'MiB', context);
  const lookups: number[] = [];
  for (let i = 0; i < 21; i++) {
    const id = `gdelt2:${FIRST_ID + Math.floor(Math.random() * ROWS)}`;
    const t = performance.now();
    if ((await store.event(id))?.id !== id) throw new Error(`event ${id} was not found`);
    lookups.push(performance.now() - t);
  }
  lookups.sort((a, b) => a - b);
  print('event_by_id_median_ms', Number((lookups[10] ?? 0).toFixed(1)), 'ms', { runs: lookups.length, max: Number((lookups[20] ?? 0).toFixed(1)) });
  await store.close();
  print('store_file_mb', Math.round(statSync(db).size / 2 ** 20), 'MiB');
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
