/** Exports: every format writes the queried events; GDELT rows read back to the same events. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { CodedDocument, Event } from '../domain/index.js';
import { importFiles } from '../ingest/datasets/index.js';
import { DuckDbStore } from '../store/index.js';
import { exportEvents } from './index.js';
import { gdeltColumns } from './gdelt-columns.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Coded events as the coder makes them: actors with roles, an IGO, an unknown side, places. */
function coded(): CodedDocument {
  const text = 'Moscow pledged air defence systems to Tehran. The UN asked both sides for calm in Damascus.';
  const base = { confidence: 0.9, negated: false, modality: 'asserted' as const };
  const events: Event[] = [
    { ...base, id: 'doc1:0:0', date: '2025-06-19', source: 'RUSGOV', target: 'IRN', code: '0332', root: '03', quad: 1, goldstein: 5.2, plover: 'AGREE', sourceName: 'Moscow', targetName: 'Tehran', url: 'https://example.org/a' },
    { ...base, id: 'doc1:1:0', date: '2025-06-20', source: 'IGOUNO', target: '', code: '020', root: '02', quad: 1, goldstein: 3, plover: 'REQUEST', location: { name: 'Damascus', country: 'SYR', lat: 33.51, lon: 36.29, precision: 'city' } },
    { ...base, id: 'doc1:1:1', date: '2025-06-21', source: 'AFGINSTAL', target: 'USAMIL', code: '190', root: '19', quad: 4, goldstein: -10, plover: 'ASSAULT', location: { country: 'AFG', name: 'Afghanistan', lat: 33, lon: 65, precision: 'country' } },
  ];
  return { document: { id: 'doc1', contentHash: 'hash-doc1', format: 'text', text, date: '2025-06-20' }, sentences: [], quotes: [], actors: [], events };
}

const comparable = (e: Event): Record<string, unknown> => ({
  date: e.date, source: e.source, target: e.target, code: e.code, root: e.root, quad: e.quad, goldstein: e.goldstein,
  plover: e.plover, location: e.location, url: e.url,
});

it('the GDELT layout has 61 columns', () => {
  expect(gdeltColumns()).toHaveLength(61);
});

it('writes csv, jsonl and parquet of a query, and GDELT rows the importer reads back to the same events', async () => {
  const store = await DuckDbStore.open({ path: ':memory:' });
  await store.saveCoded([coded()]);
  const csv = await exportEvents(store, { actor: 'RUS' }, 'csv', join(dir, 'rus.csv'));
  expect(csv.rows).toBe(1);
  expect(readFileSync(csv.path, 'utf8').split('\n')[0]).toMatch(/^id,date,source,target/);
  const jsonl = await exportEvents(store, {}, 'jsonl', join(dir, 'all.jsonl'));
  const records = readFileSync(jsonl.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string });
  expect(records.map((r) => r.id)).toEqual(['doc1:0:0', 'doc1:1:0', 'doc1:1:1']);
  const parquet = await exportEvents(store, { quad: 4 }, 'parquet', join(dir, 'q4.parquet'));
  const back = await store.readWith(async (c) => (await c.runAndReadAll(`SELECT id FROM read_parquet('${parquet.path}')`)).getRows());
  expect(back).toEqual([['doc1:1:1']]);

  const gdelt = await exportEvents(store, {}, 'gdelt', join(dir, 'coded.export.CSV'));
  const lines = readFileSync(gdelt.path, 'utf8').split('\n').filter((l) => l !== '');
  expect(lines.every((l) => l.split('\t').length === 61)).toBe(true);
  const fresh = await DuckDbStore.open({ path: ':memory:' });
  const summary = await importFiles(fresh, [gdelt.path], { memoryLimit: null });
  expect(summary.files[0]).toMatchObject({ format: 'gdelt2', loaded: 3, rejected: 0 });
  const original = (await store.events()).items.map(comparable);
  const imported = (await fresh.events()).items.map(comparable);
  expect(imported).toEqual(original);
  await fresh.close();
  await store.close();
});
