/**
 * The events id index during big loads. Inserting millions of rows into DuckDB's ART index one
 * by one is several times slower than building it once over the finished table, so a load that
 * is large next to what is stored drops the index, inserts, and builds it again — in the same
 * transaction, so a failure (a duplicate id) rolls the drop back too.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Below this many incoming rows the index stays: rebuilding costs more than inserting. */
const MIN_ROWS = 200_000;

async function storedEvents(connection: DuckDBConnection): Promise<number> {
  // The estimate is enough to choose a strategy, and free where count(*) would scan.
  const reader = await connection.runAndReadAll(
    "SELECT estimated_size FROM duckdb_tables() WHERE table_name = 'events' AND schema_name = 'main' AND database_name = current_database()",
  );
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** The id index's current name: DuckDB cannot re-create a dropped name in the same transaction,
 * so each rebuild alternates between two names. */
async function indexName(connection: DuckDBConnection): Promise<string | undefined> {
  const reader = await connection.runAndReadAll(
    "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events' AND index_name LIKE 'events_id%' AND database_name = current_database()",
  );
  const name = reader.getRows()[0]?.[0];
  return typeof name === 'string' ? name : undefined;
}

export async function withEventIndexDropped<T>(connection: DuckDBConnection, incoming: number, fn: () => Promise<T>): Promise<T> {
  if (incoming < MIN_ROWS || incoming * 2 < (await storedEvents(connection))) return fn();
  const current = await indexName(connection);
  if (current === undefined) return fn();
  await connection.run(`DROP INDEX ${current}`);
  const result = await fn();
  await connection.run(`CREATE UNIQUE INDEX ${current === 'events_id' ? 'events_id_1' : 'events_id'} ON events (id)`);
  return result;
}
