/**
 * Locates the third-party material in ../shared (seed article, PETRARCH-2 dictionaries and
 * records, event-data samples). Tests and benchmarks read it from there; the repo never copies
 * it. Set ENTENTE_SHARED to point elsewhere. Tests that need it skip with a visible message.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const sharedRoot: string = process.env.ENTENTE_SHARED
  ? resolve(process.env.ENTENTE_SHARED)
  : resolve(repoRoot, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(sharedRoot, ...parts);
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/** The seed article and the date its relative dates resolve against. */
export const SEED_FILE = sharedPath('seeds', '000_91aeb563d4901a78.txt');
export const SEED_DATE = '2025-06-20';
