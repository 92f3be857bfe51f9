/**
 * Events have no index on id: lookups go by kind of row (coded, imported, neither) and writers
 * check ids themselves. These tests pin that every kind is found, that saveCoded still refuses an
 * id any kind of row holds, and that stores made by earlier builds lose their id index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../errors.js';
import { singleEventDocument } from '../contract-fixtures.js';
import { DuckDbStore } from './duckdb-store.js';
import { storedEventIds } from './event-ids.js';

/** A row as the importers write it: dataset and original id set, no document. */
async function insertImported(store: DuckDbStore, id: string, dataset: string | null, originalId: string | null): Promise<void> {
  await store.exclusive(async (c) => {
    await c.run(
      `INSERT INTO events (id, date, source, target, code, root, quad, goldstein, plover, confidence, negated, modality, dataset, original_id)
       VALUES ($1, DATE '2024-03-01', 'IRN', 'RUS', '040', '04', 1, 1.0, 'CONSULT', 1.0, false, 'asserted', $2, $3)`,
      [id, dataset, originalId],
    );
  });
}

describe('events by id without an index', () => {
  let store: DuckDbStore;
  beforeEach(async () => {
    store = await DuckDbStore.open({ path: ':memory:' });
  });
  afterEach(() => store.close());

  it('finds coded, imported and loose rows, and nothing for ids that are not stored', async () => {
    await store.saveCoded([singleEventDocument('coded'), singleEventDocument('colon', { id: 'gdelt2:900' })]);
    await insertImported(store, 'gdelt2:5', 'gdelt2', '5');
    await insertImported(store, 'plover:a1#2', 'plover', 'a1');
    await insertImported(store, 'icews:x:y', 'icews', 'x:y');
    await insertImported(store, 'loose-1', null, null);
    for (const id of ['ev-coded', 'gdelt2:900', 'gdelt2:5', 'plover:a1#2', 'icews:x:y', 'loose-1']) {
      expect((await store.event(id))?.id).toBe(id);
    }
    expect(await store.event('gdelt2:6')).toBeUndefined();
    expect(await store.event('plover:a1')).toBeUndefined();
    expect(await store.event('ev-other')).toBeUndefined();
    const found = await store.readWith((c) => storedEventIds(c, ['gdelt2:5', 'ev-coded', 'loose-1', 'plover:a1#2', 'gdelt2:6', 'nope']));
    expect(found.sort()).toEqual(['ev-coded', 'gdelt2:5', 'loose-1', 'plover:a1#2']);
  });

  it('refuses a batch repeating an id an import or a loose row holds, and saves nothing from it', async () => {
    await insertImported(store, 'gdelt2:5', 'gdelt2', '5');
    await insertImported(store, 'loose-1', null, null);
    for (const id of ['gdelt2:5', 'loose-1']) {
      const error = await store.saveCoded([singleEventDocument(`fresh-${id}`), singleEventDocument(`clash-${id}`, { id })])
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('CONFLICT');
      expect((error as StoreError).message).toContain(JSON.stringify(id));
    }
    expect((await store.stats()).documents).toBe(0);
    expect((await store.events({ limit: 0 })).total).toBe(2);
  });
});

describe('the retired id index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-ids-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const indexes = async (path: string): Promise<string[]> => {
    const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const c = await instance.connect();
    const names = (await c.runAndReadAll("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'")).getRows().map(([n]) => String(n));
    c.closeSync();
    instance.closeSync();
    return names;
  };

  it('is not made for a new store, and is dropped from an earlier build\'s store when it is opened for writing', async () => {
    const path = join(dir, 'old.duckdb');
    await (await DuckDbStore.open({ path })).close();
    expect(await indexes(path)).toEqual([]);
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    await c.run('CREATE UNIQUE INDEX events_id ON events (id)');
    c.closeSync();
    instance.closeSync();
    await (await DuckDbStore.open({ path, readOnly: true })).close();
    expect(await indexes(path)).toEqual(['events_id']);
    await (await DuckDbStore.open({ path })).close();
    expect(await indexes(path)).toEqual([]);
  });
});
