export type {
  ActorQuery, ActorSeen, DocumentDetail, DocumentQuery, DocumentSummary, DuckDbStoreOptions, EventQuery, EventSort, Page,
  PageQuery, QuoteQuery, SaveResult, Store, StoreOptions, StoreStats, StoredQuote, StoredSentence,
} from './store.js';
export type { AnalysisEventQuery, DyadBucketsQuery, DyadDates, DyadDatesQuery } from './store.js';
export { analysisDomain, UNKNOWN_DOMAIN } from './analysis-domain.js';
export { openStore, resolveDbPath } from './open-store.js';
export { DEFAULT_DUCKDB_PATH, DuckDbStore, EVENT_COLUMNS, SCHEMA_VERSION } from './duckdb/index.js';
export type { OpenDuckDbOptions } from './duckdb/index.js';
export type {
  AccountStore, Annotation, AnnotationKind, AnnotationPatch, AnnotationQuery, AnnotationStore, AnnotationTarget, Correction,
  NewAnnotation, NewUser, Session, User, UserWithSecret,
} from './accounts.js';
export { openAccounts } from './open-accounts.js';
export type { AccountsAndAnnotations } from './open-accounts.js';
export { Conditions, EVENT_TABLE_COLUMNS, LEDGER_COLUMNS, eventConditions, inTransaction } from './duckdb/index.js';
export type { LedgerEntry, LedgerStatus, StoredMention } from './duckdb/index.js';
