import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateDyad, dyadChanges } from '../../analysis/index.js';
import type { AnalysisEvent } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import { analysisRow, analyticsBodyArb, bucketQueryArb } from '../contract-analytics.js';
import { toDocuments } from '../contract-arbitrary.js';
import { DuckDbStore } from './duckdb-store.js';
import { DOMAIN_FINGERPRINT } from './read-dyad-domains.js';
import { analyticsCurrent } from './read-dyad-tables.js';

const body = (date: string, source: string, target: string, code: string, goldstein: number, quad: 1 | 2 | 3 | 4): Omit<Event, 'id'> => ({
  date, source, target, code, root: code.slice(0, 2), quad, goldstein, plover: 'CONSULT', confidence: 1, negated: false, modality: 'asserted',
});

const BODIES = [
  body('2025-01-03', 'IRN', 'RUS', '0211', 3.5, 1),
  body('2025-01-04', 'RUS', 'IRN', '061', 6.5, 2),
  body('2025-01-05', 'IRN', 'RUS', '190', -10, 4),
  body('2025-02-01', 'RUS', 'IRN', '112', -2, 3),
  body('2025-02-02', 'IRN', 'RUS', '042', 1.5, 1),
];

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-dyad-'));
  dirs.push(dir);
  return join(dir, 'store.duckdb');
}

const current = (store: DuckDbStore): Promise<boolean> => store.exclusive((c) => analyticsCurrent(c), { events: false });

async function saved(path = ':memory:'): Promise<{ store: DuckDbStore; rows: AnalysisEvent[] }> {
  const store = await DuckDbStore.open({ path });
  const docs = toDocuments('k', BODIES);
  await store.saveCoded(docs);
  return { store, rows: docs.flatMap((d) => d.events).map(analysisRow) };
}

const options = { dyad: { a: 'IRN', b: 'RUS' }, from: '2025-01-01', to: '2025-02-28', granularity: 'month' as const, eventIds: false };

