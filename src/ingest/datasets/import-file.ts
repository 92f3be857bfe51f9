/**
 * One file, all or nothing: its content hash is looked up in the ledger (a file loaded before
 * loads nothing and says so), then every part is loaded and the ledger row written in one
 * transaction. A clean file goes straight from DuckDB's reader into the table; if any row is
 * refused the transaction is rolled back and the file loaded again through the staging table,
 * which reports each refused row.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { describeError, EntenteError } from '../../errors.js';
import type { ErrorCode } from '../../errors.js';
import { fileTimeFromName, findLedgerEntry, gdeltTimestamp, writeLedgerEntry } from '../../ledger/index.js';
import { inTransaction } from '../../store/index.js';
import type { DuckDbStore, LedgerEntry } from '../../store/index.js';
import type { Detected } from './detect.js';
import { requireDataset } from './detect.js';
import type { InputPart, PreparedInput } from './input.js';
import { prepareInput } from './input.js';
import type { LoadOptions, PartResult } from './load-csv.js';
import { NeedsSkipping, NeedsStaging, loadFast, loadStaged } from './load-csv.js';
import { createLookups } from './lookups.js';
import { planFor } from './plans.js';
import { loadPlover } from './plover-json.js';
import type { FileReport } from './result.js';
import { addCounts } from './result.js';

export interface ResolvedImportOptions extends LoadOptions {
  /** DuckDB memory_limit during the import ('1GB'); undefined leaves the store's setting. */
  memoryLimit: string | undefined;
  /** Load again even when the ledger has this content (rows already stored are still skipped). */
  force: boolean;
  now: () => Date;
}

/** Errors of the fast path that mean "some row is not fine", as opposed to the machine failing. */
const REFUSED = /refused row|Duplicate key|constraint|Conversion Error|Invalid Input/i;

interface Loadable {
  part: InputPart;
  detected: Detected;
}

/** GDELT 2.0 files are 15-minute slots: from the name, else the first row's DATEADDED / mention time. */
function fileTime(input: PreparedInput, first: Loadable | undefined): string | undefined {
  const fromName = fileTimeFromName(input.path) ?? (first ? fileTimeFromName(first.part.label) : undefined);
  if (fromName || !first) return fromName;
  const row = first.part.head.split('\n')[0]?.split('\t') ?? [];
  if (first.detected.format === 'gdelt2') return gdeltTimestamp(row[59] ?? '');
  if (first.detected.format === 'gdelt2-mentions') return gdeltTimestamp(row[2] ?? '');
  return undefined;
}

/** fast: straight from the reader; skipping: the same, leaving out rows stored already; staged: row by row checks. */
type LoadMode = 'fast' | 'skipping' | 'staged';

async function loadAll(connection: DuckDBConnection, parts: Loadable[], mode: LoadMode, o: LoadOptions): Promise<PartResult[]> {
  const results: PartResult[] = [];
  for (const { part, detected } of parts) {
    if (detected.format === 'plover') {
      results.push(await loadPlover(connection, part, o));
      continue;
    }
    const plan = planFor(detected);
    results.push(mode !== 'staged' && plan.fast
      ? await loadFast(connection, part, plan, o, mode === 'skipping')
      : await loadStaged(connection, part, plan, o));
  }
  return results;
}

async function withMemoryLimit<T>(connection: DuckDBConnection, limit: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (limit === undefined) return fn();
  const before = (await connection.runAndReadAll("SELECT current_setting('memory_limit')")).getRows()[0]?.[0];
  await connection.run(`SET memory_limit = '${limit.replace(/[^\w.]/g, '')}'`);
  try {
    return await fn();
  } finally {
    if (typeof before === 'string') await connection.run(`SET memory_limit = '${before.replace(/[^\w. ]/g, '')}'`);
  }
}

function report(path: string, partial: Partial<FileReport> & Pick<FileReport, 'outcome'>, started: number): FileReport {
  return { path, size: 0, read: 0, loaded: 0, skipped: 0, rejected: 0, rejects: [], unresolvedActors: 0, seconds: (Date.now() - started) / 1000, ...partial };
}

/** A file that could not be opened at all. */
export function failedReport(path: string, error: EntenteError, started = Date.now()): FileReport {
  return report(path, { outcome: 'failed', message: error.describe() }, started);
}

/**
 * In a directory, files with no event dataset in them (GKG tables, a PDF, an empty or binary
 * file) are passed over and listed as such; named on their own, they fail.
 */
