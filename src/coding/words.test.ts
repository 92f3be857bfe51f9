import { describe, expect, it } from 'vitest';
import { tagged } from './test-helpers/tagged.js';
import { buildWords, splitHyphens, tagOf, wordsFromTokens } from './words.js';

describe('words', () => {
  it('maps universal and Penn tags onto one tag set', () => {
    expect(tagOf('PROPN', 'RUSSIA')).toBe('NP');
    expect(tagOf('NNP', 'RUSSIA')).toBe('NP');
    expect(tagOf('VBD', 'CONDEMNED')).toBe('V');
    expect(tagOf('MD', 'WILL')).toBe('AUX');
    expect(tagOf('PART', "N'T")).toBe('NEG');
    expect(tagOf('RB', 'NOT')).toBe('NEG');
    expect(tagOf('PART', "'S")).toBe('POSS');
    expect(tagOf('POS', "'S")).toBe('POSS');
    expect(tagOf('PART', 'TO')).toBe('TO');
    expect(tagOf('IN', 'THAT')).toBe('SC');
    expect(tagOf('IN', 'AFTER')).toBe('ADP');
  });

  it('splits hyphenated and underscored tokens into words with true offsets', () => {
    const words = buildWords([
      { text: 'Iran-Russia', pos: 'PROPN', start: 4, end: 15 },
      { text: 'Dol_Amroth', pos: 'NNP', start: 16, end: 26 },
    ]);
    expect(words.map((x) => x.up)).toEqual(['IRAN', '-', 'RUSSIA', 'DOL', 'AMROTH']);
    expect(words.map((x) => [x.start, x.end])).toEqual([[4, 8], [8, 9], [9, 15], [16, 19], [20, 26]]);
    expect(words[1]!.tag).toBe('PUNCT');
    expect(splitHyphens('CEASE-FIRE')).toEqual(['CEASE', '-', 'FIRE']);
  });

  it('does not take the verb inside "state-run" for a verb of the sentence', () => {
    const words = wordsFromTokens(tagged('the/DET state/NOUN -/PUNCT run/VERB channel/NOUN').tokens);
    expect(words.find((x) => x.up === 'RUN')!.tag).toBe('ADJ');
  });

  it('keeps the tagger lemma upper-cased', () => {
    const [w] = wordsFromTokens(tagged('met/VERB/meet').tokens);
    expect(w).toMatchObject({ up: 'MET', lemma: 'MEET', tag: 'V' });
  });
});
