/**
 * Import benchmark: generates a GDELT 2.0 events file (default 10 million rows, the published
 * 61-column layout) in a temp dir, imports it into a fresh DuckDB store with `importFiles`, and
 * prints one JSON line per figure: rows/s, seconds, peak RSS of the process (DuckDB runs inside
 * it) and DuckDB's own peak memory, sampled every 100 ms. DuckDB's memory_limit is 1.5 GB (--memory-limit).
 *
 * Run: npx tsx bench/import.ts [--rows N] [--memory-limit 1536MB] [--dir path] [--keep]
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../src/ingest/datasets/index.js';
import { DuckDbStore } from '../src/store/index.js';
import { writeGdeltEvents } from './gdelt-file.js';

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
  let peakDuck = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    store.readWith(async (c) => Number((await c.runAndReadAll('SELECT sum(memory_usage_bytes) FROM duckdb_memory()')).getRows()[0]?.[0] ?? 0))
      .then((bytes) => { peakDuck = Math.max(peakDuck, bytes); }, () => undefined);
  }, 100);
  const load = loadavg()[0];
  const started = performance.now();
  const summary = await importFiles(store, [file], { memoryLimit: MEMORY_LIMIT });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const report = summary.files[0];
  if (report?.outcome !== 'loaded' || report.loaded !== ROWS) throw new Error(`import did not load every row: ${JSON.stringify(report)}`);
  const context = { cpus: cpus().length, loadavg1: load, memoryLimit: MEMORY_LIMIT, fileBytes: statSync(file).size };
  print('import_rows_per_second', Math.round(ROWS / seconds), 'rows/s', context);
  print('import_seconds', Number(seconds.toFixed(2)), 's', context);
  print('peak_rss_mb', Math.round(peakRss / 2 ** 20), 'MiB', context);
  print('duckdb_peak_memory_mb', Math.round(peakDuck / 2 ** 20), 'MiB', context);
  await store.close();
  print('store_file_mb', Math.round(statSync(db).size / 2 ** 20), 'MiB');
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
