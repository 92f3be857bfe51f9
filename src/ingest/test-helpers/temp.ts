import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { IngestItem } from '../item.js';
import type { Document } from '../../domain/index.js';
import type { InputError } from '../../errors.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/ingest');
export const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/demo');

/** A fresh temp folder removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function collect(items: AsyncIterable<IngestItem> | Iterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function docs(items: IngestItem[]): Document[] {
  return items.flatMap((i) => (i.kind === 'document' ? [i.document] : []));
}

export function errors(items: IngestItem[]): InputError[] {
  return items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));
}
