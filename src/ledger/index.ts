/**
 * The completeness ledger: every ingested or imported file (path, content hash, size, dataset,
 * rows read / loaded / rejected, times), and the gaps in what was loaded.
 */
export { findLedgerEntry, listLedger, recordLedgerEntry, writeLedgerEntry } from './ledger.js';
export type { LedgerQuery } from './ledger.js';
export { fileLedgerEntry } from './file-entry.js';
export type { FileCounts } from './file-entry.js';
export { fileTimeFromName, gdeltTimestamp, missingDays, missingSlots } from './gaps.js';
export type { Gap } from './gaps.js';
export { FIFTEEN_MINUTE_DATASETS, ledgerReport } from './report.js';
export type { DatasetGaps, LedgerReport } from './report.js';
export type { LedgerEntry, LedgerStatus } from '../store/index.js';
export { storeCoverage, windowCoverage } from './coverage.js';
export type { WindowCoverage } from './coverage.js';
export { describeCoverage } from './coverage-words.js';
export type { FeedCoverage } from './coverage-words.js';
