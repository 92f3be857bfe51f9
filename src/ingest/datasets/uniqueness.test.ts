/**
 * Event ids stay unique with no index on them: the fast path checks the rows a file adds, the
 * anti-join skips rows already stored (whoever stored them), and every imported id has the form
 * `<dataset>:<original id>[#n]` that lookups by id rely on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../../test/shared.js';
import { singleEventDocument } from '../../store/contract-fixtures.js';
import type { DuckDbStore } from '../../store/index.js';
import { fileLines, importOne, openMemoryStore, tempDir } from './test-helpers/index.js';

const sample = (...p: string[]): string[] => fileLines(sharedPath('data', 'events', ...p));
const idOf = (line: string): string => line.split('\t')[0] ?? '';

async function repeatedIds(store: DuckDbStore): Promise<number> {
  return store.readWith(async (c) => Number((await c.runAndReadAll('SELECT count(*) - count(DISTINCT id) FROM events')).getRows()[0]?.[0]));
}

describeWithShared('event ids stay unique without an index', ['data', 'events'], () => {
  const dir = tempDir();
  let store: DuckDbStore;
  beforeEach(async () => {
    store = await openMemoryStore();
  });
  afterEach(() => store.close());

  it('a file whose only fault is a repeated id keeps the first row and reports the repeat with its line', async () => {
    const lines = sample('gdelt2', '20150218230000.export.CSV').slice(0, 30);
    lines.push(lines[4] ?? '');
    const file = join(dir, 'repeat.export.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ outcome: 'loaded', read: 31, loaded: 30, skipped: 0, rejected: 1 });
    expect(report.rejects).toEqual([expect.objectContaining({ line: 31, reason: expect.stringMatching(/duplicate id/) })]);
    expect((await store.events({ limit: 0 })).total).toBe(30);
    expect(await repeatedIds(store)).toBe(0);
  });

  it('a file overlapping stored rows skips them, refuses its own repeat, and loads the rest', async () => {
    const all = sample('gdelt2', '20150218230000.export.CSV').slice(0, 40);
    const first = join(dir, 'first.export.CSV');
    writeFileSync(first, `${all.slice(0, 25).join('\n')}\n`);
    expect(await importOne(store, first)).toMatchObject({ loaded: 25, rejected: 0 });
    const second = join(dir, 'second.export.CSV');
    writeFileSync(second, `${[...all.slice(15, 40), all[30] ?? ''].join('\n')}\n`);
    const report = await importOne(store, second);
    expect(report).toMatchObject({ read: 26, skipped: 10, loaded: 15, rejected: 1 });
    expect(report.rejects[0]?.line).toBe(26);
    expect((await store.events({ limit: 0 })).total).toBe(40);
    expect(await repeatedIds(store)).toBe(0);
  });

  it('an id a coded document already holds is skipped by an import, not stored twice', async () => {
    const lines = sample('gdelt2', '20150218230000.export.CSV').slice(0, 5);
    const taken = `gdelt2:${idOf(lines[2] ?? '')}`;
    await store.saveCoded([singleEventDocument('holder', { id: taken })]);
    const file = join(dir, 'taken.export.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect(await importOne(store, file)).toMatchObject({ read: 5, loaded: 4, skipped: 1 });
    expect((await store.event(taken))?.dataset).toBeUndefined();
    expect(await repeatedIds(store)).toBe(0);
  });

  it('every importer writes ids as <dataset>:<original id>[#n], and each is found by id', async () => {
    const plover = join(dir, 'pairs.json');
    writeFileSync(plover, `${JSON.stringify([
      { id: 'p1', date: '2024-02-01', event: 'CONSULT', source: [{ code: 'IRN' }, { code: 'SYR' }], target: [{ code: 'RUS' }] },
      { id: 'p2', date: '2024-02-02', event: 'AID', source: [{ code: 'RUS' }], target: [{ code: 'IRN' }] },
    ])}\n`);
    const files = [
      sharedPath('data', 'events', 'gdelt2', '20150218231500.export.CSV'),
      sharedPath('data', 'events', 'gdelt1', 'gdelt-demo_sample_events.CSV'),
      sharedPath('data', 'events', 'icews', 'events.2018.sample.tab'),
      plover,
    ];
    for (const file of files) expect(await importOne(store, file)).toMatchObject({ outcome: 'loaded' });
    const ids = await store.readWith(async (c) => (await c.runAndReadAll(
      `SELECT id, id = dataset || ':' || original_id OR regexp_full_match(id, regexp_escape(dataset || ':' || original_id) || '#[0-9]+') AS conforms
       FROM events`,
    )).getRowObjectsJson());
    expect(new Set(ids.map((r) => String(r.id).split(':')[0]))).toEqual(new Set(['gdelt2', 'gdelt1', 'icews', 'plover']));
    expect(ids.filter((r) => r.conforms !== true)).toEqual([]);
    for (const { id } of ids.filter((_, i) => i % 7 === 0)) expect((await store.event(String(id)))?.id).toBe(id);
    expect((await store.event('plover:p1#2'))?.source).toBe('SYR');
  });
});
