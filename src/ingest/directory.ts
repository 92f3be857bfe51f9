import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../errors.js';

/** A path to read, or the reason it cannot be read. */
export type Found =
  /** `walked`: found in a directory rather than named. */
  | { kind: 'file'; path: string; size: number; walked: boolean }
  | { kind: 'error'; error: InputError };

export function unreadable(path: string, reason: unknown): InputError {
  const err = reason as NodeJS.ErrnoException;
  const why = err?.code ? `${err.code}: ${osReason(err)}` : String(reason);
  return new InputError('INPUT_UNREADABLE', `cannot read (${why})`, {
    location: { file: path },
    hint: 'check the path exists and is readable',
    cause: reason,
  });
}

function osReason(err: NodeJS.ErrnoException): string {
  const messages: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a path component is not a directory',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
  };
  return (err.code && messages[err.code]) ?? err.message;
}

/**
 * Dot files and folders (.git, .DS_Store) are tooling, and a folder's README / LICENSE describe
 * the corpus rather than belong to it; a walk skips both. Named explicitly, they are still read.
 */
export function skippedInWalk(name: string): boolean {
  return name.startsWith('.') || /^(?:readme|licen[cs]e|changelog|copying|notice)(?:\.[\w-]+)?$/i.test(name);
}

/**
 * Files under the given paths, depth first in name order (so runs are reproducible); directories
 * are walked recursively, skipping dot entries and README/LICENSE; each directory is entered once.
 */
export async function* findFiles(paths: string[]): AsyncGenerator<Found> {
  const visited = new Set<string>();
  async function* visit(path: string, explicit: boolean): AsyncGenerator<Found> {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield { kind: 'error', error: unreadable(path, e) };
      return;
    }
    if (info.isFile()) {
      yield { kind: 'file', path, size: info.size, walked: !explicit };
      return;
    }
    if (!info.isDirectory()) {
      yield {
        kind: 'error',
        error: new InputError('INPUT_UNREADABLE', 'cannot read (not a regular file or directory: a pipe, socket or device)', {
          location: { file: path },
          hint: 'copy the data into a file first',
        }),
      };
      return;
    }
    let entries: string[];
    try {
      const real = await realpath(path);
      if (visited.has(real)) return;
      visited.add(real);
      entries = (await readdir(path)).sort();
    } catch (e) {
      yield { kind: 'error', error: unreadable(path, e) };
      return;
    }
    for (const name of entries) {
      if (skippedInWalk(name)) continue;
      yield* visit(join(path, name), false);
    }
    if (explicit && entries.every(skippedInWalk)) {
      yield {
        kind: 'error',
        error: new InputError('INPUT_EMPTY', 'directory has no files to read', { location: { file: path }, hint: `nothing under ${basename(path)} but dot files and README/LICENSE files` }),
      };
    }
  }
  for (const p of paths) yield* visit(p, true);
}
