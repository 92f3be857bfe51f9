import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inTransaction } from './transaction.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeEach(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run('CREATE TABLE t (id VARCHAR PRIMARY KEY)');
});

afterEach(() => {
  connection.closeSync();
  instance.closeSync();
});

const ids = async (): Promise<unknown[]> =>
  (await connection.runAndReadAll('SELECT id FROM t ORDER BY id')).getRowObjectsJson().map((r) => r.id);

it('commits the work and returns what it gave', async () => {
  const result = await inTransaction(connection, async () => {
    await connection.run("INSERT INTO t VALUES ('a')");
    return 7;
  });
  expect(result).toBe(7);
  expect(await ids()).toEqual(['a']);
});

it('rolls back everything on a failure and rethrows that failure', async () => {
  await connection.run("INSERT INTO t VALUES ('taken')");
  const failed = inTransaction(connection, async () => {
    await connection.run("INSERT INTO t VALUES ('new')");
    await connection.run("INSERT INTO t VALUES ('taken')");
  });
  await expect(failed).rejects.toThrow(/Duplicate key/);
  expect(await ids()).toEqual(['taken']);
  // The connection is usable again: no transaction was left open.
  await inTransaction(connection, () => connection.run("INSERT INTO t VALUES ('after')"));
  expect(await ids()).toEqual(['after', 'taken']);
});

// Ending the transaction inside fn makes the helper's COMMIT fail, and the ROLLBACK after it.
const endedEarly = (): Promise<void> => connection.run('COMMIT').then(() => undefined);

it('reports a failed COMMIT, not the ROLLBACK that then fails too', async () => {
  await expect(inTransaction(connection, endedEarly)).rejects.toThrow(/cannot commit/);
});
