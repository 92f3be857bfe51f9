/**
 * Coding throughput: raw text -> events (nlp + coding) on one core, over a corpus of >= 10,000
 * sentences made by replicating the seed article (../shared) and the demo corpus (data/demo),
 * with entente's own lexicon and with the full Phoenix dictionaries. Prints one JSON line per
 * figure. Run with `npx tsx bench/coding.ts` (add `--cpu-prof` to node for a profile).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDocument, createCoder, ownLexicon } from '../src/coding/index.js';
import type { Coder } from '../src/coding/index.js';
import { loadLexicon } from '../src/dictionaries/index.js';
import type { Document } from '../src/domain/index.js';
import { analyse } from '../src/nlp/index.js';
import { hasShared, SEED_DATE, SEED_FILE, sharedPath } from '../test/shared-paths.js';

const MIN_SENTENCES = 10_000;
const ROUNDS = 3;
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function emit(figure: string, value: number, extra: Record<string, string | number> = {}): void {
  console.log(JSON.stringify({ bench: 'coding', figure, ...extra, value: Math.round(value * 100) / 100 }));
}

function sources(): Omit<Document, 'id' | 'contentHash'>[] {
  const out: Omit<Document, 'id' | 'contentHash'>[] = [];
  if (hasShared('seeds', '000_91aeb563d4901a78.txt')) out.push({ format: 'text', text: readFileSync(SEED_FILE, 'utf8'), date: SEED_DATE });
  const demo = join(repo, 'data', 'demo', 'news.jsonl');
  if (existsSync(demo)) {
    for (const line of readFileSync(demo, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const j = JSON.parse(line) as { text: string; date: string };
      out.push({ format: 'jsonl', text: j.text, date: j.date });
    }
  }
  return out;
}

function corpus(): { docs: Document[]; sentences: number } {
  const base = sources();
  const perRound = base.reduce((n, d) => n + analyse({ ...d, id: 'probe', contentHash: '' }).sentences.length, 0);
  const copies = Math.ceil(MIN_SENTENCES / Math.max(1, perRound));
  const docs: Document[] = [];
  for (let i = 0; i < copies; i++) {
    // Each copy differs in its first line, so nothing downstream can reuse a previous result.
    base.forEach((d, k) => docs.push({ ...d, id: `doc-${i}-${k}`, contentHash: `${i}-${k}`, text: `Copy ${i + 1}.\n${d.text}` }));
  }
  return { docs, sentences: copies * (perRound + base.length) };
}

function run(label: string, coder: Coder, docs: Document[], sentences: number): void {
  const analysed = docs.map((d) => ({ doc: d, a: analyse(d) }));
  let events = 0;
  let bestAll = Infinity;
  let bestCoding = Infinity;
  let cpuAll = Infinity;
  let cpuCoding = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const d of docs) events += codeDocument(d, analyse(d), coder).events.length;
    bestAll = Math.min(bestAll, performance.now() - t0);
    cpuAll = Math.min(cpuAll, cpuMs(c0));
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    for (const { doc, a } of analysed) codeDocument(doc, a, coder);
    bestCoding = Math.min(bestCoding, performance.now() - t1);
    cpuCoding = Math.min(cpuCoding, cpuMs(c1));
  }
  emit('sentences_per_s', (sentences * 1000) / bestAll, { lexicon: label, path: 'text_to_events' });
  emit('sentences_per_s', (sentences * 1000) / bestCoding, { lexicon: label, path: 'coding_only' });
  // CPU time of this process: on a shared machine it is what one core actually spent.
  emit('sentences_per_cpu_s', (sentences * 1000) / cpuAll, { lexicon: label, path: 'text_to_events' });
  emit('sentences_per_cpu_s', (sentences * 1000) / cpuCoding, { lexicon: label, path: 'coding_only' });
  emit('events_per_round', events / ROUNDS, { lexicon: label });
  // Includes the benchmark's own corpus (every document analysed and kept for the coding-only rounds).
  emit('rss_mb_with_corpus', process.memoryUsage().rss / 1e6, { lexicon: label });
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

async function phoenixCoder(): Promise<Coder | undefined> {
  const dir = sharedPath('data', 'petrarch2', 'dictionaries');
  if (!existsSync(dir)) {
    console.log(JSON.stringify({ bench: 'coding', skipped: `no Phoenix dictionaries at ${dir}` }));
    return undefined;
  }
  const t1 = performance.now();
  const phoenix = await loadLexicon({
    verbs: [join(dir, 'CAMEO.2.0.txt')],
    actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map((f) => join(dir, f)),
    agents: [join(dir, 'Phoenix.agents.txt')], discards: [join(dir, 'Phoenix.discards.txt')], issues: [join(dir, 'Phoenix.IssueCoding.txt')],
  }, 'phoenix');
  const coder = createCoder(phoenix);
  emit('load_and_compile_ms', performance.now() - t1, { lexicon: 'phoenix' });
  emit('rss_mb_after_load', process.memoryUsage().rss / 1e6, { lexicon: 'phoenix' });
  return coder;
}

async function main(): Promise<void> {
  const { docs, sentences } = corpus();
  // Each lexicon runs in its own process, so memory figures are not the sum of both.
  if (process.argv.includes('--phoenix')) {
    const coder = await phoenixCoder();
    if (coder) run('phoenix', coder, docs, sentences);
    return;
  }
  emit('corpus_documents', docs.length);
  emit('corpus_sentences', sentences);
  const t0 = performance.now();
  const own = createCoder(ownLexicon());
  emit('compile_ms', performance.now() - t0, { lexicon: 'own' });
  run('own', own, docs, sentences);
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--phoenix'], { stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}

await main();
