/**
 * API benchmark: a store with the demo corpus plus generated events (default 1,000,000), served by
 * `buildServer` in a child process, loaded at a fixed rate (default 500 req/s for 30 s, open loop:
 * see open-loop.ts) and then at capacity by autocannon (10 connections), on the events listing and
 * the dyad series, with the answer cache on (as served) and off (every request reaches DuckDB and
 * the analysis). Prints one JSON line per figure.
 * Run: npx tsx bench/api.ts [--events N] [--seconds S] [--rate R] [--only cached|uncached]
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openLoop } from './open-loop.js';
import type { CodedDocument, Event, QuadClass } from '../src/domain/index.js';
import { readInputs } from '../src/ingest/index.js';
import { cameoCode } from '../src/model/index.js';
import { createDecoder, demoCorpusDir, ingestItems } from '../src/pipeline/index.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const emit = (figure: Record<string, unknown>): void => console.log(JSON.stringify({ bench: 'api', ...figure }));

const ACTORS = ['IRNGOV', 'RUSGOV', 'USAGOV', 'CHNGOV', 'ISRMIL', 'IRNMIL', 'TURGOV', 'SAUGOV', 'UKRMIL', 'RUSMIL', 'FRAGOV', 'EGYGOV'];
const CODES = ['010', '036', '042', '043', '057', '061', '111', '112', '130', '138', '173', '190'];
const PER_BATCH = 10_000;

/** One document per batch carrying PER_BATCH events spread over 2015–2025, deterministic. */
function batch(n: number): CodedDocument {
  const id = `bench-api-doc-${n}`;
  const sentence = `Officials met in batch ${n} to discuss the region.`;
  const events: Event[] = [];
  for (let i = 0; i < PER_BATCH; i++) {
    const k = n * PER_BATCH + i;
    const source = ACTORS[(k * 7) % ACTORS.length] ?? 'IRNGOV';
    let target = ACTORS[(k * 11 + 3) % ACTORS.length] ?? 'RUSGOV';
    if (target.slice(0, 3) === source.slice(0, 3)) target = ACTORS[(k * 11 + 4) % ACTORS.length] ?? 'RUSGOV';
    const code = CODES[(k * 13 + Math.floor(k / 97)) % CODES.length] ?? '010';
    const info = cameoCode(code);
    const day = new Date(Date.UTC(2015, 0, 1) + ((k * 31) % 4018) * 86_400_000).toISOString().slice(0, 10);
    events.push({
      id: `bench-api-${k}`, date: day, source, target, code, root: code.slice(0, 2), quad: (info?.quad ?? 1) as QuadClass,
      goldstein: info?.goldstein ?? 0, plover: info?.plover ?? 'CONSULT', confidence: 0.7, negated: false, modality: 'asserted',
      evidence: { docId: id, sentenceIndex: 0, sentence, span: { start: 0, end: sentence.length }, highlights: {}, rule: 'bench' },
    });
  }
  return {
    document: { id, contentHash: `bench-api-hash-${n}`, format: 'text', text: sentence, date: '2025-01-01', source: 'bench' },
    sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence, tokens: [], dates: [] }],
    quotes: [], actors: [], events,
  };
}

async function fill(path: string, total: number): Promise<void> {
  const store = await openStore({ kind: 'duckdb', path });
  try {
    let start = performance.now();
    const demo = await ingestItems(readInputs([demoCorpusDir()]), store, createDecoder());
    emit({ figure: 'demo_ingest', documents: demo.stored, events: demo.events, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) });
    start = performance.now();
    let written = 0;
    for (let n = 0; written < total; n++) written += (await store.saveCoded([batch(n)])).events;
    emit({ figure: 'generate', events: written, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) });
  } finally {
    await store.close();
  }
}

/** The server side: runs in a child so the load generator does not share its event loop. */
async function serve(path: string, cache: boolean): Promise<void> {
  const store = await openStore({ kind: 'duckdb', path });
  const app = await buildServer({ store, limits: cache ? {} : { cacheEntries: 0 } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ url });
  process.on('disconnect', () => {
    void app.close().then(() => store.close()).then(() => process.exit(0));
  });
}

