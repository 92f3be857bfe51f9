/**
 * The DuckDB Store. Writes go through one connection, one at a time per file (a transaction per
 * saveCoded); each read takes its own short-lived connection, so reads never see a half-done
 * batch and can run alongside a write.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CodedDocument, Event } from '../../domain/index.js';
import { EntenteError, StoreError } from '../../errors.js';
import type {
  ActorQuery, ActorSeen, AnalysisEventQuery, DocumentDetail, DocumentQuery, DocumentSummary, DyadBucketsQuery, DyadDates,
  DyadDatesQuery, EventQuery, Page, QuoteQuery, SaveResult, Store, StoreStats, StoredQuote,
} from '../store.js';
import type { AnalysisEvent, DyadBuckets, DyadChangeOptions, DyadRanking } from '../../analysis/index.js';
import type { InstanceHandle } from './instance.js';
import { acquireInstance } from './instance.js';
import { readDocument, readDocuments } from './read-documents.js';
import { readEvent, readEvents } from './read-events.js';
import { readQuotes } from './read-quotes.js';
import { readActorsSeen, readStats } from './read-summary.js';
import { readDyadBuckets } from './read-dyad-buckets.js';
import { readDyadDates } from './read-dyad-dates.js';
import { readTopDyadChanges } from './read-dyad-changes.js';
import { refreshDomainTable } from './read-dyad-domains.js';
import { readAnalysisEvents } from './read-dyad-events.js';
import { analyticsSql } from './read-dyad-sql.js';
import { analyticsCurrent, markEventsChanged, refreshAnalytics } from './read-dyad-tables.js';
import { ensureSchema } from './schema.js';
import { inTransaction } from './transaction.js';
import { writeCoded } from './write-coded.js';

export const DEFAULT_DUCKDB_PATH = './entente.duckdb';

export interface OpenDuckDbOptions {
  path?: string;
  readOnly?: boolean;
}

export class DuckDbStore implements Store {
  readonly kind = 'duckdb';
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(
    readonly location: string,
    readonly readOnly: boolean,
    private readonly handle: InstanceHandle,
    private readonly writer: DuckDBConnection,
  ) {}

  static async open(options: OpenDuckDbOptions = {}): Promise<DuckDbStore> {
    const location = options.path ?? DEFAULT_DUCKDB_PATH;
    const readOnly = options.readOnly === true;
    const handle = await acquireInstance(location, readOnly);
    try {
      const writer = await handle.instance.connect();
      try {
        await ensureSchema(writer, location, readOnly);
        if (!readOnly) await refreshDomainTable(writer);
      } catch (error) {
        writer.closeSync();
        throw error;
      }
      return new DuckDbStore(location, readOnly, handle, writer);
    } catch (error) {
      await handle.release();
      throw wrap(location, 'open', error);
    }
  }

  /**
   * Runs `fn` on the write connection, after earlier writes and before later ones. For other
   * writers inside the store area (bulk imports): `fn` manages its own transaction. Unless told
   * `events: false`, the write is taken to touch events, which outdates the analytics tables.
   */
  exclusive<T>(fn: (connection: DuckDBConnection) => Promise<T>, options: { events?: boolean } = {}): Promise<T> {
    if (this.closed) return Promise.reject(this.closedError());
    if (this.readOnly) {
      return Promise.reject(new StoreError('STORE', `${this.location} was opened read-only; nothing can be saved`, {
        hint: 'open the store without readOnly to write',
        location: { file: this.location },
      }));
    }
    const write = options.events === false ? () => fn(this.writer) : async () => {
      let result: T;
      try {
        result = await fn(this.writer);
      } catch (error) {
        // fn may have committed part of its work; its own error is the one to report.
        await markEventsChanged(this.writer).catch(() => undefined);
        throw error;
      }
      await markEventsChanged(this.writer);
      return result;
    };
    const run = this.handle.serialize(write);
    return this.track(run.catch((error: unknown) => Promise.reject(wrap(this.location, 'write', error))));
  }

  saveCoded(batch: readonly CodedDocument[]): Promise<SaveResult> {
    return this.exclusive((connection) => writeCoded(connection, this.location, batch));
  }

  events(query: EventQuery = {}): Promise<Page<Event>> {
    return this.read((c) => readEvents(c, query));
  }

  event(id: string): Promise<Event | undefined> {
    return this.read((c) => readEvent(c, id));
  }

  documents(query: DocumentQuery = {}): Promise<Page<DocumentSummary>> {
    return this.read((c) => readDocuments(c, query));
  }

  document(id: string): Promise<DocumentDetail | undefined> {
    return this.read((c) => readDocument(c, id));
  }

  quotes(query: QuoteQuery = {}): Promise<Page<StoredQuote>> {
    return this.read((c) => readQuotes(c, query));
  }

  actorsSeen(query: ActorQuery = {}): Promise<ActorSeen[]> {
    return this.read((c) => readActorsSeen(c, query));
  }

  stats(): Promise<StoreStats> {
    return this.read((c) => readStats(c));
  }

  /**
   * Runs `fn` on its own read connection, in a transaction (a consistent snapshot). For readers
   * of tables outside the Store interface: the import ledger, exports, mention counts.
   */
  readWith<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.read(fn);
  }

  /**
   * Rebuilds the analytics tables if events changed since they were built (seconds for millions of
   * events). Dyad queries on a writable store do it themselves; a bulk import may call it at its
   * end so the first query does not wait. Returns whether anything was rebuilt.
   */
  refreshAnalytics(): Promise<boolean> {
    return this.exclusive(async (c) => refreshAnalytics(c, await analyticsSql(c)), { events: false });
  }

  async dyadBuckets(query: DyadBucketsQuery): Promise<DyadBuckets> {
    // The tables are checked once, in the read that answers, so a current store answers alongside
    // writes instead of behind them. Outdated tables are passed over by a read-only store (the
    // events themselves answer, slower) and rebuilt by a writable one, which then reads again.
    const answer = await this.read(async (c) => {
      const current = await analyticsCurrent(c);
      return current || this.readOnly ? readDyadBuckets(c, await analyticsSql(c), query, current) : undefined;
    });
    if (answer) return answer;
    await this.refreshAnalytics();
    return this.read(async (c) => readDyadBuckets(c, await analyticsSql(c), query, await analyticsCurrent(c)));
  }

  dyadDates(query: DyadDatesQuery): Promise<DyadDates> {
    // Outdated tables are not rebuilt for this: the events answer, and the next dyadBuckets rebuilds.
    return this.read(async (c) => readDyadDates(c, query, await analyticsCurrent(c)));
  }

  topDyadChanges(query: DyadChangeOptions): Promise<DyadRanking> {
    return this.read((c) => readTopDyadChanges(c, query));
  }

  analysisEvents(query: AnalysisEventQuery): Promise<AnalysisEvent[]> {
    return this.read(async (c) => readAnalysisEvents(c, await analyticsSql(c), query));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.pending]);
    this.writer.closeSync();
    await this.handle.release();
  }

  private closedError(): StoreError {
    return new StoreError('STORE', `store ${this.location} is closed`, { hint: 'open it again with openStore', location: { file: this.location } });
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const forget = (): void => void this.pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** One connection per read, in a transaction so a total and its page see the same data. */
  private read<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(this.closedError());
    const run = async (): Promise<T> => {
      const connection = await this.handle.instance.connect();
      try {
        return await inTransaction(connection, () => fn(connection));
      } catch (error) {
        throw wrap(this.location, 'read', error);
      } finally {
        connection.closeSync();
      }
    };
    return this.track(run());
  }
}

function wrap(location: string, action: string, error: unknown): EntenteError {
  if (error instanceof EntenteError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('STORE', `${location}: ${action} failed: ${detail}`, {
    hint: 'if this repeats, the store file may be damaged; re-ingest into a new file',
    location: { file: location },
    cause: error,
  });
}
