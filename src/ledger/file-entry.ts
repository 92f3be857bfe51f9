/**
 * A ledger entry for a file read by another ingest path (news text, HTML, JSONL, feeds): hashes
 * the file's bytes as they are on disk, so the same content is recognised whatever its name.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { LedgerEntry } from '../store/index.js';
import { fileTimeFromName } from './gaps.js';

export interface FileCounts {
  /** The reader's name (text, html, jsonl, rss, atom) or a dataset name. */
  dataset: string;
  /** Records (documents) read, saved, failed, and already stored. */
  read: number;
  loaded: number;
  rejected: number;
  skipped: number;
  startedAt: Date;
  finishedAt: Date;
  firstDate?: string;
  lastDate?: string;
  note?: string;
}

export async function fileLedgerEntry(path: string, counts: FileCounts): Promise<LedgerEntry> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  const entry: LedgerEntry = {
    path, contentHash: hash.digest('hex'), size: (await stat(path)).size, dataset: counts.dataset,
    rowsRead: counts.read, rowsLoaded: counts.loaded, rowsRejected: counts.rejected, rowsSkipped: counts.skipped,
    startedAt: counts.startedAt.toISOString().slice(0, 19), finishedAt: counts.finishedAt.toISOString().slice(0, 19),
    status: counts.loaded + counts.skipped > 0 || counts.read === 0 ? 'loaded' : 'failed',
  };
  const time = fileTimeFromName(path);
  if (time) entry.fileTime = time;
  if (counts.firstDate) entry.firstDate = counts.firstDate;
  if (counts.lastDate) entry.lastDate = counts.lastDate;
  if (counts.note) entry.note = counts.note;
  return entry;
}
