/** What an import reports per file: counts that add up, and the first rejected rows with reasons. */
import type { DatasetFormat } from './layouts.js';

export interface RejectedRow {
  /** The input path (or `archive.zip!member`). */
  file: string;
  /** 1-based line (for JSON: the line the record starts on); absent when it could not be located. */
  line?: number;
  field?: string;
  reason: string;
  /** The start of the row as written. */
  text?: string;
}

export type FileOutcome = 'loaded' | 'unchanged' | 'failed';

export interface FileReport {
  path: string;
  /** Undefined when the format could not be told. */
  format?: DatasetFormat;
  outcome: FileOutcome;
  contentHash?: string;
  size: number;
  /** rows read = loaded + skipped + rejected. */
  read: number;
  loaded: number;
  /** Already in the store (same dataset id), so not loaded again. */
  skipped: number;
  rejected: number;
  /** The first rejected rows (see ImportOptions.maxRejectsReported). */
  rejects: RejectedRow[];
  /** Actor names or countries that could not be turned into codes (kept, with an empty code). */
  unresolvedActors: number;
  seconds: number;
  /** Why the file failed, or why it was not loaded again. */
  message?: string;
}

export interface ImportSummary {
  files: FileReport[];
  read: number;
  loaded: number;
  skipped: number;
  rejected: number;
  failed: number;
  seconds: number;
}

export function summarise(files: FileReport[], seconds: number): ImportSummary {
  const sum = (pick: (f: FileReport) => number): number => files.reduce((s, f) => s + pick(f), 0);
  return {
    files,
    read: sum((f) => f.read),
    loaded: sum((f) => f.loaded),
    skipped: sum((f) => f.skipped),
    rejected: sum((f) => f.rejected),
    failed: files.filter((f) => f.outcome === 'failed').length,
    seconds,
  };
}
