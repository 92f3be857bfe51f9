/** Picks the Store implementation from the options; the CLI and server open stores only here. */
import { ValidationError } from '../errors.js';
import { DEFAULT_DUCKDB_PATH, DuckDbStore } from './duckdb/index.js';
import type { Store, StoreOptions } from './store.js';

export async function openStore(options: StoreOptions): Promise<Store> {
  switch (options.kind) {
    case 'duckdb':
      return DuckDbStore.open({ path: options.path ?? DEFAULT_DUCKDB_PATH, readOnly: options.readOnly === true });
    default:
      throw new ValidationError('VALIDATION', `unknown store kind ${JSON.stringify((options as { kind: unknown }).kind)}`, {
        hint: 'use kind "duckdb"',
        location: { field: 'kind' },
      });
  }
}

/** The DuckDB path from `--db`, else the ENTENTE_DB variable, else `./entente.duckdb`. */
export function resolveDbPath(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  if (flag !== undefined && flag !== '') return flag;
  const fromEnv = env.ENTENTE_DB;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_DUCKDB_PATH;
}
