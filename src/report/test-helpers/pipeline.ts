/**
 * The real pipeline for the report's golden tests: files → src/ingest readInputs → the pipeline's decoder
 * (nlp + coding with entente's own lexicon) → an in-memory store. Ingest errors are returned with their count, never dropped.
 */
import type { CodedDocument } from '../../domain/index.js';
import type { InputError } from '../../errors.js';
import { readInputs } from '../../ingest/index.js';
import type { IngestOptions } from '../../ingest/index.js';
import { createDecoder } from '../../pipeline/index.js';
import { openStore } from '../../store/index.js';
import type { SaveResult, Store } from '../../store/index.js';

export interface PipelineRun {
  store: Store;
  saved: SaveResult;
  coded: CodedDocument[];
  errors: InputError[];
}

export async function storeFromFiles(paths: string[], options: IngestOptions = {}): Promise<PipelineRun> {
  const coded: CodedDocument[] = [];
  const errors: InputError[] = [];
  const decoder = createDecoder();
  for await (const item of readInputs(paths, options)) {
    if (item.kind === 'error') errors.push(item.error);
    else coded.push(decoder.decode(item.document));
  }
  // Ingest order follows the file system; sort so the store's content never depends on it.
  coded.sort((x, y) => (x.document.id < y.document.id ? -1 : x.document.id > y.document.id ? 1 : 0));
  const store = await openStore({ kind: 'duckdb', path: ':memory:' });
  const saved = await store.saveCoded(coded);
  return { store, saved, coded, errors };
}
