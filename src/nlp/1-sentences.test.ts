import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWithShared, SEED_FILE } from '../../test/shared.js';
import { splitSentences } from './1-sentences.js';
import { readText } from './reader.js';

const split = (text: string): string[] => splitSentences(readText(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['titles', 'Mr. Haugen met Dr. Lind in Oslo. Gen. Ruud joined them.', ['Mr. Haugen met Dr. Lind in Oslo.', 'Gen. Ruud joined them.']],
    ['titles wink does not know', 'Adm. Berg and Maj. Dahl arrived. Brig. Gen. Moe left.', ['Adm. Berg and Maj. Dahl arrived.', 'Brig. Gen. Moe left.']],
    ['dotted acronyms inside a sentence', 'The U.S. and the U.N. signed on Jan. 5 in Geneva. It was item No. 2 on the list.', ['The U.S. and the U.N. signed on Jan. 5 in Geneva.', 'It was item No. 2 on the list.']],
    ['acronym before a proper noun', 'The U.S. Senate voted on Tuesday. The vote was close.', ['The U.S. Senate voted on Tuesday.', 'The vote was close.']],
    ['acronym ending a sentence', 'She moved to the U.K. She stayed a year.', ['She moved to the U.K.', 'She stayed a year.']],
    ['initials', 'President George W. Bush spoke first. Then the hall emptied.', ['President George W. Bush spoke first.', 'Then the hall emptied.']],
    ['decimals', 'Output fell 3.5 percent in May. Prices rose.', ['Output fell 3.5 percent in May.', 'Prices rose.']],
    ['ellipsis inside a sentence', 'The talks went on... and on until dawn. Nobody left.', ['The talks went on... and on until dawn.', 'Nobody left.']],
    ['ellipsis ending a quote', '"We expected more..." she said. The room was silent.', ['"We expected more..." she said.', 'The room was silent.']],
    ['quote ending a sentence', 'The envoy said it was "a serious error." Talks stopped.', ['The envoy said it was "a serious error."', 'Talks stopped.']],
    ['question inside a quote', '"Why now?" asked the envoy. Nobody answered.', ['"Why now?" asked the envoy.', 'Nobody answered.']],
    ['question quoted before its speaker', '"Why now?" Ambassador Lund asked. "Is this fair?" She wondered.', ['"Why now?" Ambassador Lund asked.', '"Is this fair?"', 'She wondered.']],
    ['curly quotes', '“We will respond,” he said. “Soon.”', ['“We will respond,” he said.', '“Soon.”']],
    ['domains stay whole', 'Read more at example.com today. The site Newswire.org agreed.', ['Read more at example.com today.', 'The site Newswire.org agreed.']],
    ['glued sentences', 'The strikes began.Oslo protested.Then Rome did.', ['The strikes began.', 'Oslo protested.', 'Then Rome did.']],
    ['glued heading', 'It ended in a stalemate.Trade Talks Resume\nBoth sides met again.', ['It ended in a stalemate.', 'Trade Talks Resume', 'Both sides met again.']],
    ['glued list item', 'Share your view below.- Oslo Talks\n- Rome Summit', ['Share your view below.', '- Oslo Talks', '- Rome Summit']],
    ['headings and lists', 'Contents\n- First Part\n- Second Part\nFirst Part\nThe text starts here.', ['Contents', '- First Part', '- Second Part', 'First Part', 'The text starts here.']],
    ['a wrapped line continues', 'The minister said the talks\nwould resume next week.', ['The minister said the talks\nwould resume next week.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns nothing for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n\t ')).toEqual([]);
  });

  it('covers every visible character exactly once, in order, with trimmed spans (property)', () => {
    const word = fc.constantFrom('Oslo', 'talks', 'U.S.', 'Mr.', 'said', '3.5', '"', '“', '”', '...', '.', '?', '!', '-', 'e.g.', 'No.', '12', 'Jan.', 'A.', 'rose.Then');
    const sep = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (input) => {
        const spans = splitSentences(readText(input));
        let previousEnd = 0;
        let visible = '';
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          const piece = input.slice(span.start, span.end);
          expect(piece.trim()).toBe(piece);
          expect(input.slice(previousEnd, span.start).trim()).toBe('');
          visible += piece;
          previousEnd = span.end;
        }
        expect(input.slice(previousEnd).trim()).toBe('');
        expect(visible.replace(/\s/g, '')).toBe(input.replace(/\s/g, ''));
      }),
      { numRuns: 400 },
    );
  });
});

describeWithShared('splitSentences on the seed article', ['seeds', '000_91aeb563d4901a78.txt'], () => {
  const text = readFileSync(SEED_FILE, 'utf8');
  const sentences = split(text);

  it('finds every heading, list line and sentence of the article', () => {
    expect(sentences).toHaveLength(112);
    expect(sentences[0]).toBe('Iran Vs. Russia: Decoding A Shifting Alliance In The Middle East');
    expect(sentences.slice(8, 16)).toEqual([
      'Table of Contents',
      '- The Enduring Partnership: A Unified Front Against the West',
      "- Russia's Protective Stance: Warnings to the West",
      '- The Nuance of "Iran Against Russia": Unfulfilled Expectations',
      '- The Future of Iran-Russia Dynamics',
      '- Expert Insights and Regional Implications',
      '- Conclusion: A Partnership of Pragmatism',
      'The Enduring Partnership: A Unified Front Against the West',
    ]);
  });

  it('splits headings glued to the sentence before them', () => {
    for (const heading of [
      "Russia's Protective Stance: Warnings to the West",
      'The Nuance of "Iran Against Russia": Unfulfilled Expectations',
      'Prioritizing the Ukraine Conflict',
      'Balancing Act with Gulf Nations',
      'The Future of Iran-Russia Dynamics',
      'Economic Integration as a Stabilizer',
      "Geopolitical Chessboard: US and Israel's Perspective",
      'Expert Insights and Regional Implications',
      'Conclusion: A Partnership of Pragmatism',
      '- Iran Vs Israel Army Size',
    ]) expect(sentences).toContain(heading);
    expect(sentences.some((s) => s.endsWith('challenging the existing global power structures.'))).toBe(true);
    expect(sentences.some((s) => s.endsWith('these critical dynamics.'))).toBe(true);
  });

  it('keeps quotes with the sentence they end and never crosses a line', () => {
    expect(sentences).toContain('The Russian Foreign Ministry issued a "strongly worded statement condemning the attacks as unprovoked and illegal."');
    for (const s of sentences) {
      expect(s).not.toContain('\n');
      expect(s[0]).toMatch(/[A-Z"-]/);
      // A sentence is a line of its own (heading, list item) or ends in terminal punctuation.
      if (!/[.?!]["”]?$/.test(s)) expect(text).toMatch(new RegExp(`(^|\\n|[.?!])${escape(s)}(\\n|$)`));
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
