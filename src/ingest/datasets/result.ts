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

/** `not-dataset`: a file found in a directory whose content is no event dataset (a README, a GKG file). */
export type FileOutcome = 'loaded' | 'unchanged' | 'failed' | 'not-dataset';

/** What loading counts, for one part of a file and for the whole file alike. */
export interface RowCounts {
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
}

/** The counts of a file's parts as one, keeping the first `maxRejects` rejected rows. */
export function addCounts(parts: readonly RowCounts[], maxRejects: number): RowCounts {
  const sum = (pick: (r: RowCounts) => number): number => parts.reduce((s, r) => s + pick(r), 0);
  return {
    read: sum((r) => r.read), loaded: sum((r) => r.loaded), skipped: sum((r) => r.skipped), rejected: sum((r) => r.rejected),
    rejects: parts.flatMap((r) => r.rejects).slice(0, maxRejects),
    unresolvedActors: sum((r) => r.unresolvedActors),
  };
}

export interface FileReport extends RowCounts {
  path: string;
  /** Undefined when the format could not be told. */
  format?: DatasetFormat;
  outcome: FileOutcome;
  contentHash?: string;
  size: number;
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
  /** Files found in a directory and passed over because they hold no event dataset. */
  notDatasets: number;
  seconds: number;
}

export function summarise(files: FileReport[], seconds: number): ImportSummary {
  const { read, loaded, skipped, rejected } = addCounts(files, 0);
  return {
    files,
    read,
    loaded,
    skipped,
    rejected,
    failed: files.filter((f) => f.outcome === 'failed').length,
    notDatasets: files.filter((f) => f.outcome === 'not-dataset').length,
    seconds,
  };
}
