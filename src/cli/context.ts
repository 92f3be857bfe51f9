import type { Command } from 'commander';
import type { Store } from '../store/index.js';
import { openStore, resolveDbPath } from '../store/index.js';
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
