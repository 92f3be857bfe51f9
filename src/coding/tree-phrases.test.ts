import { describe, expect, it } from 'vitest';
import { readPennTree } from '../parsed/index.js';
import type { ConstituencyTree } from '../parsed/index.js';
import { createCoder } from './coder.js';
import { codeWords } from './code-sentence.js';
import { newDiscourse } from './discourse.js';
import { lexiconOf, TEST_ACTORS, TEST_AGENTS, TEST_VERBS } from './test-helpers/tagged.js';
import { treePhrases } from './tree-phrases.js';

// Parses written for this test, in the bracket style of the PETRARCH records.
const TREE = `(ROOT (S (NP (NNP Russia)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB restore) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Israel))))))) (. .)))`;
const REL = `(ROOT (S (NP (NP (NNP Iran)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD attacked) (NP (NNP Israel))))) (, ,)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))`;

const tree = (text: string): ConstituencyTree => {
  const t = readPennTree(text);
  if (t.kind !== 'constituency') throw new Error('expected a constituency tree');
  return t;
};

describe('step 2 from a parse tree', () => {
  it('gives words with Penn tags, base noun phrases and clauses from S / SBAR', () => {
    const { words, phrases, text } = treePhrases(tree(TREE));
    expect(text).toBe('Russia urged Iran to restore diplomatic ties with Israel .');
    expect(words.map((w) => w.tag)).toEqual(['NP', 'V', 'NP', 'TO', 'V', 'ADJ', 'N', 'ADP', 'NP', 'PUNCT']);
    expect(phrases.clauses.map((c) => c.kind)).toEqual(['main', 'inf']);
    expect(phrases.nps.map((n) => words.slice(n.start, n.end).map((w) => w.text).join(' '))).toEqual(['Russia', 'Iran', 'diplomatic ties', 'Israel']);
  });

  it('marks a wh-relative and its antecedent', () => {
    const { words, phrases } = treePhrases(tree(REL));
    const rel = phrases.clauses.find((c) => c.kind === 'rel')!;
    expect(words[rel.antecedent!]!.text).toBe('Iran');
  });

  it('codes from the tree: the inner verb under a coded governor is not coded again (PETRARCH)', () => {
    const coder = createCoder(lexiconOf({ actors: TEST_ACTORS, agents: TEST_AGENTS, verbs: `${TEST_VERBS}\n--- URGE [102] ---\nURGE\n` }), { conventions: 'petrarch', stems: false });
    const { words, phrases, text } = treePhrases(tree(TREE));
    const r = codeWords(coder, { words, phrases, date: '2025-01-01' }, newDiscourse(), text);
    expect(r.codings.map((c) => `${c.source}>${c.target}:${c.code}`)).toEqual(['RUS>IRN:102']);
    const rel = treePhrases(tree(REL));
    const r2 = codeWords(coder, { words: rel.words, phrases: rel.phrases, date: '2025-01-01' }, newDiscourse(), rel.text);
    expect(r2.codings.map((c) => `${c.source}>${c.target}:${c.code}`).sort()).toEqual(['IRN>ISR:190', 'IRN>RUS:111']);
  });
});
