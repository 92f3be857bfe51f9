import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWithShared, SEED_DATE, SEED_FILE } from '../../test/shared.js';
import type { Document } from '../domain/index.js';
import { EntenteError, InputError } from '../errors.js';
import { type Analysis, analyse, analyseText } from './index.js';
import { MAX_TOKEN } from './reader.js';

const doc = (text: string, extra: Partial<Document> = {}): Document => ({ id: 'd1', contentHash: 'h', format: 'text', text, ...extra });

function expectConsistent(text: string, { sentences, quotes }: Analysis): void {
  sentences.forEach((s, index) => {
    expect(s.index).toBe(index);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    for (const d of s.dates) expect(s.text.slice(d.start, d.end)).toBe(d.text);
  });
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(sentences[q.sentenceIndex]).toBeDefined();
  }
}

describe('analyse', () => {
  it('runs every step on a document and resolves dates against its date', () => {
    const text = 'Oslo Talks Resume\n"We condemned the strikes," said Foreign Minister Anna Berg on Tuesday.';
    const result = analyse(doc(text, { date: '2025-06-20' }));
    expectConsistent(text, result);
    expect(result.sentences.map((s) => s.text)).toEqual(['Oslo Talks Resume', '"We condemned the strikes," said Foreign Minister Anna Berg on Tuesday.']);
    const second = result.sentences[1];
    expect(second?.tokens.find((t) => t.text === 'condemned')).toMatchObject({ pos: 'VERB', lemma: 'condemn', lower: 'condemned' });
    expect(second?.dates.map((d) => [d.text, d.date, d.relative])).toEqual([['Tuesday', '2025-06-17', true]]);
    expect(result.quotes).toEqual([
      { sentenceIndex: 1, text: 'We condemned the strikes', start: 19, end: 43, speaker: 'Foreign Minister Anna Berg', speakerOffice: 'Foreign Minister' },
    ]);
  });

  it('reads a document with a run of 200,000 characters and no space, offsets true, the sentence before it whole', () => {
    // wink's abbreviation test is quadratic in a token's length: unbroken, this run took minutes.
    const run = 'x'.repeat(200_000);
    const text = `Russia warned the United States. ${run}`;
    const result = analyse(doc(text, { date: '2025-06-20' }));
    expectConsistent(text, result);
    expect(result.sentences[0]?.tokens.slice(0, 6).map((t) => t.text)).toEqual(['Russia', 'warned', 'the', 'United', 'States', '.']);
    const tokens = result.sentences.flatMap((s) => s.tokens);
    expect(Math.max(...tokens.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_TOKEN);
    // Every character of the run is in a token but the ones shown to wink as cuts.
    const inRun = tokens.filter((t) => t.text.startsWith('x')).reduce((n, t) => n + t.text.length, 0);
    expect(inRun).toBe(run.length - Math.floor(run.length / (MAX_TOKEN + 1)));
  });

  it('leaves relative dates out of an undated document', () => {
    const result = analyse(doc('The envoy left on Tuesday. The pact dates from 1990.'));
    expect(result.sentences.map((s) => s.dates.map((d) => d.text))).toEqual([[], ['1990']]);
  });

  it('rejects a malformed document date, naming the file, line and field', () => {
    const bad = doc('Text.', { date: '2025-02-30', origin: 'feeds/news.jsonl:7' });
    expect(() => analyse(bad)).toThrow(InputError);
    try {
      analyse(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(EntenteError);
      const e = error as EntenteError;
      expect(e.location).toEqual({ file: 'feeds/news.jsonl', line: 7, field: 'date' });
      expect(e.describe()).toMatch(/feeds\/news\.jsonl:7 field "date": document d1: date "2025-02-30" is not a calendar day — expected an ISO date YYYY-MM-DD/);
    }
    expect(() => analyseText('Text.', '20/06/2025')).toThrow(/not a calendar day/);
  });

  it('handles empty text', () => {
    expect(analyseText('')).toEqual({ sentences: [], quotes: [] });
  });

  it('never throws and keeps every offset consistent on arbitrary text (property)', () => {
    const piece = fc.constantFrom('"', '“', '”', '‘', '’', 'said', 'Berg', 'on Friday', 'June 13', 'in 1990', '.', ',', '\n', ' ', 'U.S.', '...', 'yesterday', "'s", 'who', 'according to');
    const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 80, unit: 'grapheme' })), fc.constantFrom(undefined, '2025-06-20'), (input, date) => {
        expectConsistent(input, analyseText(input, date));
      }),
      { numRuns: 300 },
    );
  });
});

describeWithShared('analyse on the seed article', ['seeds', '000_91aeb563d4901a78.txt'], () => {
  const text = readFileSync(SEED_FILE, 'utf8');
  const result = analyse(doc(text, { date: SEED_DATE }));

  it('keeps sentences, tokens, dates and quotes tied to the text', () => {
    expectConsistent(text, result);
    expect(result.sentences.reduce((n, s) => n + s.tokens.length, 0)).toBeGreaterThan(2500);
  });

  it('dates the events the article mentions', () => {
    const dates = result.sentences.flatMap((s) => s.dates.map((d) => [d.text, d.date, d.precision]));
    expect(dates).toEqual([
      ['1586', '1586-01-01', 'year'],
      ['April', '2025-04-01', 'month'],
      ['June 13', '2025-06-13', 'day'],
      ['Thursday, June 19, 2025', '2025-06-19', 'day'],
    ]);
  });
});
