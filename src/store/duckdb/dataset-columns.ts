/**
 * Tables of the dataset side: the completeness ledger (one row per ingested or imported file) and
 * GDELT 2.0 mentions (the articles behind each event). Bulk imports fill them with SQL; the
 * columns are declared here so the DDL and any appender share one list.
 */
import { timestampValue } from '@duckdb/node-api';
import type { DuckDBValue } from '@duckdb/node-api';
import type { Column } from './columns.js';
import { column, opt } from './columns.js';

function optTimestamp(iso: string | undefined): DuckDBValue {
  const ms = iso === undefined ? Number.NaN : Date.parse(`${iso}Z`);
  return Number.isNaN(ms) ? null : timestampValue(BigInt(ms) * 1000n);
}

export type LedgerStatus = 'loaded' | 'failed';

/** One ingested or imported file. Timestamps are ISO strings (UTC). */
export interface LedgerEntry {
  path: string;
  /** sha256 (hex) of the file's bytes as read (compressed when the file is). */
  contentHash: string;
  size: number;
  /** Dataset or reader: gdelt1, gdelt2, gdelt2-mentions, icews, plover, polecat, text, html, ... */
  dataset: string;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Rows already in the store (same namespaced id) and so not loaded again. */
  rowsSkipped: number;
  startedAt: string;
  finishedAt: string;
  status: LedgerStatus;
  /** The time slot the file covers (GDELT 2.0: its 15-minute timestamp), ISO `YYYY-MM-DDTHH:MM:SS`. */
  fileTime?: string;
  /** Earliest and latest event (or document) date loaded from it. */
  firstDate?: string;
  lastDate?: string;
  note?: string;
}

export const LEDGER_COLUMNS: readonly Column<LedgerEntry>[] = [
  column('content_hash', 'VARCHAR PRIMARY KEY', (e) => e.contentHash),
  column('path', 'VARCHAR NOT NULL', (e) => e.path),
  column('size', 'BIGINT NOT NULL', (e) => e.size),
  column('dataset', 'VARCHAR NOT NULL', (e) => e.dataset),
  column('rows_read', 'BIGINT NOT NULL', (e) => e.rowsRead),
  column('rows_loaded', 'BIGINT NOT NULL', (e) => e.rowsLoaded),
  column('rows_rejected', 'BIGINT NOT NULL', (e) => e.rowsRejected),
  column('rows_skipped', 'BIGINT NOT NULL', (e) => e.rowsSkipped),
  column('started_at', 'VARCHAR NOT NULL', (e) => e.startedAt),
  column('finished_at', 'VARCHAR NOT NULL', (e) => e.finishedAt),
  column('status', 'VARCHAR NOT NULL', (e) => e.status),
  column('file_time', 'VARCHAR', (e) => opt(e.fileTime)),
  column('first_date', 'VARCHAR', (e) => opt(e.firstDate)),
  column('last_date', 'VARCHAR', (e) => opt(e.lastDate)),
  column('note', 'VARCHAR', (e) => opt(e.note)),
];

/** A GDELT 2.0 mention: one article that reported an event. Written only by the importer's SQL. */
export interface StoredMention {
  eventId: string;
  dataset: string;
  /** ISO `YYYY-MM-DDTHH:MM:SS` (UTC). */
  eventTime?: string;
  mentionTime?: string;
  mentionType?: number;
  sourceName?: string;
  identifier?: string;
  sentenceId?: number;
  confidence?: number;
  docTone?: number;
}

export const EVENT_MENTION_COLUMNS: readonly Column<StoredMention>[] = [
  column('event_id', 'VARCHAR NOT NULL', (m) => m.eventId),
  column('dataset', 'VARCHAR NOT NULL', (m) => m.dataset),
  column('event_time', 'TIMESTAMP', (m) => optTimestamp(m.eventTime)),
  column('mention_time', 'TIMESTAMP', (m) => optTimestamp(m.mentionTime)),
  column('mention_type', 'UTINYINT', (m) => opt(m.mentionType)),
  column('source_name', 'VARCHAR', (m) => opt(m.sourceName)),
  column('identifier', 'VARCHAR', (m) => opt(m.identifier)),
  column('sentence_id', 'INTEGER', (m) => opt(m.sentenceId)),
  column('confidence', 'DOUBLE', (m) => opt(m.confidence)),
  column('doc_tone', 'DOUBLE', (m) => opt(m.docTone)),
];
