/**
 * Event datasets into the store: GDELT 1.0 / 2.0 events and mentions, ICEWS, POLECAT and PLOVER
 * JSON, plain, gzip or zip, told apart by content and loaded through DuckDB's native reader.
 */
export { importFiles } from './import.js';
export type { ImportOptions, ImportProgress } from './import.js';
export { detectDataset } from './detect.js';
export type { Detected } from './detect.js';
export type { DatasetFormat } from './layouts.js';
export { GDELT2_EVENTS, GDELT2_MENTIONS, GDELT1_DAILY, GDELT1_HISTORICAL, ICEWS, POLECAT, names as layoutNames } from './layouts.js';
export type { Layout } from './layouts.js';
export type { FileReport, FileOutcome, ImportSummary, RejectedRow } from './result.js';
export { normaliseActor, countryCode, iso3Of } from './actors.js';
export { roleOfSectors } from './sectors.js';
export { cameoOfPlover } from './plover-cameo.js';
export { iso3OfFips } from './lookups.js';
export { mentionCounts } from './mention-counts.js';
export type { MentionCounts } from './mention-counts.js';
