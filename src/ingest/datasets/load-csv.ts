/**
 * Loading one tab-separated part inside the caller's transaction, two ways:
 * - fast: read_csv straight into the table; any refused row (or duplicate id) raises an error,
 *   which the caller answers by rolling back and loading again staged. Clean files take one pass.
 * - staged: read_csv into a temporary staging table, map and check every row in SQL, insert the
 *   good ones, and report refused rows with their line numbers.
 * Both skip rows whose key is already stored, and report rows the reader could not parse.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { clearRejects, readCsvSql, readerRejects } from './csv.js';
import type { InputPart } from './input.js';
import { partChunks } from './input.js';
import { linesOfAccepted } from './lines.js';
import type { LoadPlan } from './plan.js';
import type { RejectedRow } from './result.js';
import { withEventIndexDropped } from './event-index.js';

export interface PartResult {
  read: number;
  loaded: number;
  skipped: number;
  rejected: number;
  rejects: RejectedRow[];
  unresolvedActors: number;
  firstDate?: string;
  lastDate?: string;
}

export interface LoadOptions {
  maxRejectsReported: number;
}

async function scalar(connection: DuckDBConnection, sql: string): Promise<unknown> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows()[0]?.[0];
}

async function hasDatasetRows(connection: DuckDBConnection, plan: LoadPlan): Promise<boolean> {
  return Number(await scalar(connection, `SELECT count(*) FROM (SELECT 1 FROM ${plan.table} WHERE dataset = '${plan.dataset}' LIMIT 1)`)) > 0;
}

function notStored(plan: LoadPlan, stored: boolean, mapped: string): string {
  return stored ? `AND NOT EXISTS (SELECT 1 FROM ${plan.table} t WHERE ${plan.existing('t', mapped)})` : '';
}

export async function loadFast(connection: DuckDBConnection, part: InputPart, plan: LoadPlan, o: LoadOptions): Promise<PartResult> {
  await clearRejects(connection);
  const stored = await hasDatasetRows(connection, plan);
  const columns = plan.columns.join(', ');
  const insert = async (): Promise<number> => {
    const result = await connection.run(
      `INSERT INTO ${plan.table} (${columns}) SELECT ${columns} FROM (${plan.select(readCsvSql(part, plan.layout, plan.csv), '')}) m
       WHERE (CASE WHEN m._reason IS NOT NULL THEN error('refused row: ' || m._reason) ELSE TRUE END) ${notStored(plan, stored, 'm')}`,
    );
    return Number(result.rowsChanged);
  };
  const loaded = plan.table === 'events' ? await withEventIndexDropped(connection, part.lines, insert) : await insert();
  const rejects = await readerRejects(connection, part.label, o.maxRejectsReported);
  const read = part.lines - (plan.csv.header ? 1 : 0);
  return {
    read, loaded, skipped: Math.max(0, read - rejects.count - loaded), rejected: rejects.count, rejects: rejects.first, unresolvedActors: 0,
  };
}

/**
 * Staged rows with their 0-based position in the file's accepted rows. Inside a transaction
 * DuckDB numbers new rows from a large offset, so positions are taken relative to the first.
 */
const STAGED_IN_ORDER = '(SELECT staged.rowid - base.first AS _pos, staged.* FROM staged, (SELECT min(rowid) AS first FROM staged) base)';

export async function loadStaged(connection: DuckDBConnection, part: InputPart, plan: LoadPlan, o: LoadOptions): Promise<PartResult> {
  await clearRejects(connection);
  await connection.run(`CREATE OR REPLACE TEMP TABLE staged AS SELECT * FROM ${readCsvSql(part, plan.layout, plan.csv)}`);
  const reader = await readerRejects(connection, part.label, o.maxRejectsReported);
  const prepared = plan.prepare ? await plan.prepare(connection) : { unresolvedActors: 0 };
  await connection.run(`CREATE OR REPLACE TEMP TABLE mapped AS SELECT m.*,
      CASE WHEN m._reason IS NULL AND row_number() OVER (PARTITION BY m._key ORDER BY m._pos) > 1
        THEN 'duplicate id: an earlier row of this file has the same id' ELSE m._reason END AS _why
    FROM (${plan.select(STAGED_IN_ORDER, '_pos,')}) m`);
  const result = await finishStaged(connection, plan, part, reader, o);
  return { ...result, unresolvedActors: prepared.unresolvedActors };
}

/** Inserts the good rows of `mapped` (built from `staged`) and reports the refused ones. */
export async function finishStaged(
  connection: DuckDBConnection, plan: LoadPlan, part: InputPart | undefined,
  reader: { count: number; lines: Set<number>; first: RejectedRow[] }, o: LoadOptions,
): Promise<PartResult> {
  const stored = await hasDatasetRows(connection, plan);
  const columns = plan.columns.join(', ');
  const accepted = Number(await scalar(connection, 'SELECT count(*) FROM mapped'));
  const insert = async (): Promise<number> => Number((await connection.run(
    `INSERT INTO ${plan.table} (${columns}) SELECT ${columns} FROM mapped m WHERE m._why IS NULL ${notStored(plan, stored, 'm')}`,
  )).rowsChanged);
  const loaded = plan.table === 'events' ? await withEventIndexDropped(connection, accepted, insert) : await insert();
  const refused = Number(await scalar(connection, 'SELECT count(*) FROM mapped WHERE _why IS NOT NULL'));
  const sample = await connection.runAndReadAll(
    `SELECT _pos, _why, _key FROM mapped WHERE _why IS NOT NULL ORDER BY _pos LIMIT ${o.maxRejectsReported}`,
  );
  const rows = sample.getRowObjectsJson();
  const label = part?.label ?? '';
  const lines = part
    ? await linesOfAccepted(partChunks(part), rows.map((r) => Number(r._pos)), reader.lines, plan.csv.header)
    : new Map<number, number>();
  const refusedRows = rows.map((r): RejectedRow => {
    const line = lines.get(Number(r._pos)) ?? (part ? undefined : Number(r._pos));
    const row: RejectedRow = { file: label, reason: String(r._why) };
    if (line !== undefined) row.line = line;
    if (typeof r._key === 'string') row.text = `id ${r._key}`;
    return row;
  });
  const dates = plan.table === 'events'
    ? (await connection.runAndReadAll('SELECT CAST(min(date) AS VARCHAR) AS lo, CAST(max(date) AS VARCHAR) AS hi FROM mapped WHERE _why IS NULL')).getRowObjectsJson()[0]
    : undefined;
  const rejects = [...reader.first, ...refusedRows].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, o.maxRejectsReported);
  const result: PartResult = {
    read: accepted + reader.count,
    loaded,
    skipped: accepted - refused - loaded,
    rejected: reader.count + refused,
    rejects,
    unresolvedActors: 0,
  };
  if (typeof dates?.lo === 'string') result.firstDate = dates.lo;
  if (typeof dates?.hi === 'string') result.lastDate = dates.hi;
  return result;
}
