/**
 * Schema creation and the version check. The version lives in `meta` so a file written by a
 * newer entente is refused instead of misread. Raising SCHEMA_VERSION means adding, here, the
 * migration that brings older files up to it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { StoreError } from '../../errors.js';
import type { Column } from './columns.js';
import { EVENT_TABLE_COLUMNS } from './event-columns.js';
import { DOCUMENT_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS } from './text-columns.js';
import { ANNOTATION_COLUMNS, SESSION_COLUMNS, USER_COLUMNS } from './account-columns.js';
import { EVENT_MENTION_COLUMNS, LEDGER_COLUMNS } from './dataset-columns.js';
import { inTransaction } from './transaction.js';

export const SCHEMA_VERSION = 1;

const TABLES: ReadonlyArray<readonly [string, readonly Column<never>[]]> = [
  ['documents', DOCUMENT_COLUMNS],
  ['sentences', SENTENCE_COLUMNS],
  ['quotes', QUOTE_COLUMNS],
  ['mentions', MENTION_COLUMNS],
  ['events', EVENT_TABLE_COLUMNS],
  ['users', USER_COLUMNS],
  ['sessions', SESSION_COLUMNS],
  ['annotations', ANNOTATION_COLUMNS],
  ['ledger', LEDGER_COLUMNS],
  ['event_mentions', EVENT_MENTION_COLUMNS],
];

function createTable(name: string, columns: readonly Column<never>[], ifNotExists = false): string {
  return `CREATE TABLE ${ifNotExists ? 'IF NOT EXISTS ' : ''}${name} (${columns.map((c) => `${c.name} ${c.sql}`).join(', ')})`;
}

/** A column an older file can gain with ALTER TABLE: DuckDB adds only columns without constraints. */
const addable = (c: Column<never>): boolean => !/NOT NULL|PRIMARY KEY|UNIQUE|CHECK/i.test(c.sql);

/**
 * The additive migration run on every writable open of a version-1 file: tables registered since
 * the file was made are created, and nullable columns added since then are appended, so stores
 * made by earlier builds keep working without raising the schema version.
 */
async function addMissing(connection: DuckDBConnection): Promise<void> {
  const reader = await connection.runAndReadAll(
    "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main'",
  );
  const present = new Set(reader.getRowObjectsJson().map((r) => `${String(r.table_name)}.${String(r.column_name)}`));
  const tables = new Set([...present].map((key) => key.slice(0, key.indexOf('.'))));
  for (const [name, columns] of TABLES) {
    if (!tables.has(name)) {
      await connection.run(createTable(name, columns, true));
      continue;
    }
    for (const c of columns) {
      if (present.has(`${name}.${c.name}`)) continue;
      if (!addable(c)) {
        throw new StoreError('STORE', `table ${name} lacks column ${c.name} (${c.sql}), which cannot be added to existing rows`, {
          hint: 're-create the store with this entente (ingest into a new --db file)',
          location: { field: `${name}.${c.name}` },
        });
      }
      await connection.run(`ALTER TABLE ${name} ADD COLUMN ${c.name} ${c.sql}`);
    }
  }
}

/**
 * Events have no index, not even on id. A unique ART index on VARCHAR ids made a 10-million-row
 * import spend ~11 s and ~1 GB building it at commit, more than the rest of the load; DuckDB scans
 * columns fast and skips row groups by their statistics instead (see event-ids.ts for lookups by
 * id). Ids stay unique because every writer checks them: saveCoded against stored ids
 * (write-coded.ts), imports against stored rows and among the rows a file adds (load-csv.ts).
 */
export const SCHEMA_DDL: readonly string[] = [
  'CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)',
  ...TABLES.map(([name, columns]) => createTable(name, columns)),
  `INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}')`,
];

/** Indexes earlier builds made on events (bulk imports renamed theirs while rebuilding it). */
const RETIRED_INDEXES = ['events_id', 'events_id_1'];

/** Drops them from a store made by an earlier build, so its imports run as fast as a new one's. */
async function dropRetiredIndexes(connection: DuckDBConnection): Promise<void> {
  const reader = await connection.runAndReadAll(
    "SELECT index_name FROM duckdb_indexes() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'events'",
  );
  for (const [name] of reader.getRows()) {
    if (typeof name === 'string' && RETIRED_INDEXES.includes(name)) await connection.run(`DROP INDEX ${name}`);
  }
}

async function tableNames(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll(
    "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'",
  );
  return reader.getRowObjectsJson().map((r) => String(r.table_name));
}

async function storedVersion(connection: DuckDBConnection, location: string): Promise<number> {
  const reader = await connection.runAndReadAll("SELECT value FROM meta WHERE key = 'schema_version'");
  const raw = reader.getRowObjectsJson()[0]?.value;
  const version = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(version) || version < 1) {
    throw new StoreError('STORE', `${location}: schema version ${JSON.stringify(raw ?? null)} is not a version number`, {
      hint: 'the file was changed outside entente; use another --db path',
      location: { file: location, field: 'meta.schema_version' },
    });
  }
  return version;
}

/** Creates the schema in an empty database; checks the version of an existing one. */
export async function ensureSchema(connection: DuckDBConnection, location: string, readOnly: boolean): Promise<void> {
  const tables = await tableNames(connection);
  if (!tables.includes('meta')) {
    if (tables.length > 0) {
      throw new StoreError('STORE', `${location} is a DuckDB database but not an entente store (tables: ${tables.join(', ')})`, {
        hint: 'point --db / ENTENTE_DB at a new file or an existing entente store',
        location: { file: location },
      });
    }
    if (readOnly) {
      throw new StoreError('STORE', `${location} holds no entente data yet and was opened read-only`, {
        hint: 'ingest something into it first, or open it writable',
        location: { file: location },
      });
    }
    await inTransaction(connection, async () => {
      for (const ddl of SCHEMA_DDL) await connection.run(ddl);
    });
    return;
  }
  const version = await storedVersion(connection, location);
  if (version > SCHEMA_VERSION) {
    throw new StoreError('STORE', `${location} was written with store schema ${version}; this entente reads up to schema ${SCHEMA_VERSION}`, {
      hint: 'upgrade entente to open this file, or point --db / ENTENTE_DB at another one',
      location: { file: location, field: 'meta.schema_version' },
    });
  }
  if (readOnly) return;
  await addMissing(connection);
  await dropRetiredIndexes(connection);
}
