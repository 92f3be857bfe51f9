/**
 * Golden cases of the brief: `test/fixtures/<case>/input.json` says what to ingest (files from
 * ../shared or from the repo) and what to brief; `brief.html`, `brief.md` and `brief.json` beside
 * it are the pinned outputs. They are rewritten only when UPDATE_GOLDEN=1 is set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { sharedPath } from '../../../test/shared.js';
import { buildBrief } from '../build/index.js';
import type { Brief, BriefRequest } from '../types.js';
import { storeFromFiles } from './pipeline.js';
import type { PipelineRun } from './pipeline.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

export interface GoldenInput {
  shared?: string[];
  repo?: string[];
  ingest: { date?: string };
  request: BriefRequest;
}

export function fixtureDir(name: string): string {
  return join(REPO_ROOT, 'test', 'fixtures', name);
}

export function readInput(name: string): GoldenInput {
  return JSON.parse(readFileSync(join(fixtureDir(name), 'input.json'), 'utf8')) as GoldenInput;
}

/** Runs the real pipeline on the case's input and builds its brief. */
export async function runCase(name: string): Promise<{ run: PipelineRun; brief: Brief }> {
  const input = readInput(name);
  const paths = [...(input.shared ?? []).map((p) => sharedPath(p)), ...(input.repo ?? []).map((p) => join(REPO_ROOT, p))];
  const run = await storeFromFiles(paths, input.ingest);
  return { run, brief: await buildBrief(run.store, input.request) };
}

/** Compares with the pinned file, or rewrites it when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, file: string, actual: string): void {
  const path = join(fixtureDir(name), file);
  if (UPDATE_GOLDEN) {
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden ${path} is missing; create it with: UPDATE_GOLDEN=1 npx vitest run src/report/golden.test.ts`);
  }
  expect(actual, `${name}/${file} differs from the golden; if the change is intended: UPDATE_GOLDEN=1 npx vitest run src/report/golden.test.ts`)
    .toBe(readFileSync(path, 'utf8'));
}
