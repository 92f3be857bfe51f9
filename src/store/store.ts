/**
 * The Store: where coded documents and events live once coding is done, and what analysis,
 * reports and the server read. Every implementation (DuckDB now, ClickHouse later) passes the
 * same contract suite (contract.ts), so callers depend on this file only.
 */
import type { ActorMention, CodedDocument, Document, Dyad, Event, QuadClass, Quote, Sentence } from '../domain/index.js';
import type {
  ActorMatch, AggregateOptions, AnalysisEvent, DyadBuckets, DyadChangeOptions, DyadRanking,
} from '../analysis/index.js';

/** Counts from one `saveCoded` call. `skipped`: documents whose contentHash was already stored. */
export interface SaveResult {
  documents: number;
  skipped: number;
  sentences: number;
  events: number;
  quotes: number;
  mentions: number;
}

/** One page of a listing, with the total that matched the filters. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageQuery {
  /** Default 100. 0 returns only the total. */
  limit?: number;
  offset?: number;
}

export type EventSort = 'date-asc' | 'date-desc' | 'goldstein-asc' | 'goldstein-desc';

/**
 * Filters combine with AND. Actor filters match a code prefix ("RUS" matches RUS, RUSGOV,
 * RUSMIL), because analysts study states with all their organs; `exactActors` turns that off.
 * An empty actor string matches only the empty code (side unknown).
 */
export interface EventQuery extends PageQuery {
  source?: string;
  target?: string;
  /** Either side. */
  actor?: string;
  /** Events between a and b, in either direction. */
  dyad?: Dyad;
  exactActors?: boolean;
  /** CAMEO code prefix: "04" matches 04, 040, 042, 0431. */
  code?: string;
  quad?: QuadClass | QuadClass[];
  plover?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** Events saved with this document (their evidence, when they have it, points at it too). */
  docId?: string;
  dataset?: string;
  /** Every whitespace-separated term must occur in the evidence sentence (case-insensitive). */
  text?: string;
  minConfidence?: number;
  /** Default 'date-asc'; ties break on id so pages are stable. */
  sort?: EventSort;
  /** Default true. False when only the page matters (the first or last match): the matches are
   * not counted, and `total` is offset + the page's length. */
  countTotal?: boolean;
}

/** Filters over documents; dates are the publication date, inclusive. */
export interface DocumentQuery extends PageQuery {
  /** Default 'date-desc' (newest first); undated documents come last, ties break on id. */
  sort?: 'date-asc' | 'date-desc';
  source?: string;
  from?: string;
  to?: string;
  /** Case-insensitive substring of the title. */
  title?: string;
}

export interface DocumentSummary {
  id: string;
  contentHash: string;
  format: Document['format'];
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  sentences: number;
  events: number;
  quotes: number;
}

/** Sentences keep what evidence display needs; tokens and date mentions are not stored. */
export type StoredSentence = Pick<Sentence, 'index' | 'start' | 'end' | 'text'>;

export interface DocumentDetail {
  document: Document;
  sentences: StoredSentence[];
  quotes: Quote[];
  actors: ActorMention[];
  events: number;
}

export interface QuoteQuery extends PageQuery {
  /** Exact speaker code. */
  speakerCode?: string;
  /** Speaker code prefix, as for events ("IRN" matches IRNGOV). */
  actor?: string;
  docId?: string;
}

/** A quote with the document it came from; listed by document date, then position. */
export interface StoredQuote extends Quote {
  docId: string;
  docDate?: string;
}

export interface ActorQuery {
  /** Code prefix, for type-ahead search. */
  prefix?: string;
  /** Default 1000. */
  limit?: number;
}

/** An actor code seen in events, most frequent first. `name`: its most frequent name, if any. */
export interface ActorSeen {
  code: string;
  name?: string;
  events: number;
  asSource: number;
  asTarget: number;
}

export interface StoreStats {
  documents: number;
  sentences: number;
  events: number;
  quotes: number;
  mentions: number;
  /** Earliest and latest event dates; absent when there are no events. */
  firstDate?: string;
  lastDate?: string;
}

/**
 * A dyad's period buckets aggregated by the store, with the figures `aggregateDyad` gives on the
 * same events. Unlike `aggregateDyad`, event ids are off by default (a large dyad has hundreds of
 * thousands); when asked for, each period lists them by date, then id.
 */
export interface DyadBucketsQuery extends Omit<AggregateOptions, 'eventIds'> {
  eventIds?: boolean;
}

/** A dyad's events either way, negated ones included (they are part of its record), matched as
 * `match` says (default `prefix`), within an optional inclusive window. */
export interface DyadDatesQuery {
  dyad: Dyad;
  match?: ActorMatch;
  from?: string;
  to?: string;
}

/** The first and last dates of those events; both absent when there are none. */
export interface DyadDates {
  first?: string;
  last?: string;
}

/**
 * Event rows for the event-level analyses (alignment, triads, requests), filtered in the store.
 * Filters combine with AND; `actors` keeps events with any of them on either side, `dyad` events
 * between a and b either way. Actors match as `match` says (default `prefix`).
 */
export interface AnalysisEventQuery {
  actors?: string[];
  dyad?: Dyad;
  /** CAMEO roots ("02", "07"). */
  roots?: string[];
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  match?: ActorMatch;
  /** Default true: negated events are evidence of non-delivery, so they are returned flagged. */
  includeNegated?: boolean;
  /** More matching rows than this is an error naming the count, not a silent cut. Default 2,000,000. */
  maxRows?: number;
}

export interface Store {
  readonly kind: string;
  /** Where the data lives (file path, ':memory:', URL), for messages. */
  readonly location: string;
  readonly readOnly: boolean;
  /** Atomic per call: everything is written or nothing is. Documents already stored are skipped. */
  saveCoded(batch: readonly CodedDocument[]): Promise<SaveResult>;
  events(query?: EventQuery): Promise<Page<Event>>;
  event(id: string): Promise<Event | undefined>;
  documents(query?: DocumentQuery): Promise<Page<DocumentSummary>>;
  document(id: string): Promise<DocumentDetail | undefined>;
  quotes(query?: QuoteQuery): Promise<Page<StoredQuote>>;
  actorsSeen(query?: ActorQuery): Promise<ActorSeen[]>;
  stats(): Promise<StoreStats>;
  /** A dyad's zero-filled period buckets, aggregated in the store (see analysis' `aggregateDyad`). */
  dyadBuckets(query: DyadBucketsQuery): Promise<DyadBuckets>;
  /** The first and last dates of a dyad's events: what a default window is built from, without
   * sorting or reading the events. */
  dyadDates(query: DyadDatesQuery): Promise<DyadDates>;
  /** Dyads ranked by activity and by change in net cooperation against the previous equal window
   * (see analysis' `dyadChanges`). */
  topDyadChanges(query: DyadChangeOptions): Promise<DyadRanking>;
  /** Event rows for analysis, ordered by date then id; `domain` from the model's CAMEO domains. */
  analysisEvents(query: AnalysisEventQuery): Promise<AnalysisEvent[]>;
  /** Releases the file (and its lock). Further calls fail with a StoreError. */
  close(): Promise<void>;
}

export interface DuckDbStoreOptions {
  kind: 'duckdb';
  /** File path or ':memory:'. Default `./entente.duckdb`. */
  path?: string;
  /** Open without writing: several processes may read one file this way. */
  readOnly?: boolean;
}

export type StoreOptions = DuckDbStoreOptions;
