/**
 * Open-loop load at a constant arrival rate: request i is due at start + i/rate whatever happened
 * to the ones before, and its latency counts from when it was due (so a stalled server is not
 * hidden by the generator waiting for it: no coordinated omission). autocannon's `overallRate`
 * instead gives each connection a per-second quota it spends at the top of every second, which
 * measures the queue of that burst rather than the server at a steady rate.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface OpenLoopResult {
  sent: number;
  completed: number;
  /** True when the backlog passed `maxBacklogS` seconds of arrivals and sending stopped early. */
  saturated: boolean;
  errors: number;
  non2xx: number;
  requestsPerS: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

export async function openLoop(
  base: string, paths: string[], rate: number, seconds: number, sockets = 64, maxBacklogS = 2,
): Promise<OpenLoopResult> {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let outstanding = 0;
  let saturated = false;
  const start = performance.now();

  const one = (i: number, due: number): Promise<void> =>
    new Promise((resolve) => {
      const req = request({ agent, host: url.hostname, port: url.port, path: paths[i % paths.length], method: 'GET' }, (res) => {
        if ((res.statusCode ?? 0) < 200 || (res.statusCode ?? 0) >= 300) non2xx++;
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - due);
          outstanding--;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        outstanding--;
        resolve();
      });
      req.end();
    });

  const pending: Promise<void>[] = [];
  let sent = 0;
  for (let i = 0; i < total; i++) {
    // A server slower than the rate only grows its queue: say so rather than wait minutes for it.
    if (outstanding > rate * maxBacklogS) {
      saturated = true;
      break;
    }
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    outstanding++;
    sent++;
    pending.push(one(i, due));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (n: number): number => Number(n.toFixed(1));
  return {
    sent, completed: latencies.length, saturated, errors, non2xx, requestsPerS: round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 50)), p90Ms: round(percentile(latencies, 90)), p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? Number.NaN),
  };
}
