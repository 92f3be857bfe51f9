/** Helpers for the dataset import tests: a temp folder, a fresh in-memory store, file lines. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { DuckDbStore } from '../../../store/index.js';
import { importFiles } from '../import.js';
import type { FileReport } from '../result.js';

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-datasets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function openMemoryStore(): Promise<DuckDbStore> {
  return DuckDbStore.open({ path: ':memory:' });
}

/** Non-empty lines of a text file. */
export function fileLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
}

/** Imports one file into `store` and returns its report. */
export async function importOne(store: DuckDbStore, path: string): Promise<FileReport> {
  const summary = await importFiles(store, [path], { memoryLimit: null });
  const report = summary.files[0];
  if (!report) throw new Error('no report');
  return report;
}
