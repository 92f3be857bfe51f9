import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../domain/index.js';
import { splitSentences } from './1-sentences.js';
import { tokenize } from './2-tokens.js';
import { readText } from './reader.js';

function tokensOf(text: string): { sentences: string[]; tokens: Token[][] } {
  const reading = readText(text);
  const spans = splitSentences(reading);
  return { sentences: spans.map((s) => text.slice(s.start, s.end)), tokens: tokenize(reading, spans) };
}

const find = (tokens: Token[], text: string): Token | undefined => tokens.find((t) => t.text === text);

describe('tokenize', () => {
  it('gives sentence-relative offsets, lower case and no whitespace tokens', () => {
    const { sentences, tokens } = tokensOf('Oslo protested.\n\nThe U.S. envoy  left Rome.');
    expect(tokens.map((ts) => ts.map((t) => t.text))).toEqual([
      ['Oslo', 'protested', '.'],
      ['The', 'U.S.', 'envoy', 'left', 'Rome', '.'],
    ]);
    const second = tokens[1] ?? [];
    expect(second.map((t) => [t.start, t.end])).toEqual([[0, 3], [4, 8], [9, 14], [16, 20], [21, 25], [25, 26]]);
    for (const t of second) expect(sentences[1]?.slice(t.start, t.end)).toBe(t.text);
    expect(find(second, 'U.S.')?.lower).toBe('u.s.');
  });

  it('lemmatises verbs and nouns', () => {
    const { tokens } = tokensOf('Moscow condemned the strikes and warned Tehran. The ministers were meeting.');
    const [first = [], second = []] = tokens;
    expect(find(first, 'condemned')?.lemma).toBe('condemn');
    expect(find(first, 'warned')?.lemma).toBe('warn');
    expect(find(first, 'strikes')?.lemma).toBe('strike');
    expect(find(second, 'ministers')?.lemma).toBe('minister');
    expect(find(second, 'were')?.lemma).toBe('be');
    expect(find(second, 'meeting')?.lemma).toBe('meet');
    // Names and function words carry no lemma: only verbs and nouns do.
    expect(find(first, 'Moscow')?.lemma).toBeUndefined();
    expect(find(first, 'the')?.lemma).toBeUndefined();
  });

  it('splits contractions into words that keep their offsets', () => {
    const { sentences, tokens } = tokensOf('They don’t agree and can\'t say why.');
    const words = tokens[0] ?? [];
    expect(words.map((t) => t.text)).toEqual(['They', 'do', 'n’t', 'agree', 'and', 'ca', "n't", 'say', 'why', '.']);
    for (const t of words) expect(sentences[0]?.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps every visible character of each sentence in exactly one token (property)', () => {
    const word = fc.constantFrom('Oslo', 'don’t', "Iran's", 'U.S.', '3.5', '"', '“', 'rose.Then', '—', 'e-mail', 'x@y.org', '🙂', 'naïve', '1,000');
    const sep = fc.constantFrom(' ', '  ', '\n', '\t', '');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60, unit: 'grapheme' })), (input) => {
        const { sentences, tokens } = tokensOf(input);
        sentences.forEach((sentence, i) => {
          let previousEnd = 0;
          let joined = '';
          for (const t of tokens[i] ?? []) {
            expect(t.start).toBeGreaterThanOrEqual(previousEnd);
            expect(sentence.slice(t.start, t.end)).toBe(t.text);
            expect(t.lower).toBe(t.text.toLowerCase());
            joined += t.text;
            previousEnd = t.end;
          }
          expect(joined.replace(/\s/g, '')).toBe(sentence.replace(/\s/g, ''));
        });
      }),
      { numRuns: 300 },
    );
  });
});