const PASSED_OVER: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INPUT_FORMAT', 'INPUT_BINARY', 'INPUT_EMPTY']);

function passedOver(error: unknown, how: { listed?: boolean }): error is EntenteError {
  return how.listed === true && error instanceof EntenteError && PASSED_OVER.has(error.code);
}

export async function importFile(store: DuckDbStore, path: string, o: ResolvedImportOptions, how: { listed?: boolean } = {}): Promise<FileReport> {
  const started = Date.now();
  const startedAt = o.now().toISOString().slice(0, 19);
  let input: PreparedInput;
  try {
    input = await prepareInput(path);
  } catch (error) {
    if (passedOver(error, how)) return report(path, { outcome: 'not-dataset', message: error.message }, started);
    if (!(error instanceof EntenteError)) throw error;
    return failedReport(path, error, started);
  }
  try {
    const base = { contentHash: input.contentHash, size: input.size };
    let parts: Loadable[];
    try {
      parts = input.parts.map((part) => ({ part, detected: requireDataset(part.head, part.label) }));
    } catch (error) {
      if (!passedOver(error, how)) throw error;
      return report(path, { ...base, outcome: 'not-dataset', message: error.message }, started);
    }
    const format = parts[0]?.detected.format;
    return await store.exclusive(async (connection) => {
      const known = o.force ? undefined : await findLedgerEntry(connection, input.contentHash);
      if (known?.status === 'loaded') {
        const message = `already imported (${known.path}, ${known.finishedAt}: ${known.rowsLoaded} rows loaded); nothing loaded`;
        return report(path, { ...base, ...(format ? { format } : {}), outcome: 'unchanged', message }, started);
      }
      return withMemoryLimit(connection, o.memoryLimit, async () => {
        await createLookups(connection);
        const load = (mode: LoadMode): Promise<PartResult[]> => inTransaction(connection, async () => {
          const results = await loadAll(connection, parts, mode, o);
          const entry = ledgerEntry(input, parts, results, startedAt, o.now().toISOString().slice(0, 19));
          await writeLedgerEntry(connection, entry);
          return results;
        });
        // Row order does not matter to the fast path (the staged one needs it for line numbers),
        // and keeping it makes DuckDB hold big loads in memory instead of writing them out.
        const run = async (mode: LoadMode): Promise<PartResult[]> => {
          if (mode === 'staged') return load(mode);
          await connection.run('SET preserve_insertion_order = false');
          try {
            return await load(mode);
          } finally {
            await connection.run('RESET preserve_insertion_order');
          }
        };
        // A refused row or a repeated id makes the fast path fail; the staged path then says which
        // and why. Other failures (memory, disk) would fail again, so they are reported as they are.
        const staged = (error: unknown): Promise<PartResult[]> => {
          if (!(error instanceof NeedsStaging) && !REFUSED.test(error instanceof Error ? error.message : String(error))) throw error;
          return run('staged');
        };
        const results = await run('fast').catch((error: unknown) => (error instanceof NeedsSkipping ? run('skipping').catch(staged) : staged(error)));
        return report(path, { ...base, ...(format ? { format } : {}), outcome: 'loaded', ...addCounts(results, o.maxRejectsReported) }, started);
      });
    });
  } catch (error) {
    return report(path, { contentHash: input.contentHash, size: input.size, outcome: 'failed', message: describeError(error) }, started);
  } finally {
    input.cleanup();
  }
}

function ledgerEntry(input: PreparedInput, parts: Loadable[], results: PartResult[], startedAt: string, finishedAt: string): LedgerEntry {
  const total = addCounts(results, 0);
  const datasets = [...new Set(parts.map((p) => (p.detected.format === 'gdelt2-mentions' ? 'gdelt2-mentions' : p.detected.format)))];
  const firsts = results.flatMap((r) => (r.firstDate ? [r.firstDate] : [])).sort();
  const lasts = results.flatMap((r) => (r.lastDate ? [r.lastDate] : [])).sort();
  const entry: LedgerEntry = {
    path: input.path, contentHash: input.contentHash, size: input.size, dataset: datasets.join('+'),
    rowsRead: total.read, rowsLoaded: total.loaded, rowsRejected: total.rejected, rowsSkipped: total.skipped,
    startedAt, finishedAt, status: 'loaded',
  };
  const time = fileTime(input, parts[0]);
  if (time) entry.fileTime = time;
  if (firsts[0]) entry.firstDate = firsts[0];
  const last = lasts[lasts.length - 1];
  if (last) entry.lastDate = last;
  return entry;
}
