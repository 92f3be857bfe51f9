import type { CodedDocument } from '../domain/index.js';
import { EntenteError, InputError } from '../errors.js';
import type { IngestItem } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import type { Decoder } from './decode.js';

/** One decoded document, when the caller asks for them (an upload's answer links to each). */
export interface DocumentIngest {
  id: string;
  title?: string;
  /** Events coded from it (stored unless the document was already in the store). */
  events: number;
}

/** What one input file gave, for the completeness ledger. */
export interface FileIngest {
  path: string;
  /** Reader that read it (text, html, jsonl, rss, atom); 'unreadable' when nothing could be read. */
  format: string;
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  firstDate?: string;
  lastDate?: string;
  startedAt: Date;
  finishedAt: Date;
}

export interface IngestSummary {
  /** Documents read from the inputs (stored + already present + failed to decode). */
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
  /** Per input file, in the order the files were read. */
  files: FileIngest[];
  /** Per decoded document, only with `listDocuments` (a large ingest would hold them all). */
  documents: DocumentIngest[];
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
  /** Clock for the per-file times (tests pass a fixed one). */
  now?: () => Date;
  /** Keep `documents` in the summary. */
  listDocuments?: boolean;
}

/** `path:line` origins name the file before the line number. */
function fileOf(origin: string | undefined): string {
  if (origin === undefined) return '';
  const match = /^(.*):\d+$/.exec(origin);
  return match?.[1] ?? origin;
}

/**
 * Decodes and stores documents as they stream in, in atomic batches that never span two files, so
 * every file's stored / skipped counts are exact. A document that cannot be decoded is reported and
 * the rest go on; a failed batch write stops the run (the store holds every earlier batch whole and
 * nothing of the failed one).
 */
export async function ingestItems(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, store: Store, decoder: Decoder, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 50;
  const now = options.now ?? (() => new Date());
  const summary: IngestSummary = { read: 0, stored: 0, skipped: 0, sentences: 0, events: 0, quotes: 0, failed: 0, errors: [], files: [], documents: [] };
  let batch: CodedDocument[] = [];
  let file: FileIngest | undefined;

  const fileFor = (path: string, format: string): FileIngest => {
    if (file?.path !== path) {
      file = { path, format, read: 0, stored: 0, skipped: 0, failed: 0, startedAt: now(), finishedAt: now() };
      summary.files.push(file);
    } else if (file.format === 'unreadable' && format !== 'unreadable') {
      // A file whose first record failed is still the reader's file.
      file.format = format;
    }
    return file;
  };
  const fail = (error: EntenteError, into: FileIngest): void => {
    summary.failed += 1;
    summary.errors.push(error);
    into.failed += 1;
    into.finishedAt = now();
    options.onError?.(error);
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0 || !file) return;
    const saved = await store.saveCoded(batch);
    batch = [];
    summary.stored += saved.documents;
    summary.skipped += saved.skipped;
    summary.sentences += saved.sentences;
    summary.events += saved.events;
    summary.quotes += saved.quotes;
    file.stored += saved.documents;
    file.skipped += saved.skipped;
    file.finishedAt = now();
  };

  for await (const item of items) {
    const path = item.kind === 'error' ? (item.error.location?.file ?? '') : fileOf(item.document.origin);
    if (path !== file?.path) await flush();
    if (item.kind === 'error') {
      fail(item.error, fileFor(path, 'unreadable'));
    } else {
      const doc = item.document;
      const into = fileFor(path, doc.format);
      summary.read += 1;
      into.read += 1;
      if (doc.date) {
        if (!into.firstDate || doc.date < into.firstDate) into.firstDate = doc.date;
        if (!into.lastDate || doc.date > into.lastDate) into.lastDate = doc.date;
      }
      try {
        const coded = decoder.decode(doc);
        batch.push(coded);
        if (options.listDocuments) summary.documents.push({ id: doc.id, ...(doc.title ? { title: doc.title } : {}), events: coded.events.length });
      } catch (error) {
        fail(asInputError(error, doc.origin ?? doc.id), into);
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
