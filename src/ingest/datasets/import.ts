/**
 * `importFiles`: event dataset files into the store, one transaction per file, with a report per
 * file (read / loaded / skipped / rejected and the first rejected rows) and progress callbacks.
 */
import { stat } from 'node:fs/promises';
import type { DuckDbStore } from '../../store/index.js';
import type { ResolvedImportOptions } from './import-file.js';
import { importFile } from './import-file.js';
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

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

export async function importFiles(store: DuckDbStore, paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const resolved: ResolvedImportOptions = {
    memoryLimit: options.memoryLimit === null ? undefined : (options.memoryLimit ?? DEFAULT_MEMORY),
    maxRejectsReported: options.maxRejectsReported ?? 10,
    force: options.force === true,
    now: options.now ?? (() => new Date()),
  };
  const sizes = await Promise.all(paths.map(sizeOf));
  const progress: ImportProgress = { files: 0, bytes: 0, totalFiles: paths.length, totalBytes: sizes.reduce((a, b) => a + b, 0), rows: 0 };
  const reports: FileReport[] = [];
  for (const [i, path] of paths.entries()) {
    options.onProgress?.({ ...progress, current: path });
    const report = await importFile(store, path, resolved);
    reports.push(report);
    progress.files++;
    progress.bytes += sizes[i] ?? 0;
    progress.rows += report.read;
    options.onProgress?.({ ...progress, last: report });
  }
  return summarise(reports, (Date.now() - started) / 1000);
}
