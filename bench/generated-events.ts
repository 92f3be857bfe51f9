/**
 * The generated store the API benches share: the demo corpus plus `total` events in documents of
 * PER_BATCH, spread deterministically over 2015–2025 across 12 actors, and the request paths they
 * load it with. One module so bench/api.ts (over HTTP) and bench/dyad-report.ts (in process) time
 * the same data and the same questions.
 */
import { performance } from 'node:perf_hooks';
import type { CodedDocument, Event, QuadClass } from '../src/domain/index.js';
import { readInputs } from '../src/ingest/index.js';
import { cameoCode } from '../src/model/index.js';
import { createDecoder, demoCorpusDir, ingestItems } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';

export const ACTORS = ['IRNGOV', 'RUSGOV', 'USAGOV', 'CHNGOV', 'ISRMIL', 'IRNMIL', 'TURGOV', 'SAUGOV', 'UKRMIL', 'RUSMIL', 'FRAGOV', 'EGYGOV'];
export const CODES = ['010', '036', '042', '043', '057', '061', '111', '112', '130', '138', '173', '190'];
export const PER_BATCH = 10_000;

/** One document per batch carrying PER_BATCH events spread over 2015–2025, deterministic. */
export function batch(n: number): CodedDocument {
  const id = `bench-api-doc-${n}`;
  const sentence = `Officials met in batch ${n} to discuss the region.`;
  const events: Event[] = [];
  for (let i = 0; i < PER_BATCH; i++) {
    const k = n * PER_BATCH + i;
    const source = ACTORS[(k * 7) % ACTORS.length] ?? 'IRNGOV';
    let target = ACTORS[(k * 11 + 3) % ACTORS.length] ?? 'RUSGOV';
    if (target.slice(0, 3) === source.slice(0, 3)) target = ACTORS[(k * 11 + 4) % ACTORS.length] ?? 'RUSGOV';
    const code = CODES[(k * 13 + Math.floor(k / 97)) % CODES.length] ?? '010';
    const info = cameoCode(code);
    const day = new Date(Date.UTC(2015, 0, 1) + ((k * 31) % 4018) * 86_400_000).toISOString().slice(0, 10);
    events.push({
      id: `bench-api-${k}`, date: day, source, target, code, root: code.slice(0, 2), quad: (info?.quad ?? 1) as QuadClass,
      goldstein: info?.goldstein ?? 0, plover: info?.plover ?? 'CONSULT', confidence: 0.7, negated: false, modality: 'asserted',
      evidence: { docId: id, sentenceIndex: 0, sentence, span: { start: 0, end: sentence.length }, highlights: {}, rule: 'bench' },
    });
  }
  return {
    document: { id, contentHash: `bench-api-hash-${n}`, format: 'text', text: sentence, date: '2025-01-01', source: 'bench' },
    sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence, tokens: [], dates: [] }],
    quotes: [], actors: [], events,
  };
}

/** Fills a new DuckDB file: the demo corpus through the pipeline, then `total` generated events. */
export async function fill(path: string, total: number, emit: (figure: Record<string, unknown>) => void): Promise<void> {
  const store = await openStore({ kind: 'duckdb', path });
  try {
    let start = performance.now();
    const demo = await ingestItems(readInputs([demoCorpusDir()]), store, createDecoder());
    emit({ figure: 'demo_ingest', documents: demo.stored, events: demo.events, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) });
    start = performance.now();
    let written = 0;
    for (let n = 0; written < total; n++) written += (await store.saveCoded([batch(n)])).events;
    emit({ figure: 'generate', events: written, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) });
  } finally {
    await store.close();
  }
}

export const EVENT_PATHS = [
  '/api/events?actor=IRN&limit=50', '/api/events?dyad=IRN,RUS&limit=50', '/api/events?source=USA&quad=4&limit=50',
  '/api/events?actor=RUS&from=2020-01-01&to=2020-12-31&limit=50', '/api/events?code=05&limit=50&offset=100',
  '/api/events?target=CHN&sort=goldstein-asc&limit=50', '/api/events?dyad=USA,CHN&from=2024-01-01&limit=50',
  '/api/events?plover=ACCUSE&limit=50', '/api/events?actor=TUR&quad=1,2&limit=50', '/api/events?limit=50&offset=5000',
];
export const SERIES_PATHS = [
  '/api/dyads/IRN/RUS/series?by=month', '/api/dyads/USA/CHN/series?by=month', '/api/dyads/IRN/ISR/series?by=quarter',
  '/api/dyads/RUS/UKR/series?by=month&from=2022-01-01', '/api/dyads/TUR/SAU/series?by=week&from=2024-01-01', '/api/dyads/EGY/FRA/series?by=month',
];
