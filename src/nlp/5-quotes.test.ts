import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, SEED_DATE, SEED_FILE } from '../../test/shared.js';
import type { Quote } from '../domain/index.js';
import { pairQuoteMarks } from './5-quotes.js';
import { analyseText } from './index.js';

function quotesIn(text: string): Quote[] {
  const { quotes } = analyseText(text);
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes;
}

const who = (q: Quote | undefined): [string | undefined, string | undefined] => [q?.speaker, q?.speakerOffice];

describe('pairQuoteMarks', () => {
  it('pairs straight and curly marks and ignores apostrophes', () => {
    const text = 'He called it "late" and “weak”; the envoy’s ‘plan’ and the states’ aims stood.';
    expect(pairQuoteMarks(text).map((p) => text.slice(p.open + 1, p.close))).toEqual(['late', 'weak', 'plan']);
  });

  it('closes a quote at a paragraph end only when the next paragraph reopens it', () => {
    const text = 'She said: "The first part.\n"The second part," she added.\nA stray " mark.\nEnd.';
    expect(pairQuoteMarks(text).map((p) => text.slice(p.open + 1, p.close))).toEqual(['The first part.', 'The second part,']);
  });
});

describe('findQuotes: speakers', () => {
  it.each([
    ['"We will not accept this," said Foreign Minister Anna Berg.', 'We will not accept this', 'Foreign Minister Anna Berg', 'Foreign Minister'],
    ['"We will not accept this," Berg said.', 'We will not accept this', 'Berg', undefined],
    ['"We are ready," he said.', 'We are ready', 'he', undefined],
    ['"We are ready," said Ivan Sokol, the Kremlin spokesman.', 'We are ready', 'Ivan Sokol', 'the Kremlin spokesman'],
    ['"It is over," U.S. Secretary of State Mark Ruhl told reporters.', 'It is over', 'U.S. Secretary of State Mark Ruhl', 'U.S. Secretary of State'],
    ['Berg said: "We will not accept this."', 'We will not accept this.', 'Berg', undefined],
    ['Berg said that "talks are over."', 'talks are over.', 'Berg', undefined],
    ['Berg said Oslo was "deeply concerned" by the move.', 'deeply concerned', 'Berg', undefined],
    ['According to Berg, "the talks are over."', 'the talks are over.', 'Berg', undefined],
    ['Prime Minister Olav Dahl\'s announcement that "the border will reopen" surprised many.', 'the border will reopen', 'Prime Minister Olav Dahl', 'Prime Minister'],
    ['Dahl also confirmed that "troops will withdraw."', 'troops will withdraw.', 'Dahl', undefined],
    ['Moscow, meanwhile, said "no."', 'no.', 'Moscow', undefined],
    ['The Foreign Ministry said "the strikes were illegal."', 'the strikes were illegal.', 'The Foreign Ministry', 'The Foreign Ministry'],
    ['Norway\'s foreign ministry spokesman, Lars Hauge, also confirmed that "the embassy is closed."', 'the embassy is closed.', 'Lars Hauge', "Norway's foreign ministry spokesman"],
    ['Lars Hauge, the foreign ministry spokesman, said "the embassy is closed."', 'the embassy is closed.', 'Lars Hauge', 'the foreign ministry spokesman'],
    ['Hauge spoke to reporters, saying "the talks were useful."', 'the talks were useful.', 'Hauge', undefined],
    ['"Why now?" Ambassador Ida Lund asked.', 'Why now?', 'Ambassador Ida Lund', 'Ambassador'],
    ['Oslo, which has condemned the raids, said "enough."', 'enough.', 'Oslo', undefined],
    ['He continued its "special operation" in the east.', 'special operation', undefined, undefined],
  ])('%s', (text, quoted, speaker, office) => {
    const quotes = quotesIn(text);
    expect(quotes.map((q) => q.text)).toEqual([quoted]);
    expect(who(quotes[0])).toEqual([speaker, office]);
    expect(quotes[0]?.speakerCode).toBeUndefined();
  });

  it('follows a relative clause to its speaker and carries it to a second quote', () => {
    const text = 'The point was echoed by Defence Ministry spokeswoman Lena Holt, who reportedly stated, "we reject it" in a briefing, arguing that the plan "cannot work."';
    const quotes = quotesIn(text);
    expect(quotes.map((q) => [q.text, ...who(q)])).toEqual([
      ['we reject it', 'Defence Ministry spokeswoman Lena Holt', 'Defence Ministry spokeswoman'],
      ['cannot work.', 'Defence Ministry spokeswoman Lena Holt', 'Defence Ministry spokeswoman'],
    ]);
  });

  it('keeps a quote that spans sentences whole, in the sentence where it opens', () => {
    const text = 'Talks stalled. “We will respond. This is unacceptable,” the minister said. Nothing moved.';
    const { sentences, quotes } = analyseText(text);
    expect(sentences.map((s) => s.text)).toEqual(['Talks stalled.', '“We will respond.', 'This is unacceptable,” the minister said.', 'Nothing moved.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('We will respond. This is unacceptable');
    expect(quotes[0]?.sentenceIndex).toBe(1);
    expect(who(quotes[0])).toEqual(['the minister', 'the minister']);
  });

  it('gives scare quotes and quotes without a speech verb no speaker', () => {
    for (const text of [
      'This pact, seen as a "grave danger to the region," underscores the stakes.',
      'The deal was called a "major threat by the West," and it passed.',
      'The ministry issued a "sharply worded note condemning the raid."',
      'Analysts suggest that the delay, which many in Oslo see as a form of "quiet pressure," will last.',
    ]) {
      const quotes = quotesIn(text);
      expect(quotes).toHaveLength(1);
      expect(who(quotes[0])).toEqual([undefined, undefined]);
    }
  });

  it('does not take a speech noun that is not introducing the quote', () => {
    const quotes = quotesIn('The envoy’s remarks were ‘unhelpful’, officials said.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['unhelpful', 'officials']]);
  });
});

describeWithShared('findQuotes on the seed article', ['seeds', '000_91aeb563d4901a78.txt'], () => {
  const text = readFileSync(SEED_FILE, 'utf8');
  const { quotes } = analyseText(text, SEED_DATE);
  const quote = (start: string): Quote | undefined => quotes.find((q) => q.text.startsWith(start));

  it('finds Ryabkov, Zakharova, Peskov and Lavrov as the speakers of their quotes', () => {
    expect(who(quote('Russia is telling the United States'))).toEqual(['Russian Deputy Foreign Minister Sergei Ryabkov', 'Russian Deputy Foreign Minister']);
    expect(who(quote('we would like to especially warn Washington'))).toEqual(['Russian Foreign Ministry spokeswoman Maria Zakharova', 'Russian Foreign Ministry spokeswoman']);
    expect(who(quote('could lead to uncontrollable consequences'))).toEqual(['Russian Foreign Ministry spokeswoman Maria Zakharova', 'Russian Foreign Ministry spokeswoman']);
    expect(who(quote('Russia is concerned about the developments'))).toEqual(['Dmitry Peskov', "The Kremlin's spokesman"]);
    expect(who(quote('comprehensive treaty with Iran'))).toEqual(['Russian Foreign Minister Lavrov', 'Russian Foreign Minister']);
  });

  it('gives no speaker to the quotes nobody is said to have spoken', () => {
    const spoken = quotes.filter((q) => q.speaker !== undefined).map((q) => q.speaker);
    expect(spoken).toHaveLength(5);
    expect(who(quote('major threat by US and Israel'))).toEqual([undefined, undefined]);
    expect(quotes.filter((q) => q.text === 'Iran against Russia').every((q) => q.speaker === undefined)).toBe(true);
  });

  it('keeps every quote with its offsets and sentence', () => {
    // The article uses straight marks only, all paired: one quote per two marks.
    expect(quotes.length).toBe((text.split('"').length - 1) / 2);
    const { sentences } = analyseText(text, SEED_DATE);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      const s = sentences[q.sentenceIndex];
      expect(s && q.start >= s.start && q.start <= s.end).toBe(true);
    }
  });
});
