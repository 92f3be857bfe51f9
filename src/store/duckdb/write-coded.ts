/**
 * Saving coded documents: one transaction per call, bulk appends per table, documents already
 * stored (same contentHash) skipped so re-ingesting a file changes nothing.
 */
import { DuckDBDataChunkWriter, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { CodedDocument } from '../../domain/index.js';
import { EntenteError, StoreError } from '../../errors.js';
import type { SaveResult } from '../store.js';
import type { Column } from './columns.js';
import { EVENT_TABLE_COLUMNS } from './event-columns.js';
import { storedEventIds } from './event-ids.js';
import type { StoredEvent } from './event-columns.js';
import type { Owned } from './text-columns.js';
import { DOCUMENT_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS } from './text-columns.js';
import { inTransaction } from './transaction.js';
import { validateBatch } from './validate-batch.js';

export async function append<T>(connection: DuckDBConnection, table: string, columns: readonly Column<T>[], items: readonly T[]): Promise<void> {
  if (items.length === 0) return;
  const appender = await connection.createAppender(table);
  try {
    const writer = DuckDBDataChunkWriter.forAppender(appender);
    const values: DuckDBValue[] = new Array<DuckDBValue>(columns.length);
    for (const item of items) {
      for (let i = 0; i < columns.length; i++) values[i] = (columns[i] as Column<T>).get(item);
      writer.appendRow(values);
    }
    writer.flush();
    // Constraint violations (a stored id) surface here, inside the caller's transaction.
    appender.flushSync();
  } catch (error) {
    // DuckDB keeps rows that failed to flush and flushes them again when the appender is closed
    // or garbage-collected, into whatever transaction the connection is in by then, aborting it
    // and losing its writes. Clearing them first makes the close harmless.
    appender.clear();
    appender.closeSync();
    throw error;
  }
  appender.closeSync();
}

function owned<T>(batch: readonly CodedDocument[], pick: (c: CodedDocument) => readonly T[]): Owned<T>[] {
  return batch.flatMap((c) => pick(c).map((item, ordinal) => ({ docId: c.document.id, ordinal, item })));
}

async function storedHashes(connection: DuckDBConnection, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const reader = await connection.runAndReadAll(
    'SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest($1))',
    [listValue(hashes)],
    [LIST(VARCHAR)],
  );
  return new Set(reader.getRowObjectsJson().map((r) => String(r.content_hash)));
}

const CONFLICT_HINT = 'a document or event id in the batch is already stored with different content; ids must be unique';

/** Events have no unique index (see schema.ts): an id already stored is refused here instead. */
async function refuseStoredIds(connection: DuckDBConnection, location: string, ids: string[]): Promise<void> {
  const taken = await storedEventIds(connection, ids);
  if (taken.length === 0) return;
  const named = taken.slice(0, 5).map((id) => JSON.stringify(id)).join(', ');
  throw new StoreError('CONFLICT', `${location}: batch not saved (nothing from it was written): event id ${named} is already stored`, {
    hint: CONFLICT_HINT,
    location: { file: location, field: 'events.id' },
  });
}

function writeError(location: string, error: unknown): EntenteError {
  if (error instanceof EntenteError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const conflict = /Duplicate key|constraint/i.test(detail);
  return new StoreError(conflict ? 'CONFLICT' : 'STORE', `${location}: batch not saved (nothing from it was written): ${detail}`, {
    hint: conflict
      ? CONFLICT_HINT
      : 'the store is unchanged; check disk space and that the file is not damaged',
    location: { file: location },
    cause: error,
  });
}

export async function writeCoded(connection: DuckDBConnection, location: string, batch: readonly CodedDocument[]): Promise<SaveResult> {
  const byHash = new Map<string, CodedDocument>();
  for (const coded of batch) if (!byHash.has(coded.document.contentHash)) byHash.set(coded.document.contentHash, coded);
  return inTransaction(connection, async () => {
    const stored = await storedHashes(connection, [...byHash.keys()]);
    const fresh = [...byHash.values()].filter((c) => !stored.has(c.document.contentHash));
    validateBatch(fresh);
    await append(connection, 'documents', DOCUMENT_COLUMNS, fresh.map((c) => c.document));
    const sentences = owned(fresh, (c) => c.sentences);
    const quotes = owned(fresh, (c) => c.quotes);
    const mentions = owned(fresh, (c) => c.actors);
    await append(connection, 'sentences', SENTENCE_COLUMNS, sentences);
    await append(connection, 'quotes', QUOTE_COLUMNS, quotes);
    await append(connection, 'mentions', MENTION_COLUMNS, mentions);
    const events = fresh.flatMap((c) => c.events.map((event): StoredEvent => ({ event, documentId: c.document.id })));
    await refuseStoredIds(connection, location, events.map((e) => e.event.id));
    await append(connection, 'events', EVENT_TABLE_COLUMNS, events);
    return {
      documents: fresh.length,
      skipped: batch.length - fresh.length,
      sentences: sentences.length,
      events: events.length,
      quotes: quotes.length,
      mentions: mentions.length,
    };
  }).catch((error: unknown) => Promise.reject(writeError(location, error)));
}
