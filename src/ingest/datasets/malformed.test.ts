/**
 * Broken rows in every format are counted and reported (file, line, reason) while the rest loads;
 * .gz and .zip read like plain files; a second import of the same content loads nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../../test/shared.js';
import type { DuckDbStore } from '../../store/index.js';
import { importFiles } from './import.js';
import { POLECAT, names } from './layouts.js';
import { fileLines, importOne, openMemoryStore, tempDir } from './test-helpers/index.js';

const sample = (...p: string[]): string[] => fileLines(sharedPath('data', 'events', ...p));

/** Replaces field `i` (0-based) of a tab-separated line. */
const setField = (line: string, i: number, value: string): string => line.split('\t').map((f, j) => (j === i ? value : f)).join('\t');

describeWithShared('malformed rows, archives and re-imports', ['data', 'events'], () => {
  const dir = tempDir();
  let store: DuckDbStore;
  beforeEach(async () => {
    store = await openMemoryStore();
  });
  afterEach(() => store.close());

  it('GDELT 2.0: bad date, unknown code, short row and repeated id are refused with their lines', async () => {
    const lines = sample('gdelt2', '20150218230000.export.CSV').slice(0, 20);
    lines[2] = setField(lines[2] ?? '', 1, '20141399');
    lines[6] = setField(lines[6] ?? '', 26, '999');
    lines[9] = (lines[9] ?? '').split('\t').slice(0, 30).join('\t');
    lines[11] = setField(lines[11] ?? '', 0, (lines[0] ?? '').split('\t')[0] ?? '');
    const file = join(dir, 'broken.export.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ outcome: 'loaded', read: 20, loaded: 16, rejected: 4, skipped: 0 });
    expect(report.rejects.map((r) => r.line)).toEqual([3, 7, 10, 12]);
    const [date, code, short, repeated] = report.rejects;
    expect(date?.reason).toMatch(/20141399/);
    expect(date?.field).toBe('SQLDATE');
    expect(code?.reason).toBe('unknown CAMEO event code "999"');
    expect(short?.reason).toMatch(/columns/);
    expect(repeated?.reason).toMatch(/duplicate id/);
    expect((await store.events({ limit: 0 })).total).toBe(16);
  });

  it('GDELT 1.0: a row shorter than 57 columns and one longer than 58 are refused', async () => {
    const lines = sample('gdelt1', 'spark-gdelt_events1.sample.CSV').slice(0, 10);
    lines[3] = (lines[3] ?? '').split('\t').slice(0, 40).join('\t');
    lines[5] = `${lines[5] ?? ''}\textra\tfields`;
    const file = join(dir, 'broken-v1.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'gdelt1', read: 10, loaded: 8, rejected: 2 });
    expect(report.rejects.map((r) => r.line)).toEqual([4, 6]);
    expect(report.rejects[0]?.reason).toMatch(/DATEADDED is empty/);
  });

  it('GDELT 2.0 mentions: a mention time that is not a time is refused', async () => {
    const lines = sample('gdelt2', '20150218230000.mentions.CSV').slice(0, 8);
    lines[4] = setField(lines[4] ?? '', 2, 'yesterday');
    const file = join(dir, 'broken.mentions.CSV');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'gdelt2-mentions', read: 8, loaded: 7, rejected: 1 });
    expect(report.rejects[0]).toMatchObject({ line: 5, field: 'MentionTimeDate' });
  });

  it('ICEWS: a bad date and an unknown CAMEO code are refused, line numbers counting the header', async () => {
    const [header, ...rows] = sample('icews', 'events.2018.sample.tab').slice(0, 7);
    rows[1] = setField(rows[1] ?? '', 1, 'June 1');
    rows[4] = setField(rows[4] ?? '', 6, '0X1');
    const file = join(dir, 'broken.tab');
    writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'icews', read: 6, loaded: 4, rejected: 2 });
    expect(report.rejects.map((r) => r.line)).toEqual([3, 6]);
  });

  it('POLECAT (generated from the published header): unknown PLOVER type and missing id are refused', async () => {
    const columns = names(POLECAT);
    const row = (values: Record<string, string>): string => columns.map((c) => values[c] ?? '').join('\t');
    const base = { 'Event Date': '2023-05-02', 'Actor Country': 'RUS', 'Primary Actor Sector': 'GOV', 'Recipient Country': 'IRN', Intensity: '4', 'Quad Code': '1' };
    const lines = [
      columns.join('\t'),
      row({ ...base, 'Event ID': 'p1', 'Event Type': 'AGREE', 'Actor Name': 'Russian government', City: 'Tehran', Country: 'Iran', Latitude: '35.69', Longitude: '51.42' }),
      row({ ...base, 'Event ID': 'p2', 'Event Type': 'DANCE' }),
      row({ ...base, 'Event ID': '', 'Event Type': 'AID' }),
      row({ ...base, 'Event ID': 'p4', 'Event Type': 'demand', 'Quad Code': 'Verbal Conflict', 'Primary Actor Sector': 'Military' }),
    ];
    const file = join(dir, 'polecat.tsv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'polecat', read: 4, loaded: 2, rejected: 2 });
    expect(report.rejects.map((r) => [r.line, r.reason])).toEqual([[3, 'unknown PLOVER event type'], [4, 'Event ID is empty']]);
    expect(await store.event('polecat:p1')).toMatchObject({ source: 'RUSGOV', target: 'IRN', plover: 'AGREE', code: '03', goldstein: 4, location: { country: 'IRN', precision: 'city' } });
    expect(await store.event('polecat:p4')).toMatchObject({ source: 'RUSMIL', plover: 'REQUEST', code: '10', quad: 3 });
  });

  it('PLOVER JSON: a record that is not JSON and one without a date are refused with their lines', async () => {
    const text = `[
{"id": "a1", "date": "2021-03-04", "event": "CONSULT", "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Russia", "code": "RUS", "sector": "GOV"}]},
{"id": "a2", "date": "2021-03-05", "event": "AID", "source": [{"code": "RUS"}] "target": []},
{"id": "a3", "event": "THREATEN", "source": [{"code": "ISR"}]},
{"id": "a4", "date": "2021-03-06", "event": "SUPPORT"}
]`;
    const file = join(dir, 'records.json');
    writeFileSync(file, text);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'plover', loaded: 2, rejected: 2 });
    expect(report.rejects.map((r) => r.line)).toEqual([3, 4]);
    expect(report.rejects[0]?.reason).toMatch(/not valid JSON/);
    expect(report.rejects[1]?.reason).toMatch(/date/);
    expect(await store.event('plover:a1')).toMatchObject({ source: 'IRN', target: 'RUSGOV', code: '04' });
  });

  it('reads .gz and .zip like the plain file, and a second import of any of them loads nothing new', async () => {
    const lines = sample('gdelt2', '20150218231500.export.CSV').slice(0, 25);
    const body = `${lines.join('\n')}\n`;
    const plain = join(dir, '20150218231500.export.CSV');
    const gz = join(dir, 'slot.export.CSV.gz');
    const zip = join(dir, 'slot.export.CSV.zip');
    writeFileSync(plain, body);
    writeFileSync(gz, gzipSync(strToU8(body)));
    writeFileSync(zip, zipSync({ '20150218231500.export.CSV': strToU8(body) }));
    const first = await importFiles(store, [gz], { memoryLimit: null });
    expect(first.files[0]).toMatchObject({ outcome: 'loaded', read: 25, loaded: 25 });
    // Same rows, other bytes: the ids are already stored.
    const others = await importFiles(store, [zip, plain], { memoryLimit: null });
    for (const f of others.files) expect(f).toMatchObject({ outcome: 'loaded', read: 25, loaded: 0, skipped: 25 });
    // Same bytes again: the ledger knows the content and nothing is read.
    const again = await importFiles(store, [gz], { memoryLimit: null });
    expect(again.files[0]).toMatchObject({ outcome: 'unchanged', loaded: 0 });
    expect(again.files[0]?.message).toMatch(/already imported/);
    expect((await store.events({ limit: 0 })).total).toBe(25);
  });

  it('a file that is no dataset fails alone, naming what it saw', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'these are notes\nnot events\n');
    const good = join(dir, 'good.CSV');
    writeFileSync(good, `${sample('gdelt2', '20150218230000.export.CSV').slice(0, 3).join('\n')}\n`);
    const summary = await importFiles(store, [file, good], { memoryLimit: null });
    expect(summary.files[0]).toMatchObject({ outcome: 'failed' });
    expect(summary.files[0]?.message).toMatch(/not a known event dataset/);
    expect(summary.files[1]).toMatchObject({ outcome: 'loaded', loaded: 3 });
    expect(summary.failed).toBe(1);
  });

  it('a directory imports the datasets under it and passes over the rest, by content not name', async () => {
    const root = join(dir, 'drop');
    mkdirSync(join(root, 'nested'), { recursive: true });
    mkdirSync(join(root, '.cache'), { recursive: true });
    const rows = sample('gdelt2', '20150218230000.export.CSV');
    writeFileSync(join(root, 'README.md'), '# Downloads\nEvents of the week.\n');
    writeFileSync(join(root, 'notes.txt'), 'Fetched on Monday.\n');
    writeFileSync(join(root, 'a.export.CSV'), `${rows.slice(0, 4).join('\n')}\n`);
    writeFileSync(join(root, 'nested', 'b.txt'), `${rows.slice(4, 9).join('\n')}\n`);
    writeFileSync(join(root, 'nested', 'empty.CSV'), '');
    writeFileSync(join(root, '.hidden.CSV'), `${rows.slice(9, 12).join('\n')}\n`);
    writeFileSync(join(root, '.cache', 'c.CSV'), `${rows.slice(12, 14).join('\n')}\n`);
    const summary = await importFiles(store, [root], { memoryLimit: null });
    const byName = Object.fromEntries(summary.files.map((f) => [f.path.slice(root.length + 1), f.outcome]));
    // README/LICENSE and dot entries are left out of the walk, as the text ingest leaves them.
    expect(byName).toEqual({ 'a.export.CSV': 'loaded', 'nested/b.txt': 'loaded', 'nested/empty.CSV': 'not-dataset', 'notes.txt': 'not-dataset' });
    expect(summary).toMatchObject({ loaded: 9, failed: 0, notDatasets: 2 });
    // Named on its own, the same README is an error.
    const named = await importFiles(store, [join(root, 'README.md')], { memoryLimit: null });
    expect(named.files[0]).toMatchObject({ outcome: 'failed' });
    expect(named.failed).toBe(1);
  });
});
