/** The ledger table: written by imports, by other ingest paths, listed with gaps; and the additive migration. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, expect, it } from 'vitest';
import { DuckDbStore } from '../store/index.js';
import type { LedgerEntry } from '../store/index.js';
import { ledgerReport, listLedger, recordLedgerEntry, windowCoverage } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (slot: string, hash: string): LedgerEntry => ({
  path: `/feeds/${slot.replace(/\D/g, '')}.export.CSV.zip`, contentHash: hash, size: 100, dataset: 'gdelt2',
  rowsRead: 10, rowsLoaded: 9, rowsRejected: 1, rowsSkipped: 0, startedAt: '2024-01-01T00:00:00', finishedAt: '2024-01-01T00:00:01',
  status: 'loaded', fileTime: slot,
});

it('records files from any ingest path and reports the missing 15-minute slots', async () => {
  const store = await DuckDbStore.open({ path: ':memory:' });
  for (const [i, slot] of ['2024-05-01T00:00:00', '2024-05-01T00:15:00', '2024-05-01T01:00:00'].entries()) {
    await recordLedgerEntry(store, entry(slot, `h${i}`));
  }
  await recordLedgerEntry(store, { ...entry('2024-05-01T00:15:00', 'h1'), rowsLoaded: 10 });
  const listed = await store.readWith((c) => listLedger(c));
  expect(listed.map((e) => e.contentHash)).toEqual(['h0', 'h1', 'h2']);
  expect(listed[1]?.rowsLoaded).toBe(10);
  const report = await store.readWith((c) => ledgerReport(c));
  expect(report.gaps).toEqual([{
    dataset: 'gdelt2', unit: '15min', from: '2024-05-01T00:00:00', to: '2024-05-01T01:00:00', expected: 5, missing: 2,
    gaps: [{ from: '2024-05-01T00:30:00', to: '2024-05-01T00:45:00', count: 2 }],
  }]);
  await store.close();
});

it('a store made before the ledger existed gains its tables and columns when opened for writing', async () => {
  const path = join(dir, 'old.duckdb');
  const store = await DuckDbStore.open({ path });
  await store.close();
  // Make it look like an earlier build's file: no ledger, no mentions table, no cluster column.
  const instance = await DuckDBInstance.create(path);
  const c = await instance.connect();
  await c.run('DROP TABLE ledger; DROP TABLE event_mentions; ALTER TABLE events DROP COLUMN cluster_id; CREATE UNIQUE INDEX events_id ON events (id)');
  c.closeSync();
  instance.closeSync();
  const readOnly = await DuckDbStore.open({ path, readOnly: true });
  expect(await readOnly.readWith((x) => listLedger(x))).toEqual([]);
  await readOnly.close();
  const reopened = await DuckDbStore.open({ path });
  await recordLedgerEntry(reopened, entry('2024-05-01T00:00:00', 'x'));
  const columns = await reopened.readWith(async (x) => (await x.runAndReadAll(
    "SELECT column_name FROM duckdb_columns() WHERE table_name = 'events' AND column_name = 'cluster_id'",
  )).getRows());
  expect(columns).toHaveLength(1);
  expect(await reopened.readWith((x) => listLedger(x))).toHaveLength(1);
  await reopened.close();
});

it('builds an entry for a file read by the text ingest path, keyed by its content', async () => {
  const { writeFileSync } = await import('node:fs');
  const { createHash } = await import('node:crypto');
  const { fileLedgerEntry } = await import('./index.js');
  const path = join(dir, 'news-2025-06-20.jsonl');
  const body = '{"id": "a", "text": "Russia and Iran signed a treaty."}\n';
  writeFileSync(path, body);
  const when = new Date('2025-06-20T10:00:00Z');
  const made = await fileLedgerEntry(path, { dataset: 'jsonl', read: 1, loaded: 1, rejected: 0, skipped: 0, startedAt: when, finishedAt: when });
  expect(made).toMatchObject({ path, size: body.length, dataset: 'jsonl', contentHash: createHash('sha256').update(body).digest('hex'), status: 'loaded' });
  const store = await DuckDbStore.open({ path: ':memory:' });
  await recordLedgerEntry(store, made);
  expect((await store.readWith((c) => listLedger(c)))[0]).toEqual(made);
  await store.close();
});

it('tells a window how completely each continuous feed covers it, and says nothing when whole or absent', async () => {
  const store = await DuckDbStore.open({ path: ':memory:' });
  const slots = Array.from({ length: 96 }, (_, i) => `2024-05-01T${String(Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}:00`);
  for (const [i, slot] of slots.entries()) await recordLedgerEntry(store, entry(slot, `day-${i}`));
  // A text corpus (not a continuous feed) with holes is not reported.
  const { fileTime: _slot, ...text } = entry('2024-05-01T00:00:00', 'text');
  await recordLedgerEntry(store, { ...text, dataset: 'text', firstDate: '2024-05-01', lastDate: '2024-05-03' });
  expect(await store.readWith((c) => windowCoverage(c, '2024-05-01', '2024-05-01'))).toEqual([]);
  expect(await store.readWith((c) => windowCoverage(c, '2024-05-01', '2024-05-02'))).toEqual([
    { dataset: 'gdelt2', unit: '15min', expected: 192, present: 96, missing: 96 },
  ]);
  // No file of the feed in the window: the feed is absent there, not holed.
  expect(await store.readWith((c) => windowCoverage(c, '2024-06-01', '2024-06-30'))).toEqual([]);
  await store.close();
});