describe('dyad analytics on DuckDB', () => {
  it('sums clusters by the importer\'s cluster_id where set, by event id elsewhere', async () => {
    const { store, rows } = await saved();
    try {
      // What a dataset importer adds: a cluster column, set for reports of one happening.
      await store.exclusive(async (c) => {
        await c.run('ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_id VARCHAR');
        await c.run(`UPDATE events SET cluster_id = 'story-1' WHERE id IN ('k-e000', 'k-e002')`);
      });
      const clustered = rows.map((r) => (r.id === 'k-e000' || r.id === 'k-e002' ? { ...r, clusterId: 'story-1' } : r));
      const got = await store.dyadBuckets(options);
      expect(got).toEqual(aggregateDyad(clustered, options));
      expect(got.buckets[0]?.ab.clusters?.map((c) => [c.id, c.count, c.net])).toEqual([['story-1', 2, 3.5 - 10]]);
      const listed = await store.analysisEvents({ dyad: { a: 'IRN', b: 'RUS' } });
      expect(listed.map((e) => e.clusterId)).toEqual(['story-1', undefined, 'story-1', undefined, undefined]);
    } finally {
      await store.close();
    }
  });

  it('refreshes the domain table on a writable open and ignores a stale one', async () => {
    const path = tempPath();
    const { store, rows } = await saved(path);
    const expected = aggregateDyad(rows, options);
    try {
      const meta = await store.exclusive(async (c) => (await c.runAndReadAll("SELECT value FROM meta WHERE key = 'cameo_domains'")).getRowsJson());
      expect(meta).toEqual([[DOMAIN_FINGERPRINT]]);
      // A file written by an entente whose mapping differed.
      await store.exclusive(async (c) => {
        await c.run("UPDATE cameo_domains SET domain = 'bogus'");
        await c.run("UPDATE meta SET value = 'older' WHERE key = 'cameo_domains'");
      });
      expect(await store.dyadBuckets(options)).toEqual(expected);
    } finally {
      await store.close();
    }
    const reader = await DuckDbStore.open({ path, readOnly: true });
    try {
      expect(await reader.dyadBuckets(options)).toEqual(expected);
    } finally {
      await reader.close();
    }
    const writer = await DuckDbStore.open({ path });
    try {
      const domains = await writer.exclusive(async (c) => (await c.runAndReadAll("SELECT DISTINCT domain FROM cameo_domains WHERE domain = 'bogus'")).getRowsJson());
      expect(domains).toEqual([]);
    } finally {
      await writer.close();
    }
  });

  it('refuses to read more analysis rows than asked for, naming the count', async () => {
    const { store } = await saved();
    try {
      await expect(store.analysisEvents({ actors: ['IRN'], maxRows: 3 })).rejects.toThrow(/5 events match, more than the 3/);
      expect(await store.analysisEvents({ actors: ['IRN'], maxRows: 5 })).toHaveLength(5);
      await expect(store.analysisEvents({ maxRows: 0 })).rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'maxRows' } });
    } finally {
      await store.close();
    }
  });

  it('keeps the analytics tables current only while events are unchanged', async () => {
    const { store } = await saved();
    try {
      expect(await current(store)).toBe(false);
      await store.dyadBuckets(options);
      expect(await current(store)).toBe(true);
      // Writes that say they leave events alone (accounts, annotations) keep the tables.
      await store.exclusive(async (c) => { await c.run("INSERT OR REPLACE INTO meta VALUES ('probe', 'x')"); }, { events: false });
      expect(await current(store)).toBe(true);
      // A write that bypasses the mark is still caught by the row count.
      await store.exclusive(async (c) => {
        await c.run("INSERT INTO events (id, date, source, target, code, root, quad, goldstein, plover, confidence, negated, modality) VALUES ('raw', DATE '2025-01-09', 'IRN', 'RUS', '042', '04', 1, 1.5, 'CONSULT', 1, false, 'asserted')");
      }, { events: false });
      expect(await current(store)).toBe(false);
      expect(await store.refreshAnalytics()).toBe(true);
      expect(await store.refreshAnalytics()).toBe(false);
      await store.saveCoded(toDocuments('more', BODIES.slice(0, 1)));
      expect(await current(store)).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('sums one-decimal scores exactly: SQL, both sources, and analysis in any event order give the same doubles', async () => {
    // Scores whose plain double sums depend on the order of addition, over enough events that
    // DuckDB's grouping and row order are its own.
    const SCORES = [0.1, 0.2, 3.4, -7.2, 0.3, -0.7, 2.8, 1.9];
    const PAIRS = [['IRNGOV', 'RUS'], ['RUSMIL', 'IRN'], ['IRN', 'USA']] as const;
    const bodies = Array.from({ length: 3000 }, (_, i) => {
      const g = SCORES[i % SCORES.length] ?? 0;
      const [s, t] = PAIRS[(i * 7) % PAIRS.length] ?? ['IRN', 'RUS'];
      return body(`2025-0${1 + (i % 2)}-${String(1 + ((i * 13) % 28)).padStart(2, '0')}`, s, t, g >= 0 ? '042' : '190', g, g >= 0 ? 1 : 4);
    });
    const store = await DuckDbStore.open({ path: ':memory:' });
    try {
      const docs = toDocuments('x', bodies);
      await store.saveCoded(docs);
      const rows = docs.flatMap((d) => d.events).map(analysisRow);
      const reversed = [...rows].reverse();
      const plain = (list: AnalysisEvent[]): number => list.reduce((sum, e) => sum + e.goldstein, 0);
      // Guards the test: in plain doubles the order shows.
      expect(plain(rows)).not.toBe(plain(reversed));
      for (const granularity of ['day', 'month'] as const) {
        const o = { ...options, granularity, clusters: true };
        const fromEvents = await store.dyadBuckets(o);
        expect(await current(store)).toBe(true);
        const fromTables = await store.dyadBuckets(o);
        expect(fromEvents).toEqual(aggregateDyad(rows, o));
        expect(fromTables).toEqual(fromEvents);
        expect(aggregateDyad(reversed, o)).toEqual(fromEvents);
      }
      // The sum is the exact decimal total, divided once: not a few ulps off it.
      const january = rows.filter((e) => e.date < '2025-02' && e.source.startsWith('IRN') && e.target.startsWith('RUS'));
      const tenths = january.reduce((sum, e) => sum + Math.round(e.goldstein * 10), 0);
      expect((await store.dyadBuckets(options)).buckets[0]?.ab.goldsteinSum).toBe(tenths / 10);
      const window = { from: '2025-02-01', to: '2025-02-28' };
      expect(await store.topDyadChanges(window)).toEqual(dyadChanges(reversed, window));
    } finally {
      await store.close();
    }
  });

  it('answers from the events alone, exactly as analysis does, when a read-only store has no current tables', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(analyticsBodyArb, { minLength: 30, maxLength: 100 }), fc.array(bucketQueryArb, { minLength: 1, maxLength: 4 }), async (bodies, queries) => {
        const path = tempPath();
        const writer = await DuckDbStore.open({ path });
        const docs = toDocuments(`ro${run++}`, bodies);
        await writer.saveCoded(docs);
        await writer.close();
        const reader = await DuckDbStore.open({ path, readOnly: true });
        try {
          const rows = docs.flatMap((d) => d.events).map(analysisRow).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
          for (const q of queries) {
            const o = { dyad: q.dyad, ...q.window, granularity: q.granularity, match: q.match, clusters: q.clusters, eventIds: q.eventIds };
            expect(JSON.parse(JSON.stringify(await reader.dyadBuckets(o))), JSON.stringify(o)).toEqual(JSON.parse(JSON.stringify(aggregateDyad(rows, o))));
          }
        } finally {
          await reader.close();
        }
      }),
      { numRuns: 10 },
    );
  });
});
