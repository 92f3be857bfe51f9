/**
 * NLP throughput: analyse() over a corpus of >= 10,000 sentences made by replicating the seed
 * article (read from ../shared), on one core. Prints one JSON line per figure: the whole
 * pipeline, then each step. Run with `npx tsx bench/nlp.ts`.
 */
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { hasShared, SEED_DATE, SEED_FILE } from '../test/shared-paths.js';
import type { Document } from '../src/domain/index.js';
import { analyse, analyseTimed, type StepName } from '../src/nlp/index.js';

const MIN_SENTENCES = 10_000;
const STEP_ROUNDS = 5;

function emit(figure: string, value: number, extra: Record<string, string | number> = {}): void {
  console.log(JSON.stringify({ bench: 'nlp', figure, ...extra, value: Math.round(value * 100) / 100 }));
}

function corpus(seed: string): { docs: Document[]; sentences: number; tokens: number } {
  const first = analyse({ id: 'probe', contentHash: '', format: 'text', text: seed, date: SEED_DATE });
  const perDoc = first.sentences.length;
  const copies = Math.ceil(MIN_SENTENCES / perDoc);
  // Each copy differs in its first line, so nothing downstream can reuse a previous result.
  const docs: Document[] = Array.from({ length: copies }, (_, i) => ({
    id: `seed-${i}`, contentHash: String(i), format: 'text', date: SEED_DATE, text: `Copy ${i + 1} of the seed\n${seed}`,
  }));
  let sentences = 0;
  let tokens = 0;
  for (const doc of docs) {
    for (const s of analyse(doc).sentences) {
      sentences++;
      tokens += s.tokens.length;
    }
  }
  return { docs, sentences, tokens };
}

async function main(): Promise<void> {
  if (!hasShared('seeds', '000_91aeb563d4901a78.txt')) {
    console.warn(`SKIPPED bench/nlp: seed article not found at ${SEED_FILE} (set ENTENTE_SHARED)`);
    console.log(JSON.stringify({ bench: 'nlp', skipped: `missing ${SEED_FILE}` }));
    return;
  }
  const { docs, sentences, tokens } = corpus(readFileSync(SEED_FILE, 'utf8'));
  emit('corpus_documents', docs.length);
  emit('corpus_sentences', sentences);
  emit('corpus_tokens', tokens);

  const bench = new Bench({ name: 'nlp', iterations: 8, warmupIterations: 2, time: 0 });
  bench.add('analyse corpus', () => {
    for (const doc of docs) analyse(doc);
  });
  await bench.run();
  const latency = bench.tasks[0]?.result;
  if (!latency || !('latency' in latency)) throw new Error('tinybench produced no result');
  const medianMs = latency.latency.p50 ?? latency.latency.mean;
  emit('sentences_per_s', (sentences * 1000) / medianMs);
  // The machine is shared: the fastest round is the least disturbed one.
  emit('sentences_per_s_best', (sentences * 1000) / latency.latency.min);
  emit('tokens_per_s', (tokens * 1000) / medianMs);
  emit('ms_per_document', medianMs / docs.length);

  // Per step: the same pipeline timed inside, median over rounds.
  const rounds: Record<StepName, number>[] = [];
  for (let r = 0; r < STEP_ROUNDS; r++) {
    const total: Record<StepName, number> = { read: 0, sentences: 0, tokens: 0, tags: 0, dates: 0, quotes: 0 };
    for (const doc of docs) {
      const { ms } = analyseTimed(doc.text, doc.date, () => performance.now());
      for (const step of Object.keys(total) as StepName[]) total[step] += ms[step];
    }
    rounds.push(total);
  }
  for (const step of ['read', 'sentences', 'tokens', 'tags', 'dates', 'quotes'] as const) {
    const ms = median(rounds.map((r) => r[step]));
    emit('sentences_per_s', (sentences * 1000) / ms, { step });
    emit('ms_per_document', ms / docs.length, { step });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

await main();