function startServer(path: string, cache: boolean): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', path, '--cache', String(cache)], { execArgv: process.execArgv });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, url: (m as { url: string }).url }));
    child.once('exit', (code) => reject(new Error(`server exited with ${String(code)} before listening`)));
  });
}

const EVENT_PATHS = [
  '/api/events?actor=IRN&limit=50', '/api/events?dyad=IRN,RUS&limit=50', '/api/events?source=USA&quad=4&limit=50',
  '/api/events?actor=RUS&from=2020-01-01&to=2020-12-31&limit=50', '/api/events?code=05&limit=50&offset=100',
  '/api/events?target=CHN&sort=goldstein-asc&limit=50', '/api/events?dyad=USA,CHN&from=2024-01-01&limit=50',
  '/api/events?plover=ACCUSE&limit=50', '/api/events?actor=TUR&quad=1,2&limit=50', '/api/events?limit=50&offset=5000',
];
const SERIES_PATHS = [
  '/api/dyads/IRN/RUS/series?by=month', '/api/dyads/USA/CHN/series?by=month', '/api/dyads/IRN/ISR/series?by=quarter',
  '/api/dyads/RUS/UKR/series?by=month&from=2022-01-01', '/api/dyads/TUR/SAU/series?by=week&from=2024-01-01', '/api/dyads/EGY/FRA/series?by=month',
];

async function load(url: string, name: string, paths: string[], cache: boolean, seconds: number, rate: number): Promise<void> {
  // One request per path first, one at a time: the figures are of a running server, not its first minute.
  for (const path of paths) await (await fetch(`${url}${path}`)).text();
  // Latency at the target rate, arrivals spread evenly (see open-loop.ts for why not autocannon's rate).
  const steady = await openLoop(url, paths, rate, seconds);
  emit({
    figure: name, cache, load_generator: 'open-loop', load_average: Number(loadavg()[0]?.toFixed(1)), rate_target: rate, seconds,
    paths: paths.length, requests_per_s: steady.requestsPerS, p50_ms: steady.p50Ms, p90_ms: steady.p90Ms, p99_ms: steady.p99Ms,
    max_ms: steady.maxMs, saturated: steady.saturated, errors: steady.errors, non2xx: steady.non2xx,
    target_met: steady.p99Ms < 50 && steady.errors === 0 && steady.non2xx === 0 && !steady.saturated,
  });
  // Capacity: as many requests as 10 connections get answered, closed loop.
  const result = await autocannon({
    url, duration: Math.min(seconds, 10), connections: 10, timeout: 10,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  emit({
    figure: `${name}_capacity`, cache, load_generator: 'autocannon', load_average: Number(loadavg()[0]?.toFixed(1)),
    connections: 10, requests_per_s: Number(result.requests.average.toFixed(1)), p50_ms: result.latency.p50, p99_ms: result.latency.p99,
    errors: result.errors, non2xx: result.non2xx,
  });
}

async function main(): Promise<void> {
  const total = Number(arg('events') ?? 1_000_000);
  const seconds = Number(arg('seconds') ?? 30);
  const rate = Number(arg('rate') ?? 500);
  const only = arg('only');
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-api-'));
  const path = join(dir, 'api.duckdb');
  try {
    await fill(path, total);
    for (const cache of [true, false]) {
      if (only !== undefined && only !== (cache ? 'cached' : 'uncached')) continue;
      const { child, url } = await startServer(path, cache);
      try {
        await load(url, 'events', EVENT_PATHS, cache, seconds, rate);
        await load(url, 'dyad_series', SERIES_PATHS, cache, seconds, rate);
      } finally {
        child.disconnect();
        await new Promise((r) => child.once('exit', r));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const serveAt = arg('serve');
if (serveAt !== undefined) await serve(serveAt, arg('cache') !== 'false');
else await main();
