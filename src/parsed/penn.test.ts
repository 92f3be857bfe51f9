import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { leaves, readPennTree, readPennTrees, sentenceText } from './index.js';

// Written for this test: odd spacing, line breaks inside brackets, escaped brackets.
const SAMPLE = `
(ROOT (S
  (NP (NNP Tehran) )   (VP (VBD rejected)
     (NP (DT the) (NN offer)
       (-LRB- -LRB-) (NP (NNP Moscow) (POS 's)) (-RRB- -RRB-)))
  (, ,)
  (. .)))`;

describe('readPennTree', () => {
  it('reads phrases, leaves with tags and positions', () => {
    const tree = readPennTree(SAMPLE);
    expect(tree.root.label).toBe('ROOT');
    expect(tree.leaves.map((l) => `${l.tag}/${l.word}`)).toEqual([
      'NNP/Tehran', 'VBD/rejected', 'DT/the', 'NN/offer', '-LRB-/-LRB-', 'NNP/Moscow', 'POS/\'s', '-RRB-/-RRB-', ',/,', './.',
    ]);
    expect(tree.leaves.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(leaves(tree.root).map((l) => l.word)).toEqual(tree.leaves.map((l) => l.word));
    expect(sentenceText(tree)).toBe("Tehran rejected the offer (Moscow's),.");
  });

  it('accepts an unlabelled outer bracket and several trees', () => {
    const trees = readPennTrees('( (S (NP (PRP We)) (VP (VBD left)))) (S (NP (PRP They)) (VP (VBD stayed)))');
    expect(trees).toHaveLength(2);
    expect(trees[0]?.root.label).toBe('');
    expect(trees[1]?.leaves.map((l) => l.word)).toEqual(['They', 'stayed']);
    expect(() => readPennTree('(S (NP (PRP We))) (S (NP (PRP They)))')).toThrow(/expected one parse tree, found 2/);
  });

  it.each([
    ['(S (NP (NNP Iran))\n  (VP (VBD left))', 1, /never closed/],
    ['(S (NP (NNP Iran)))\n)', 2, /unbalanced "\)"/],
    ['(S (NP (NNP Iran) extra))', 1, /word "extra" sits beside phrases/],
    ['(S\n (NN two words))', 2, /holds 2 words/],
    ['(S\n\n ())', 3, /empty brackets/],
    ['word (S (NN x))', 1, /outside any bracket/],
    ['', 1, /no parse tree found/],
  ])('rejects %j with an InputError at line %i', (text, line, message) => {
    let error: unknown;
    try {
      readPennTree(text, 'sample.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const input = error as InputError;
    expect(input.message).toMatch(message);
    expect(input.location).toEqual({ file: 'sample.txt', line });
  });
});

interface Record {
  id: string;
  text: string;
  parse: string;
  badParse: boolean;
}

function records(): Record[] {
  const xml = readFileSync(sharedPath('data', 'petrarch2', 'text', 'PETR.UnitTest.records.xml'), 'utf8');
  const parser = new XMLParser({ ignoreAttributes: false, trimValues: false, isArray: (n) => n === 'Sentence' || n === 'EventCoding' });
  const sentences = parser.parse(xml).Validation.Sentences.Sentence as Array<{ [k: string]: unknown }>;
  return sentences.map((s) => ({
    id: String(s['@_id']),
    text: String(s.Text),
    parse: String(s.Parse),
    badParse: ((s.EventCoding ?? []) as Array<{ [k: string]: unknown }>).some((c) => c['@_error'] === 'bad_input_parse'),
  }));
}

const norm = (s: string): string =>
  s.replace(/``|''|[\u201c\u201d]/g, '"').replace(/\u2019/g, "'").replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s: string): string[] => norm(s).replace(/[^a-z0-9' ]/g, ' ').split(/\s+/).filter((w) => w !== '');

/** Longest common subsequence of two word lists, as a share of the longer one. */
function overlap(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1] ?? 0);
      diag = up;
    }
  }
  return (row[b.length] ?? 0) / Math.max(a.length, b.length, 1);
}

describeWithShared('readPennTree on the PETRARCH unit-test records', ['data', 'petrarch2', 'text', 'PETR.UnitTest.records.xml'], () => {
  const all = records();

  it('has the 284 records, two of them marked as bad parses', () => {
    expect(all).toHaveLength(284);
    expect(all.filter((r) => r.badParse).map((r) => r.id)).toEqual(['ERROR-02', 'ERROR-03']);
  });

  it('reads every well-formed parse and rejects the two broken ones with a line number', () => {
    for (const r of all) {
      if (r.badParse) {
        expect(() => readPennTree(r.parse, r.id), r.id).toThrow(InputError);
      } else {
        const tree = readPennTree(r.parse, r.id);
        expect(tree.leaves.length, r.id).toBeGreaterThan(2);
      }
    }
  });

  it('gets the words of <Text> back from the leaves', () => {
    // Some records pair a text with a deliberately different parse (a changed word, a cut
    // clause), so the check is: most match exactly, every one overlaps heavily.
    let exact = 0;
    for (const r of all.filter((x) => !x.badParse)) {
      const text = sentenceText(readPennTree(r.parse, r.id));
      if (norm(text) === norm(r.text)) exact++;
      expect(overlap(words(text), words(r.text)), r.id).toBeGreaterThan(0.6);
    }
    expect(exact).toBeGreaterThanOrEqual(255);
  });
});
