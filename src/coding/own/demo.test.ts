/**
 * Precision and recall of the own lexicon on the demo corpus (data/demo, written by this
 * project) against hand labels (test/fixtures/demo-labels): events compared per document as
 * SOURCE>TARGET:ROOT at country level, negated events left out. Floors keep quality from
 * slipping; the figures are printed for bench/RESULTS.md.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../domain/index.js';
import { analyse } from '../../nlp/index.js';
import { codeDocument } from '../code-document.js';
import { createCoder } from '../coder.js';
import { country } from '../discourse.js';
import { ownLexicon } from './index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const labels = (JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'demo-labels', 'labels.json'), 'utf8')) as { labels: Record<string, string[]> }).labels;

describe('own lexicon on the demo corpus', () => {
  it('codes the labelled events with precision >= 0.8 and recall >= 0.7', () => {
    const coder = createCoder(ownLexicon());
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const line of readFileSync(join(root, 'data', 'demo', 'news.jsonl'), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const j = JSON.parse(line) as { id: string; date: string; text: string };
      const expected = labels[j.id];
      if (!expected) continue;
      const doc: Document = { id: j.id, contentHash: j.id, format: 'jsonl', text: j.text, date: j.date };
      const got = new Set(codeDocument(doc, analyse(doc), coder).events.filter((e) => !e.negated)
        .map((e) => `${country(e.source)}>${country(e.target)}:${e.root}`));
      const want = new Set(expected);
      for (const g of got) if (want.has(g)) tp++;
      else {
        fp++;
        misses.push(`${j.id} extra ${g}`);
      }
      for (const w of want) if (!got.has(w)) {
        fn++;
        misses.push(`${j.id} missed ${w}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(JSON.stringify({ bench: 'coding-quality', corpus: 'demo', documents: Object.keys(labels).length, tp, fp, fn, precision: +precision.toFixed(3), recall: +recall.toFixed(3) }));
    if (process.env.SHOW_MISSES === '1') console.log(misses.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});
