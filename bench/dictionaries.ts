/**
 * Load time of the PETRARCH-2 / Phoenix dictionaries from ../shared (or $ENTENTE_SHARED):
 * one JSON line per file, then one for the whole set (target: under one second) with the
 * entries loaded and the resident memory after loading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon, readDictionary, type DictionaryKind, type DictionaryPaths } from '../src/dictionaries/index.js';
import { emptyLexicon, type Lexicon } from '../src/domain/index.js';

const shared = process.env.ENTENTE_SHARED
  ? resolve(process.env.ENTENTE_SHARED)
  : resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const dir = join(shared, 'data', 'petrarch2', 'dictionaries');

const SET: [DictionaryKind, string][] = [
  ['verbs', 'CAMEO.2.0.txt'],
  ['actors', 'Phoenix.Countries.actors.txt'],
  ['actors', 'Phoenix.International.actors.txt'],
  ['actors', 'Phoenix.MilNonState.actors.txt'],
  ['agents', 'Phoenix.agents.txt'],
  ['discards', 'Phoenix.discards.txt'],
  ['issues', 'Phoenix.IssueCoding.txt'],
];

if (!existsSync(dir)) {
  console.log(JSON.stringify({ bench: 'dictionaries', skipped: `no dictionaries at ${dir}` }));
  process.exit(0);
}

const paths: DictionaryPaths = {};
for (const [kind, file] of SET) (paths[kind] ??= []).push(join(dir, file));

// The whole set first, while nothing is compiled yet: that is what a user's first run pays.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const lex = await loadLexicon(paths, 'phoenix');
const wholeMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const bytes = SET.reduce((n, [, file]) => n + readFileSync(join(dir, file)).length, 0);
console.log(JSON.stringify({
  bench: 'dictionaries', figure: 'whole-set', jit: 'cold', ms: round(wholeMs), cpuMs: round((cpu.user + cpu.system) / 1000),
  targetMs: 1000, bytes, entries: counts(lex), warnings: lex.warnings.length, rssMb: round(process.memoryUsage().rss / 2 ** 20),
}));

// Then each file alone, now that the readers are compiled (steady-state cost per file).
for (const [kind, file] of SET) {
  const text = readFileSync(join(dir, file), 'utf8');
  const start = performance.now();
  const part = readDictionary(kind, text, file);
  const ms = performance.now() - start;
  console.log(JSON.stringify({
    bench: 'dictionaries', figure: 'file', jit: 'warm', file, kind, ms: round(ms), bytes: text.length,
    entries: counts({ ...emptyLexicon(file), ...part }), warnings: part.warnings.length,
  }));
}

function counts(l: Lexicon): Record<string, number> {
  const all: Record<string, number> = {
    families: l.verbs.length,
    verbs: l.verbs.reduce((n, f) => n + f.verbs.length, 0),
    patterns: l.verbs.reduce((n, f) => n + f.patterns.length, 0),
    synsets: Object.keys(l.synsets).length,
    transformations: l.transformations?.length ?? 0,
    actors: l.actors.length,
    agents: l.agents.length,
    discards: l.discards.length,
    issues: l.issues.length,
  };
  return Object.fromEntries(Object.entries(all).filter(([, n]) => n > 0));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
