/**
 * Store benchmark: writes 100,000 coded events in batches of 1,000 (100 documents of 10 events,
 * with sentences, quotes and actor mentions) into a fresh DuckDB file, then times reads.
 * Prints one JSON line per figure. Run: npx tsx bench/store.ts [--events N] [--path file]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CodedDocument, Event, QuadClass, Sentence } from '../src/domain/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const TOTAL = Number(arg('events') ?? 100_000);
const BATCH_EVENTS = 1_000;
const EVENTS_PER_DOC = 10;
const ACTORS = ['RUSGOV', 'IRNGOV', 'USAGOV', 'CHNGOV', 'ISRMIL', 'IRNMIL', 'TURGOV', 'SAUGOV', 'UKRMIL', 'IGOUNO'];
const CODES = ['010', '036', '042', '057', '112', '130', '173', '190'];

function codedDocument(n: number): CodedDocument {
  const id = `bench-doc-${n}`;
  const day = new Date(Date.UTC(2015, 0, 1) + (n % 3650) * 86_400_000).toISOString().slice(0, 10);
  const sentences: Sentence[] = [];
  const events: Event[] = [];
  let offset = 0;
  for (let i = 0; i < EVENTS_PER_DOC; i++) {
    const source = ACTORS[(n + i) % ACTORS.length] ?? 'RUSGOV';
    const target = ACTORS[(n * 7 + i * 3 + 1) % ACTORS.length] ?? 'IRNGOV';
    const text = `Officials of ${source} met counterparts from ${target} to discuss item ${n}-${i}.`;
    sentences.push({ index: i, start: offset, end: offset + text.length, text, tokens: [], dates: [] });
    offset += text.length + 1;
    const code = CODES[(n + i) % CODES.length] ?? '010';
    events.push({
      id: `bench-ev-${n}-${i}`, date: day, source, target, code, root: code.slice(0, 2),
      quad: (((n + i) % 4) + 1) as QuadClass, goldstein: ((n * 13 + i) % 200) / 10 - 10, plover: 'CONSULT',
      confidence: ((n + i) % 10) / 10, negated: false, modality: 'asserted',
      evidence: { docId: id, sentenceIndex: i, sentence: text, span: { start: 0, end: text.length }, highlights: { verb: { start: 20, end: 23 } }, rule: 'bench:MEET' },
    });
  }
  const text = sentences.map((s) => s.text).join(' ');
  return {
    document: { id, contentHash: `bench-hash-${n}`, format: 'text', text, date: day, source: 'bench' },
    sentences,
    quotes: [{ sentenceIndex: 0, text: 'we discussed it', start: 0, end: 15, speaker: 'a spokesperson', speakerCode: ACTORS[n % ACTORS.length] ?? 'RUSGOV' }],
    actors: [{ sentenceIndex: 0, start: 13, end: 19, text: 'source', codes: [ACTORS[n % ACTORS.length] ?? 'RUSGOV'], rule: 'bench:actor' }],
    events,
  };
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(2));
}

const emit = (figure: Record<string, unknown>): void => console.log(JSON.stringify({ bench: 'store', ...figure }));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const path = arg('path') ?? join(dir, 'bench.duckdb');
  let store: Store | undefined;
  try {
    store = await openStore({ kind: 'duckdb', path });
    const docsPerBatch = BATCH_EVENTS / EVENTS_PER_DOC;
    let written = 0;
    const start = performance.now();
    for (let b = 0; written < TOTAL; b++) {
      const batch = Array.from({ length: docsPerBatch }, (_, i) => codedDocument(b * docsPerBatch + i));
      written += (await store.saveCoded(batch)).events;
    }
    const seconds = (performance.now() - start) / 1000;
    emit({ figure: 'write', events: written, batch: BATCH_EVENTS, seconds: Number(seconds.toFixed(2)), events_per_s: Math.round(written / seconds) });
    const s = store;
    const dyad = { a: 'RUS', b: 'IRN' };
    const matches = (await s.events({ dyad, limit: 0 })).total;
    emit({ figure: 'query_dyad_ms', query: 'dyad RUS/IRN, first 100 by date, with total', matches, ms: await median(20, () => s.events({ dyad, limit: 100 })) });
    emit({ figure: 'query_dyad_all_ms', query: 'dyad RUS/IRN, every match read back', matches, ms: await median(10, () => s.events({ dyad, limit: 100_000 })) });
    emit({ figure: 'query_filtered_ms', query: 'actor IRN, quad 4, one year, text', ms: await median(20, () => s.events({ actor: 'IRN', quad: 4, from: '2018-01-01', to: '2018-12-31', text: 'discuss' })) });
    emit({ figure: 'document_ms', query: 'document(id) with sentences, quotes, mentions', ms: await median(20, () => s.document('bench-doc-4242')) });
    emit({ figure: 'event_ms', query: 'event(id)', ms: await median(20, () => s.event('bench-ev-4242-3')) });
    emit({ figure: 'actors_seen_ms', ms: await median(10, () => s.actorsSeen()) });
    await store.close();
    store = undefined;
    emit({ figure: 'file_mb', mb: Number((statSync(path).size / 1e6).toFixed(1)) });
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
