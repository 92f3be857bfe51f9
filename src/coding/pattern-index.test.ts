import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledPattern } from './compile.js';
import { candidatePatterns, indexPatterns, mayMatch } from './pattern-index.js';
import type { NeedContext } from './pattern-index.js';
import { Vocabulary } from './vocabulary.js';

const WORDS = ['AID', 'ARMS', 'TALKS', 'TREATY', 'WITH', 'TO', 'IRAN', 'SANCTIONS', 'ENVOY', 'TROOPS'];
const STEMS = ['SANC', 'TREA', 'NEGO'];

function pattern(vocab: Vocabulary, needs: string[], stems: string[]): CompiledPattern {
  return {
    pattern: { id: 't', code: '010', before: [], after: [], raw: needs.join(' ') },
    upper: 0, lower: needs.length, needs: needs.map((w) => vocab.id(w)), needStems: stems.map((w) => vocab.id(w)),
  };
}

function context(vocab: Vocabulary, keys: string[]): NeedContext {
  return { keys, ids: vocab.idsOf(keys), vocab, minStem: 4, wordMark: -1, stemMark: -1, stemIds: undefined };
}

describe('pattern fast rejects', () => {
  it('rejects a pattern when the sentence lacks a word or a stem it needs', () => {
    const vocab = new Vocabulary();
    const p = pattern(vocab, ['TALKS', 'WITH'], ['NEGO']);
    expect(mayMatch(context(vocab, ['IRAN', 'NEGOTIATES', 'TALKS', 'WITH', 'OMAN']), p.needs, p.needStems)).toBe(true);
    expect(mayMatch(context(vocab, ['IRAN', 'HOLDS', 'TALKS', 'WITH', 'OMAN']), p.needs, p.needStems)).toBe(false);
    expect(mayMatch(context(vocab, ['IRAN', 'NEGOTIATES', 'WITH', 'OMAN']), p.needs, p.needStems)).toBe(false);
  });

  it('re-marks a sentence whose marks another sentence has overwritten', () => {
    const vocab = new Vocabulary();
    const p = pattern(vocab, ['AID'], []);
    const first = context(vocab, ['RUSSIA', 'SENT', 'AID']);
    expect(mayMatch(first, p.needs, p.needStems)).toBe(true);
    expect(mayMatch(context(vocab, ['RUSSIA', 'SENT', 'TROOPS']), p.needs, p.needStems)).toBe(false);
    expect(mayMatch(first, p.needs, p.needStems)).toBe(true);
  });

  it('never leaves out of the candidates a pattern whose needs the sentence has', () => {
    const word = fc.constantFrom(...WORDS, 'SANCTIONED', 'TREATIES', 'NEGOTIATE', 'OTHER');
    fc.assert(fc.property(
      fc.array(fc.record({ needs: fc.subarray(WORDS, { maxLength: 3 }), stems: fc.subarray(STEMS, { maxLength: 2 }) }), { minLength: 1, maxLength: 30 }),
      fc.array(word, { maxLength: 12 }),
      (specs, sentence) => {
        const vocab = new Vocabulary();
        const patterns = specs.map((s) => pattern(vocab, s.needs, s.stems));
        const flags = candidatePatterns(context(vocab, sentence), indexPatterns(patterns), patterns.length);
        patterns.forEach((p, k) => {
          if (mayMatch(context(vocab, sentence), p.needs, p.needStems)) expect(flags[k]).toBe(1);
        });
      },
    ));
  });
});
