import { describe, expect, it } from 'vitest';
import type { Token } from '../domain/index.js';
import { splitSentences } from './1-sentences.js';
import { tokenize } from './2-tokens.js';
import { tagTokens } from './3-tags.js';
import { readText } from './reader.js';

function tagged(text: string): Token[] {
  const reading = readText(text);
  return tokenize(reading, splitSentences(reading)).flatMap((tokens) => tagTokens(tokens));
}

const tagOf = (tokens: Token[], word: string): string | undefined => tokens.find((t) => t.text === word)?.pos;

describe('tagTokens', () => {
  it('gives universal part-of-speech tags', () => {
    const tokens = tagged('Russia condemned the new strikes on Tuesday.');
    expect(tokens.map((t) => t.pos)).toEqual(['PROPN', 'VERB', 'DET', 'ADJ', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
  });

  it('reads a present-tense verb after a bare subject as a verb ("Israel strikes Iran")', () => {
    expect(tagOf(tagged('Israel strikes Iran.'), 'strikes')).toBe('VERB');
    expect(tagOf(tagged('Oslo sanctions the regime.'), 'sanctions')).toBe('VERB');
    expect(tagOf(tagged('Talks failed; Rome sanctions Oslo.'), 'sanctions')).toBe('VERB');
    expect(tagOf(tagged('He arms Kyiv.'), 'arms')).toBe('VERB');
  });

  it('leaves nouns that are nouns', () => {
    // After a determiner the name is a modifier: "the Israel strikes" are strikes.
    expect(tagOf(tagged('They condemned the Israel strikes Iran reported.'), 'strikes')).toBe('NOUN');
    // People named in apposition, and a weekday, are not objects of a verb.
    expect(tagOf(tagged('EU leaders Merkel and Macron met.'), 'leaders')).toBe('NOUN');
    expect(tagOf(tagged('Gulf talks Monday ended early.'), 'talks')).toBe('NOUN');
    expect(tagOf(tagged('Israel strikes continued.'), 'strikes')).toBe('NOUN');
  });

  it('keeps the lemma of a re-tagged verb', () => {
    const strikes = tagged('Israel strikes Iran.').find((t) => t.text === 'strikes');
    expect(strikes?.lemma).toBe('strike');
  });
});
