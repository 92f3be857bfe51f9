import type { CodedDocument } from '../domain/index.js';
import { EntenteError, InputError } from '../errors.js';
import type { IngestItem } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { Decoder } from './decode.js';

export interface IngestSummary {
  /** Documents read from the inputs (stored + already present). */
  read: number;
  stored: number;
  /** Already in the store (same content hash): nothing written. */
  skipped: number;
  sentences: number;
  events: number;
  quotes: number;
  /** Inputs or records that failed, all counted; `errors` keeps them for reporting. */
  failed: number;
  errors: EntenteError[];
}

export interface IngestProgress {
  read: number;
  failed: number;
  events: number;
}

export interface IngestOptions {
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each failure as it happens (the summary keeps them all too). */
  onError?: (error: EntenteError) => void;
}

/**
 * Decodes and stores documents as they stream in, in atomic batches. A document that cannot be
 * decoded is reported and the rest go on; a failed batch write stops the run (the store holds every
 * earlier batch whole and nothing of the failed one).
 */
export async function ingestItems(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, store: Store, decoder: Decoder, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 50;
  const summary: IngestSummary = { read: 0, stored: 0, skipped: 0, sentences: 0, events: 0, quotes: 0, failed: 0, errors: [] };
  let batch: CodedDocument[] = [];
  const fail = (error: EntenteError): void => {
    summary.failed += 1;
    summary.errors.push(error);
    options.onError?.(error);
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const saved = await store.saveCoded(batch);
    batch = [];
    summary.stored += saved.documents;
    summary.skipped += saved.skipped;
    summary.sentences += saved.sentences;
    summary.events += saved.events;
    summary.quotes += saved.quotes;
  };
  for await (const item of items) {
    if (item.kind === 'error') {
      fail(item.error);
    } else {
      summary.read += 1;
      try {
        batch.push(decoder.decode(item.document));
      } catch (error) {
        fail(asInputError(error, item.document.origin ?? item.document.id));
      }
      if (batch.length >= batchSize) await flush();
    }
    options.onProgress?.({ read: summary.read, failed: summary.failed, events: summary.events });
  }
  await flush();
  options.onProgress?.({ read: summary.read, failed: summary.failed, events: summary.events });
  return summary;
}

function asInputError(error: unknown, origin: string): EntenteError {
  if (error instanceof EntenteError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InputError('INPUT_RECORD', `could not decode: ${message}`, { location: { file: origin }, cause: error });
}
