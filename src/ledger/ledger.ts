/**
 * The completeness ledger: one row per ingested or imported file, keyed by its content hash, so a
 * file seen before is recognised whatever its name, and `entente ledger` can list what was loaded
 * and where the gaps are.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { LEDGER_COLUMNS, inTransaction } from '../store/index.js';
import type { DuckDbStore, LedgerEntry, LedgerStatus } from '../store/index.js';

const COLUMNS = LEDGER_COLUMNS.map((c) => c.name);

/** Writes (or replaces) the entry for its content hash, on a connection inside the caller's transaction. */
export async function writeLedgerEntry(connection: DuckDBConnection, entry: LedgerEntry): Promise<void> {
  const values: DuckDBValue[] = LEDGER_COLUMNS.map((c) => c.get(entry));
  await connection.run(
    `INSERT OR REPLACE INTO ledger (${COLUMNS.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`,
    values,
  );
}

/** For other writers (the text ingest command): records one file in its own transaction. */
export function recordLedgerEntry(store: DuckDbStore, entry: LedgerEntry): Promise<void> {
  return store.exclusive((connection) => inTransaction(connection, () => writeLedgerEntry(connection, entry)));
}

function entryFromRow(r: Record<string, unknown>): LedgerEntry {
  const entry: LedgerEntry = {
    path: String(r.path),
    contentHash: String(r.content_hash),
    size: Number(r.size),
    dataset: String(r.dataset),
    rowsRead: Number(r.rows_read),
    rowsLoaded: Number(r.rows_loaded),
    rowsRejected: Number(r.rows_rejected),
    rowsSkipped: Number(r.rows_skipped),
    startedAt: String(r.started_at),
    finishedAt: String(r.finished_at),
    status: String(r.status) as LedgerStatus,
  };
  for (const [key, column] of [['fileTime', 'file_time'], ['firstDate', 'first_date'], ['lastDate', 'last_date'], ['note', 'note']] as const) {
    const v = r[column];
    if (typeof v === 'string') entry[key] = v;
  }
  return entry;
}

async function hasLedger(connection: DuckDBConnection): Promise<boolean> {
  const reader = await connection.runAndReadAll(
    "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ledger' AND schema_name = 'main' AND database_name = current_database()",
  );
  return Number(reader.getRows()[0]?.[0] ?? 0) > 0;
}

/** The entry for a content hash, if that content was recorded. */
export async function findLedgerEntry(connection: DuckDBConnection, contentHash: string): Promise<LedgerEntry | undefined> {
  if (!(await hasLedger(connection))) return undefined;
  const reader = await connection.runAndReadAll(`SELECT * FROM ledger WHERE content_hash = $1`, [contentHash]);
  const row = reader.getRowObjectsJson()[0];
  return row === undefined ? undefined : entryFromRow(row);
}

export interface LedgerQuery {
  dataset?: string;
  /** Inclusive ISO dates, matched against the file time, else the dates loaded. */
  from?: string;
  to?: string;
}

/** Entries oldest first (by file time, then start time); an older store without the table has none. */
export async function listLedger(connection: DuckDBConnection, q: LedgerQuery = {}): Promise<LedgerEntry[]> {
  if (!(await hasLedger(connection))) return [];
  const where: string[] = [];
  const params: DuckDBValue[] = [];
  const bind = (v: string): string => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.dataset !== undefined) where.push(`dataset = ${bind(q.dataset)}`);
  if (q.from !== undefined) where.push(`coalesce(left(file_time, 10), last_date, left(finished_at, 10)) >= ${bind(q.from)}`);
  if (q.to !== undefined) where.push(`coalesce(left(file_time, 10), first_date, left(finished_at, 10)) <= ${bind(q.to)}`);
  const reader = await connection.runAndReadAll(
    `SELECT * FROM ledger ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY file_time NULLS LAST, started_at, path`,
    params,
  );
  return reader.getRowObjectsJson().map(entryFromRow);
}
