/** Exports of stored events: CSV, JSON Lines, Parquet, and GDELT 2.0 event rows. */
export { EXPORT_FORMATS, exportEvents } from './export.js';
export type { ExportFormat, ExportResult } from './export.js';
export { gdeltColumns } from './gdelt-columns.js';
