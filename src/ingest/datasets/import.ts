/**
 * `importFiles`: event dataset files into the store, one transaction per file, with a report per
 * file (read / loaded / skipped / rejected and the first rejected rows) and progress callbacks.
 * A directory stands for the files under it, walked as the text ingest walks one; those that hold
 * no event dataset (GKG tables, PDFs) are listed as passed over, not as failures — a file named on
 * its own still fails.
 */
import type { InputError } from '../../errors.js';
import type { DuckDbStore } from '../../store/index.js';
import type { ResolvedImportOptions } from './import-file.js';
import { failedReport, importFile } from './import-file.js';
import { findFiles } from '../directory.js';
import type { FileReport, ImportSummary } from './result.js';
import { summarise } from './result.js';

export interface ImportProgress {
  /** Files finished so far, and their bytes. */
  files: number;
  bytes: number;
  totalFiles: number;
  totalBytes: number;
  rows: number;
  current?: string;
  last?: FileReport;
}

export interface ImportOptions {
  /** DuckDB memory limit while importing (default '1536MB'; a 10M-row GDELT file peaks at ~1.4 GB RSS); null leaves the store's setting. */
  memoryLimit?: string | null;
  /** How many rejected rows each file report lists (default 10). */
  maxRejectsReported?: number;
  /** Load even files the ledger already has (rows already stored are still skipped). */
  force?: boolean;
  onProgress?: (p: ImportProgress) => void;
  now?: () => Date;
}

const DEFAULT_MEMORY = '1536MB';

/** A file to import (`listed`: found in a directory), or a named path that cannot be read as one. */
type Input = { path: string; size: number; listed: boolean } | { path: string; size: 0; error: InputError };

/** Named paths, each directory replaced by its files as the text ingest walks them (src/ingest/directory.ts). */
async function expand(paths: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for await (const found of findFiles([...paths])) {
    out.push(found.kind === 'file'
      ? { path: found.path, size: found.size, listed: found.walked }
      : { path: found.error.location?.file ?? '', size: 0, error: found.error });
  }
  return out;
}

export async function importFiles(store: DuckDbStore, named: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const inputs = await expand(named);
  const resolved: ResolvedImportOptions = {
    memoryLimit: options.memoryLimit === null ? undefined : (options.memoryLimit ?? DEFAULT_MEMORY),
    maxRejectsReported: options.maxRejectsReported ?? 10,
    force: options.force === true,
    now: options.now ?? (() => new Date()),
  };
  const progress: ImportProgress = { files: 0, bytes: 0, totalFiles: inputs.length, totalBytes: inputs.reduce((a, i) => a + i.size, 0), rows: 0 };
  const reports: FileReport[] = [];
  for (const input of inputs) {
    options.onProgress?.({ ...progress, current: input.path });
    const report = 'error' in input ? failedReport(input.path, input.error) : await importFile(store, input.path, resolved, { listed: input.listed });
    reports.push(report);
    progress.files++;
    progress.bytes += input.size;
    progress.rows += report.read;
    options.onProgress?.({ ...progress, last: report });
  }
  return summarise(reports, (Date.now() - started) / 1000);
}
