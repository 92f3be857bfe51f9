/**
 * News ingest: files, directories and in-memory uploads in, Documents out. The reader is chosen
 * by content (a JSONL file named `.txt` is still JSONL). Per-input and per-record problems are
 * yielded as InputErrors and the run carries on.
 */
import { readBytes } from './dispatch.js';
import { findFiles } from './directory.js';
import { readFile } from './files.js';
import { errorItem } from './item.js';
import type { IngestItem } from './item.js';
import { resolveOptions } from './options.js';
import type { IngestOptions } from './options.js';

export { detectFormat } from './detect.js';
export { contentHash, normaliseForHash } from './document.js';
export { normaliseDate } from './date.js';
export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_BYTES } from './options.js';
export type { IngestOptions } from './options.js';
export type { IngestItem } from './item.js';

/** Streams documents and per-record errors from files and directories (recursively, skipping dot files). */
export async function* readInputs(paths: string[], options?: IngestOptions): AsyncIterable<IngestItem> {
  const resolved = resolveOptions(options);
  for await (const found of findFiles(paths)) {
    if (found.kind === 'error') yield errorItem(found.error);
    else yield* readFile(found.path, found.size, resolved);
  }
}

/** One in-memory input (HTTP upload, pasted text); `name` is used in messages. */
export function readBuffer(bytes: Uint8Array, name: string, options?: IngestOptions): IngestItem[] {
  return readBytes(bytes, name, resolveOptions(options));
}

export interface IngestTally {
  documents: number;
  errors: number;
  /** Error count per error code, for the "read 41, failed 2 (INPUT_RECORD 2)" summary. */
  byCode: Record<string, number>;
}

/** Counts of what a run produced, so partial failure is reported with numbers. */
export function tallyItems(items: Iterable<IngestItem>): IngestTally {
  const tally: IngestTally = { documents: 0, errors: 0, byCode: {} };
  for (const item of items) {
    if (item.kind === 'document') tally.documents++;
    else {
      tally.errors++;
      tally.byCode[item.error.code] = (tally.byCode[item.error.code] ?? 0) + 1;
    }
  }
  return tally;
}
