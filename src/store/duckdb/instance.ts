/**
 * Opening DuckDB files. DuckDB must not attach one file twice in a process (two instances would
 * each believe they own it), so instances are shared per path and closed with the last user.
 * DuckDB's own open errors are turned into StoreErrors that name the file and say what to do.
 */
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreError } from '../../errors.js';

interface Shared {
  ready: Promise<DuckDBInstance>;
  refs: number;
  readOnly: boolean;
  /** The last queued write: stores sharing a file write one at a time, like one store does. */
  writes: Promise<unknown>;
}

const shared = new Map<string, Shared>();

export interface InstanceHandle {
  instance: DuckDBInstance;
  /** Runs `fn` after every write already queued on this file, from any store. */
  serialize<T>(fn: () => Promise<T>): Promise<T>;
  /** Drops this user; the file is closed (and unlocked) when the last one releases. */
  release(): Promise<void>;
}

function serializer(entry: { writes: Promise<unknown> }): InstanceHandle['serialize'] {
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = entry.writes.then(fn);
    entry.writes = run.catch(() => undefined);
    return run;
  };
}

const OPEN_ERRORS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/not a valid DuckDB database/i, 'is not a DuckDB database', 'point --db / ENTENTE_DB at an entente store or at a new file'],
  [/Could not set lock|Conflicting lock/i, 'is locked by another process (DuckDB allows one writer at a time)', 'stop the other entente process using it (server, ingest), or wait for it to finish'],
  [/does not exist/i, 'does not exist', 'check the path; a read-only open needs an existing store'],
  [/No such file|Is a directory|Permission denied|Read-only file system/i, 'cannot be opened', 'check that the path is a writable file in an existing directory'],
];

export function openError(path: string, error: unknown): StoreError {
  const detail = error instanceof Error ? error.message : String(error);
  const known = OPEN_ERRORS.find(([pattern]) => pattern.test(detail));
  const what = known?.[1] ?? 'could not be opened';
  return new StoreError('STORE', `store file ${path} ${what}: ${detail}`, {
    hint: known?.[2] ?? 'check the path and that no other program is using the file',
    location: { file: path },
    cause: error,
  });
}

async function create(path: string, readOnly: boolean): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    throw openError(path, error);
  }
}

export async function acquireInstance(path: string, readOnly: boolean): Promise<InstanceHandle> {
  if (path === ':memory:') {
    const instance = await create(path, readOnly);
    return { instance, serialize: serializer({ writes: Promise.resolve() }), release: async () => instance.closeSync() };
  }
  const key = resolve(path);
  let entry = shared.get(key);
  if (entry && entry.readOnly && !readOnly) {
    throw new StoreError('STORE', `store file ${path} is already open read-only in this process`, {
      hint: 'close the read-only store before opening it for writing',
      location: { file: path },
    });
  }
  if (!entry) {
    entry = { ready: create(path, readOnly), refs: 0, readOnly, writes: Promise.resolve() };
    shared.set(key, entry);
  }
  const current = entry;
  current.refs += 1;
  let instance: DuckDBInstance;
  try {
    instance = await current.ready;
  } catch (error) {
    if (--current.refs === 0 && shared.get(key) === current) shared.delete(key);
    throw error;
  }
  let released = false;
  return {
    instance,
    serialize: serializer(current),
    release: async () => {
      if (released) return;
      released = true;
      current.refs -= 1;
      if (current.refs === 0) {
        shared.delete(key);
        instance.closeSync();
      }
    },
  };
}
