/**
 * Loading one tab-separated part inside the caller's transaction, two ways:
 * - fast: read_csv straight into the table; any refused row (or an id repeated in the file) raises
 *   an error, which the caller answers by rolling back and loading again staged. Clean files take
 *   one pass over the file, plus one over the keys just added. A file holding rows stored already
 *   is loaded again, skipping those rows while reading.
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
import type { RejectedRow, RowCounts } from './result.js';

export interface PartResult extends RowCounts {
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

/**
 * Stored rows that may hold keys of this load: rows of the same dataset and, for events, any row
 * not imported, since coded text may use any id.
 */
function holders(plan: LoadPlan, row: string): string {
  const others = plan.table === 'events' ? ` OR ${row}.dataset IS NULL OR ${row}.document_id IS NOT NULL` : '';
  return `(${row}.dataset = '${plan.dataset}'${others})`;
}

async function mayHoldKeys(connection: DuckDBConnection, plan: LoadPlan): Promise<boolean> {
  return Number(await scalar(connection, `SELECT count(*) FROM (SELECT 1 FROM ${plan.table} t WHERE ${holders(plan, 't')} LIMIT 1)`)) > 0;
}

function notStored(plan: LoadPlan, stored: boolean, mapped: string): string {
  return stored ? `AND NOT EXISTS (SELECT 1 FROM ${plan.table} t WHERE ${plan.key('t')} = ${mapped}._key)` : '';
}

/**
 * Runs the fast path's insert with the anti-join's hash table on the stored side when that is the
 * smaller. DuckDB cannot estimate how many rows a CSV file holds (it guesses a few dozen), so left
 * to itself it builds on the file side and holds the whole file in memory before writing any row.
 */
async function withBuildOnStored<T>(connection: DuckDBConnection, plan: LoadPlan, fileRows: number, fn: () => Promise<T>): Promise<T> {
  const stored = Number(await scalar(connection,
    `SELECT count(*) FROM (SELECT 1 FROM ${plan.table} t WHERE ${holders(plan, 't')} LIMIT ${fileRows + 1})`));
  if (stored > fileRows) return fn();
  await connection.run("SET disabled_optimizers = 'build_side_probe_side'");
  try {
    return await fn();
  } finally {
    await connection.run('RESET disabled_optimizers');
  }
}

/** Thrown by the fast path when the file needs the staged path: the caller rolls back and loads it so. */
export class NeedsStaging extends Error {}

/** Thrown by the fast path when rows of the file are stored already: the caller loads it again skipping them. */
export class NeedsSkipping extends Error {}

/**
 * Whether a row just added (after row id `before`) has a key stored already. A first load of a
 * file adds every row and asks this after (a join of two tables, which DuckDB plans well): new
 * files rarely overlap what is stored, and skipping while reading costs a third more.
 */
async function refuseStoredKeys(connection: DuckDBConnection, plan: LoadPlan, before: string): Promise<void> {
  const found = await scalar(connection,
    `SELECT count(*) FROM (SELECT 1 FROM ${plan.table} n WHERE n.rowid > ${before} AND ${plan.key('n')} IN
       (SELECT ${plan.key('t')} FROM ${plan.table} t WHERE t.rowid <= ${before} AND ${holders(plan, 't')}) LIMIT 1)`);
  if (Number(found) > 0) throw new NeedsSkipping('some rows of the file are stored already');
}

/**
 * Events carry no index on id (at 10 million rows it cost more than the rest of an import, and
 * most of its memory), so an id repeated within a file is looked for among the rows just added:
 * those after the table's last row id before the load. Hashes may collide; the staged path, which
 * compares the ids themselves, then finds no repeat and loads the file as it is.
 */
async function refuseRepeatedIds(connection: DuckDBConnection, plan: LoadPlan, before: string): Promise<void> {
  if (plan.table !== 'events') return;
  const repeated = await scalar(connection,
    `SELECT count(*) FROM (SELECT 1 FROM events WHERE rowid > ${before} GROUP BY hash(id) HAVING count(*) > 1 LIMIT 1)`);
  if (Number(repeated) > 0) throw new NeedsStaging('an id is repeated within the file');
}

/** `skipStored`: leave out rows whose key is stored; otherwise a file with such rows throws NeedsSkipping. */
export async function loadFast(
  connection: DuckDBConnection, part: InputPart, plan: LoadPlan, o: LoadOptions, skipStored: boolean,
): Promise<PartResult> {
  await clearRejects(connection);
  const stored = await mayHoldKeys(connection, plan);
  const skipping = stored && skipStored;
  const columns = plan.columns.join(', ');
  const before = String(await scalar(connection, `SELECT coalesce(max(rowid), -1) FROM ${plan.table}`));
  const insert = async (): Promise<number> => Number((await connection.run(
    `INSERT INTO ${plan.table} (${columns}) SELECT ${columns} FROM (${plan.select(readCsvSql(part, plan.layout, plan.csv), '')}) m
     WHERE (CASE WHEN m._reason IS NOT NULL THEN error('refused row: ' || m._reason) ELSE TRUE END) ${notStored(plan, skipping, 'm')}`,
  )).rowsChanged);
  const loaded = skipping ? await withBuildOnStored(connection, plan, part.lines, insert) : await insert();
  if (stored && !skipping) await refuseStoredKeys(connection, plan, before);
  await refuseRepeatedIds(connection, plan, before);
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
  const stored = await mayHoldKeys(connection, plan);
  const columns = plan.columns.join(', ');
  const accepted = Number(await scalar(connection, 'SELECT count(*) FROM mapped'));
  const loaded = Number((await connection.run(
    `INSERT INTO ${plan.table} (${columns}) SELECT ${columns} FROM mapped m WHERE m._why IS NULL ${notStored(plan, stored, 'm')}`,
  )).rowsChanged);
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
