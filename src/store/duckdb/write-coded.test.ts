/**
 * DuckDB keeps rows whose flush failed inside the appender and flushes them again when the
 * appender is closed or garbage-collected — into whatever transaction the connection is in then,
 * which silently loses that transaction's writes. This checks a failed append leaves nothing behind.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, it } from 'vitest';
import { column } from './columns.js';
import { append } from './write-coded.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const pause = (): Promise<void> => new Promise((done) => setTimeout(done, 50));

it('a failed append leaves no rows to be flushed into a later transaction', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE t (id VARCHAR PRIMARY KEY)');
  await connection.run("INSERT INTO t VALUES ('taken')");
  const columns = [column<string>('id', 'VARCHAR', (id) => id)];
  for (let round = 0; round < 3; round++) {
    await connection.run('BEGIN TRANSACTION');
    const failure = await append(connection, 't', columns, [`new-${round}`, 'taken']).then(() => 'saved', (e: unknown) => String(e));
    expect(failure).toMatch(/Duplicate key/);
    await connection.run('ROLLBACK');
    await connection.run('BEGIN TRANSACTION');
    for (let i = 0; i < 3; i++) {
      gc();
      await pause();
    }
    await connection.run(`INSERT INTO t VALUES ('later-${round}')`);
    await connection.run('COMMIT');
  }
  const reader = await connection.runAndReadAll('SELECT id FROM t ORDER BY id');
  expect(reader.getRowObjectsJson().map((r) => r.id)).toEqual(['later-0', 'later-1', 'later-2', 'taken']);
  connection.closeSync();
  instance.closeSync();
});
