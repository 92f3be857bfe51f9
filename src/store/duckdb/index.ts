export { DuckDbStore, DEFAULT_DUCKDB_PATH } from './duckdb-store.js';
export type { OpenDuckDbOptions } from './duckdb-store.js';
export { SCHEMA_VERSION } from './schema.js';
export { EVENT_COLUMNS, EVENT_TABLE_COLUMNS } from './event-columns.js';
export type { StoredEvent } from './event-columns.js';
export type { Column } from './columns.js';
