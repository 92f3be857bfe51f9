/**
 * The one place a DuckDB transaction is opened and closed, so every writer (and the store's own
 * reads) ends a failed unit of work the same way.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Runs `fn` between BEGIN TRANSACTION and COMMIT; on any failure rolls back and rethrows. */
export async function inTransaction<T>(connection: DuckDBConnection, fn: () => Promise<T>): Promise<T> {
  await connection.run('BEGIN TRANSACTION');
  try {
    const result = await fn();
    await connection.run('COMMIT');
    return result;
  } catch (error) {
    // A failed COMMIT has already ended the transaction, so this ROLLBACK then fails too ("no
    // transaction is active"); its error would hide the one worth reporting.
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
