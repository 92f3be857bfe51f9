/** Every importer on the real sample files in ../shared/data/events (skipped visibly without them). */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../../test/shared.js';
import type { DuckDbStore } from '../../store/index.js';
import { mentionCounts } from './mention-counts.js';
import { fileLines, importOne, openMemoryStore } from './test-helpers/index.js';

const events = (...p: string[]): string => sharedPath('data', 'events', ...p);

describeWithShared('dataset importers on real samples', ['data', 'events'], () => {
  let store: DuckDbStore;
  beforeEach(async () => {
    store = await openMemoryStore();
  });
  afterEach(() => store.close());

  it('GDELT 2.0 events: every row loads, ids namespaced, actors, codes and ActionGeo mapped', async () => {
    const file = events('gdelt2', '20150218230000.export.CSV');
    const rows = fileLines(file).map((l) => l.split('\t'));
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'gdelt2', outcome: 'loaded', read: rows.length, loaded: rows.length, rejected: 0 });
    const first = rows[0] ?? [];
    const event = await store.event(`gdelt2:${first[0]}`);
    expect(event).toMatchObject({
      dataset: 'gdelt2', originalId: first[0], code: first[26], root: first[28], quad: Number(first[29]),
      goldstein: Number(first[30]), url: first[60], target: `${first[17]}${first[22]}${first[18]}`,
    });
    expect(event?.location).toMatchObject({ name: first[52], lat: Number(first[56]), lon: Number(first[57]) });
    // GDELT geography is FIPS (SF = South Africa); entente stores ISO3.
    expect(first[53]).toBe('SF');
    expect(event?.location?.country).toBe('ZAF');
    // A row with a country and a type: the split fields joined into one CAMEO-style code.
    const typed = rows.find((r) => r[7] !== '' && r[12] !== '' && !['IGO', 'NGO', 'IMG'].includes((r[5] ?? '').slice(0, 3)));
    expect(typed).toBeDefined();
    expect((await store.event(`gdelt2:${typed?.[0]}`))?.source).toBe(`${typed?.[7]}${typed?.[12]}${typed?.[8]}`);
  });

  it('GDELT 1.0 files mixing 57- and 58-column rows: both widths load, the URL only where given', async () => {
    for (const name of ['gdelt-demo_sample_events.CSV', 'spark-gdelt_events1.sample.CSV']) {
      const file = events('gdelt1', name);
      const rows = fileLines(file).map((l) => l.split('\t'));
      const widths = new Set(rows.map((r) => r.length));
      expect(widths).toEqual(new Set([57, 58]));
      const report = await importOne(store, file);
      expect(report).toMatchObject({ format: 'gdelt1', read: rows.length, loaded: rows.length, rejected: 0 });
      const short = rows.find((r) => r.length === 57);
      const long = rows.find((r) => r.length === 58);
      expect((await store.event(`gdelt1:${short?.[0]}`))?.url).toBeUndefined();
      expect((await store.event(`gdelt1:${long?.[0]}`))?.url).toBe(long?.[57]);
    }
  });

  it('GDELT 2.0 mentions link to their events and count mentions and sources', async () => {
    await importOne(store, events('gdelt2', '20150218230000.export.CSV'));
    const file = events('gdelt2', '20150218230000.mentions.CSV');
    const rows = fileLines(file).map((l) => l.split('\t'));
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'gdelt2-mentions', read: rows.length, loaded: rows.length, rejected: 0 });
    // Mentions of older events come too; pick among the events of this slot.
    const inSlot = new Set(fileLines(events('gdelt2', '20150218230000.export.CSV')).map((l) => l.split('\t')[0]));
    const byEvent = new Map<string, string[][]>();
    for (const r of rows.filter((x) => inSlot.has(x[0]))) byEvent.set(r[0] ?? '', [...(byEvent.get(r[0] ?? '') ?? []), r]);
    const [busiest, its] = [...byEvent].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const counts = await mentionCounts(store, [`gdelt2:${busiest}`]);
    expect(counts.get(`gdelt2:${busiest}`)).toEqual({ mentions: its.length, sources: new Set(its.map((r) => r[4])).size });
    expect(await store.event(`gdelt2:${busiest}`)).toBeDefined();
  });

  it('the translation stream has the same layouts', async () => {
    for (const [name, format] of [['spark-gdelt_eventsT.sample.translation.export.CSV', 'gdelt2'], ['spark-gdelt_mentionsT.sample.translation.mentions.CSV', 'gdelt2-mentions']] as const) {
      const file = events('gdelt2', name);
      expect(await importOne(store, file)).toMatchObject({ format, loaded: fileLines(file).length, rejected: 0 });
    }
  });

  it('ICEWS: names, sectors and countries become CAMEO-style codes; Intensity is the Goldstein score', async () => {
    const file = events('icews', 'events.2018.sample.tab');
    const [header, ...rows] = fileLines(file).map((l) => l.split('\t'));
    expect(header?.[0]).toBe('Event ID');
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'icews', read: rows.length, loaded: rows.length, rejected: 0 });
    const consult = rows.find((r) => r[3] === 'Executive,Foreign Ministry,Government' && r[4] === 'Bangladesh' && r[9] === 'Military,Government');
    const event = await store.event(`icews:${consult?.[0]}`);
    expect(event).toMatchObject({ source: 'BGDGOV', target: `${consult?.[10] === 'Vietnam' ? 'VNM' : '?'}MIL`, code: consult?.[6], goldstein: Number(consult?.[7]) });
    const un = rows.find((r) => r[2] === 'United Nations');
    if (un) expect((await store.event(`icews:${un[0]}`))?.source).toBe('IGOUNO');
    // NA is ICEWS's empty value, never a name.
    const page = await store.events({ dataset: 'icews', limit: 0, source: 'NA', exactActors: true });
    expect(page.total).toBe(0);
  });

  it('PLOVER JSON: compound actors become one event per pair, types map to CAMEO, duplicates are reported', async () => {
    const file = events('plover', 'PLOVER_GSR_CAMEO.txt');
    const records = JSON.parse(readFileSync(file, 'utf8')) as { id: string; event: string; source?: unknown; target?: unknown }[];
    const real = records.filter((r) => r.event !== 'DOCUMENT');
    const size = (v: unknown): number => (Array.isArray(v) && v.length > 0 ? v.length : 1);
    const expected = real.reduce((s, r) => s + size(r.source) * size(r.target), 0);
    const ids = real.map((r) => r.id);
    const duplicateRecords = real.filter((r, i) => ids.indexOf(r.id) !== i);
    const duplicateEvents = duplicateRecords.reduce((s, r) => s + size(r.source) * size(r.target), 0);
    const report = await importOne(store, file);
    expect(report).toMatchObject({ format: 'plover', read: expected, loaded: expected - duplicateEvents, rejected: duplicateEvents });
    expect(report.rejects[0]?.reason).toMatch(/duplicate id/);
    const agree = await store.event('plover:PLOVER-GSR01-AGREE-0001#1');
    expect(agree).toMatchObject({ plover: 'AGREE', code: '03', source: 'HUNGOV', dataset: 'plover' });
    // An earlier-draft name keeps its meaning and is stored under its PLOVER 0.8 name.
    const demand = real.find((r) => r.event === 'DEMAND');
    const stored = (await store.events({ dataset: 'plover', limit: 1000 })).items.find((e) => e.originalId === demand?.id);
    expect(stored).toMatchObject({ plover: 'REQUEST', root: '10' });
  });
});
