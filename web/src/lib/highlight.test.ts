import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightSegments } from './highlight.js';

describe('highlightSegments', () => {
  const sentence = 'Moscow condemned the strike on Tehran.';

  it('marks source, verb and target from their spans', () => {
    const segments = highlightSegments(sentence, {
      source: { start: 0, end: 6 },
      verb: { start: 7, end: 16 },
      target: { start: 31, end: 37 },
    });
    expect(segments).toEqual([
      { text: 'Moscow', part: 'source' },
      { text: ' ' },
      { text: 'condemned', part: 'verb' },
      { text: ' the strike on ' },
      { text: 'Tehran', part: 'target' },
      { text: '.' },
    ]);
  });

  it('lets the verb win where spans overlap and clamps spans past the end', () => {
    const segments = highlightSegments('Iran asked Russia', {
      source: { start: 0, end: 8 },
      verb: { start: 5, end: 10 },
      target: { start: 11, end: 99 },
    });
    expect(segments).toEqual([
      { text: 'Iran ', part: 'source' },
      { text: 'asked', part: 'verb' },
      { text: ' ' },
      { text: 'Russia', part: 'target' },
    ]);
  });

  it('returns the sentence whole when there is nothing to mark', () => {
    expect(highlightSegments('No actors here.', {})).toEqual([{ text: 'No actors here.' }]);
    expect(highlightSegments('', { verb: { start: 0, end: 3 } })).toEqual([]);
  });

  it('never loses or repeats a character, whatever the spans', () => {
    const span = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.option(span, { nil: undefined }), fc.option(span, { nil: undefined }), fc.option(span, { nil: undefined }),
        (text, source, verb, target) => {
          const highlights = { ...(source ? { source } : {}), ...(verb ? { verb } : {}), ...(target ? { target } : {}) };
          const segments = highlightSegments(text, highlights);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (let i = 1; i < segments.length; i++) expect(segments[i]?.part).not.toBe(segments[i - 1]?.part);
        }),
    );
  });
});
