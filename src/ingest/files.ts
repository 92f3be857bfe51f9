import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { binaryError, looksBinary, sniffEncoding } from './decode.js';
import { sniff } from './detect.js';
import { unreadable } from './directory.js';
import { readBytes, tooLarge } from './dispatch.js';
import { errorItem } from './item.js';
import type { IngestItem } from './item.js';
import { readJsonlStream } from './jsonl.js';
import type { ResolvedOptions } from './options.js';

/** Enough bytes to tell the format and see binary content. */
const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readWhole(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * One file. UTF-8 JSONL is streamed whatever its size; every other format is read whole,
 * so it must fit under the size limit.
 */
export async function* readFile(path: string, size: number, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  let head: Uint8Array;
  try {
    head = await readHead(path);
  } catch (e) {
    yield errorItem(unreadable(path, e));
    return;
  }
  const { encoding, bomLength } = sniffEncoding(head);
  const body = head.subarray(bomLength);
  if (encoding === 'utf-8' && sniff(new TextDecoder('utf-8').decode(body.subarray(0, 8192))) === 'jsonl') {
    if (looksBinary(body)) {
      yield errorItem(binaryError(path));
      return;
    }
    try {
      yield* readJsonlStream(createReadStream(path, { highWaterMark: HEAD_BYTES }), path, options);
    } catch (e) {
      // A read failing mid-stream (disk error, file removed) ends this file only.
      if (typeof (e as NodeJS.ErrnoException)?.code !== 'string') throw e;
      yield errorItem(unreadable(path, e));
    }
    return;
  }
  if (size > options.maxFileBytes) {
    yield errorItem(tooLarge(path, size, options.maxFileBytes));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readWhole(path);
  } catch (e) {
    yield errorItem(unreadable(path, e));
    return;
  }
  yield* readBytes(bytes, path, options);
}
