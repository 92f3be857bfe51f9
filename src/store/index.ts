export type {
  ActorQuery, ActorSeen, DocumentDetail, DocumentQuery, DocumentSummary, DuckDbStoreOptions, EventQuery, EventSort, Page,
  PageQuery, QuoteQuery, SaveResult, Store, StoreOptions, StoreStats, StoredQuote, StoredSentence,
} from './store.js';
export { openStore, resolveDbPath } from './open-store.js';
export { DEFAULT_DUCKDB_PATH, DuckDbStore, EVENT_COLUMNS, SCHEMA_VERSION } from './duckdb/index.js';
export type { OpenDuckDbOptions } from './duckdb/index.js';
