import { Option } from 'commander';
import type { Command } from 'commander';
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import type { Store } from '../store/index.js';
import { DuckDbStore, openStore, resolveDbPath } from '../store/index.js';
import type { CliIO, ExitCode } from './io.js';

/** What every command receives: the outside world and a way to report a non-zero outcome. */
export interface CommandContext {
  io: CliIO;
  /** Records the exit code; the worst one set wins. */
  exit(code: ExitCode): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** Opens the store named by `--db` / ENTENTE_DB, runs `body`, and always closes it. */
export async function withStore<T>(ctx: CommandContext, db: string | undefined, readOnly: boolean, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ kind: 'duckdb', path: resolveDbPath(db, ctx.io.env), readOnly });
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** `--db`, spread into each store command's flags: one schema and one help text, so none drifts. */
export const DbFlag = { db: z.string().optional() };
export const dbOption = (): Option => new Option('--db <path>', 'store file (default ./entente.duckdb or $ENTENTE_DB)');

/** For commands on tables outside the Store interface (imports, exports, the ledger). */
export function requireDuckDb(store: Store, doing: string): DuckDbStore {
  if (!(store instanceof DuckDbStore)) {
    throw new ValidationError('VALIDATION', `${doing} needs a DuckDB store, not ${store.kind}`, { location: { field: '--db' } });
  }
  return store;
}
