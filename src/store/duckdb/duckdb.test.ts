import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { StoreTarget } from '../contract.js';
import { storeContract } from '../contract.js';
import type { Store } from '../store.js';
import { DuckDbStore } from './duckdb-store.js';

storeContract('duckdb :memory:', async () => {
  const store = await DuckDbStore.open({ path: ':memory:' });
  return { store, dispose: () => store.close() };
});

async function setSchemaVersion(path: string, version: number): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  try {
    const connection = await instance.connect();
    await connection.run("UPDATE meta SET value = $1 WHERE key = 'schema_version'", [String(version)]);
    connection.closeSync();
  } finally {
    instance.closeSync();
  }
}

storeContract('duckdb file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
  const path = join(dir, 'test.duckdb');
  let current: Store = await DuckDbStore.open({ path });
  const target: StoreTarget = {
    store: current,
    reopen: async () => {
      await current.close();
      current = await DuckDbStore.open({ path });
      return current;
    },
    reopenWithSchemaVersion: async (version) => {
      await current.close();
      await setSchemaVersion(path, version);
      current = await DuckDbStore.open({ path });
      return current;
    },
    dispose: async () => {
      await current.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return target;
});
