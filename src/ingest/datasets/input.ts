/**
 * Opening an import file in one streaming pass: its sha256 (the ledger's idempotency key), its
 * size, its compression (by magic bytes, never the name), and per part (the file itself, or each
 * zip member) the first bytes and the number of non-empty lines. Zip members are streamed to a
 * temporary file DuckDB can read; gzip is left to DuckDB, which reads it natively.
 */
import { createHash } from 'node:crypto';
import { createReadStream, closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Unzip, UnzipInflate } from 'fflate';
import { InputError } from '../../errors.js';
import { reusedChunks } from './chunks.js';
import { HeadKeeper, LineCounter } from './lines.js';

export type Compression = 'none' | 'gzip' | 'zip';

/** What DuckDB reads: a plain or gzip file on disk. */
export interface InputPart {
  /** Path DuckDB opens. */
  file: string;
  /** Name for messages: the input path, or `input.zip!member.csv`. */
  label: string;
  gzip: boolean;
  /** First bytes, decompressed, for format detection. */
  head: string;
  /** Non-empty lines. */
  lines: number;
}

export interface PreparedInput {
  path: string;
  size: number;
  contentHash: string;
  compression: Compression;
  parts: InputPart[];
  /** Removes temporary member files. */
  cleanup(): void;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK = 1 << 20;

export function unreadable(path: string, error: unknown): InputError {
  const detail = error instanceof Error ? error.message : String(error);
  return new InputError('INPUT_UNREADABLE', `cannot read ${path}: ${detail}`, {
    hint: 'check the path and permissions', location: { file: path }, cause: error,
  });
}

async function sniffCompression(path: string): Promise<Compression> {
  const handle = await open(path, 'r');
  try {
    const magic = Buffer.alloc(4);
    const { bytesRead } = await handle.read(magic, 0, 4, 0);
    if (bytesRead >= 2 && magic[0] === 0x1f && magic[1] === 0x8b) return 'gzip';
    if (bytesRead === 4 && magic.readUInt32LE(0) === 0x04034b50) return 'zip';
    return 'none';
  } finally {
    await handle.close();
  }
}

/** Feeds a gunzip stream and collects what comes out, synchronously enough for one pass. */
function gunzipTap(onData: (chunk: Uint8Array) => void): { push(chunk: Uint8Array): Promise<void>; end(): Promise<void> } {
  const gunzip = createGunzip();
  gunzip.on('data', (d: Buffer) => onData(d));
  const done = new Promise<void>((resolve, reject) => {
    gunzip.on('end', resolve);
    gunzip.on('error', reject);
  });
  return {
    push: (chunk) => (gunzip.write(chunk) ? Promise.resolve() : new Promise((r) => gunzip.once('drain', () => r()))),
    end: () => {
      gunzip.end();
      return done;
    },
  };
}

class PartTally {
  readonly lines = new LineCounter();
  readonly head = new HeadKeeper(HEAD_BYTES);
  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
    this.head.push(chunk);
  }
}

/** Reads `path` once; throws an InputError when it cannot be read or a zip/gzip is damaged. */
export async function prepareInput(path: string): Promise<PreparedInput> {
  let size: number;
  let compression: Compression;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
    compression = await sniffCompression(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  const hash = createHash('sha256');
  const parts: InputPart[] = [];
  let tempDir: string | undefined;
  const cleanup = (): void => {
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    if (compression === 'none') {
      const tally = new PartTally();
      for await (const chunk of reusedChunks(path)) {
        hash.update(chunk);
        tally.push(chunk);
      }
      parts.push({ file: path, label: path, gzip: false, head: tally.head.text(), lines: tally.lines.end() });
      return { path, size, contentHash: hash.digest('hex'), compression, parts, cleanup };
    }
    const stream = createReadStream(path, { highWaterMark: CHUNK });
    if (compression === 'gzip') {
      const tally = new PartTally();
      const tap = gunzipTap((d) => tally.push(d));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        await tap.push(chunk);
      }
      await tap.end();
      parts.push({ file: path, label: path, gzip: true, head: tally.head.text(), lines: tally.lines.end() });
    } else {
      tempDir = mkdtempSync(join(tmpdir(), 'entente-import-'));
      await unzipParts(stream as AsyncIterable<Buffer>, path, tempDir, hash, parts);
    }
  } catch (error) {
    cleanup();
    if (error instanceof InputError) throw error;
    throw new InputError('INPUT_UNREADABLE', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      hint: compression === 'none' ? 'check the file' : `the ${compression} data looks damaged; download the file again`,
      location: { file: path },
      cause: error,
    });
  }
  return { path, size, contentHash: hash.digest('hex'), compression, parts, cleanup };
}

async function unzipParts(
  stream: AsyncIterable<Buffer>, path: string, dir: string, hash: ReturnType<typeof createHash>, parts: InputPart[],
): Promise<void> {
  let failure: unknown;
  let unfinished = 0;
  const unzip = new Unzip((member) => {
    if (member.name.endsWith('/')) return;
    unfinished++;
    const file = join(dir, `${parts.length}-${basename(member.name).replace(/[^\w.-]/g, '_')}`);
    const fd = openSync(file, 'w');
    const tally = new PartTally();
    member.ondata = (error, data, final) => {
      if (error) {
        failure ??= error;
        return;
      }
      writeSync(fd, data);
      tally.push(data);
      if (final) {
        unfinished--;
        closeSync(fd);
        parts.push({ file, label: `${path}!${member.name}`, gzip: false, head: tally.head.text(), lines: tally.lines.end() });
      }
    };
    member.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of stream) {
    hash.update(chunk);
    unzip.push(chunk);
    if (failure !== undefined) throw failure;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure !== undefined) throw failure;
  if (unfinished > 0) throw new Error('the archive ends in the middle of a member (truncated download?)');
  if (parts.length === 0) {
    throw new InputError('INPUT_EMPTY', `${path} is a zip archive with no files in it`, {
      hint: 'import the archive that holds the data file', location: { file: path },
    });
  }
}

/** The part's bytes again, decompressed (for locating rejected rows). */
export async function* partChunks(part: InputPart): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(part.file, { highWaterMark: CHUNK });
  if (!part.gzip) {
    yield* stream as AsyncIterable<Buffer>;
    return;
  }
  yield* stream.pipe(createGunzip()) as AsyncIterable<Buffer>;
}
