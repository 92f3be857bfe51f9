import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountContract } from '../contract-accounts.js';
import { openAccounts } from '../open-accounts.js';
import { DuckDbStore } from './duckdb-store.js';

accountContract('duckdb :memory:', async () => {
  const store = await DuckDbStore.open({ path: ':memory:' });
  return { accounts: openAccounts(store), dispose: () => store.close() };
});

describe('accounts in a DuckDB file', () => {
  it('outlive the store and are refused on a read-only open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-accounts-'));
    const path = join(dir, 'a.duckdb');
    try {
      const store = await DuckDbStore.open({ path });
      await openAccounts(store).createUser({ id: 'u1', email: 'a@example.org', name: 'A', passwordHash: 'h' }, '2025-01-01T00:00:00.000Z');
      await store.close();
      const reader = await DuckDbStore.open({ path, readOnly: true });
      await expect(openAccounts(reader).user('u1')).rejects.toThrow(/read-only/);
      await reader.close();
      const again = await DuckDbStore.open({ path });
      expect((await openAccounts(again).user('u1'))?.email).toBe('a@example.org');
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
