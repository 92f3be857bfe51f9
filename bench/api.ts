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
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openLoop } from './open-loop.js';
import { EVENT_PATHS, SERIES_PATHS, fill } from './generated-events.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const emit = (figure: Record<string, unknown>): void => console.log(JSON.stringify({ bench: 'api', ...figure }));

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
    await fill(path, total, emit);
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
