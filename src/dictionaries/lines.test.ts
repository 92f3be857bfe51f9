import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../errors.js';
import { dictionaryLines, WarningSink } from './lines.js';

describe('dictionaryLines', () => {
  it('strips # comments and <!-- --> blocks, keeping line numbers', () => {
    const sink = new WarningSink('f');
    const text = '\ufeffA  # note\r\n<!-- one\ntwo -->B\n\n# only a comment\nC <!-- x --> D # y\n<! -- typo form --> E\n# <!-- not opened\nF';
    expect(dictionaryLines(text, sink)).toEqual([
      { no: 1, text: 'A' }, { no: 3, text: 'B' }, { no: 6, text: 'C  D' }, { no: 7, text: ' E' }, { no: 9, text: 'F' },
    ]);
    expect(sink.warnings).toEqual([]);
  });

  it('reports a block that is never closed', () => {
    const sink = new WarningSink('f');
    expect(dictionaryLines('A\n<!-- open\nB\nC', sink)).toEqual([{ no: 1, text: 'A' }]);
    expect(sink.warnings).toEqual([{ file: 'f', line: 2, message: expect.stringMatching(/never closed/) }]);
  });
});

describe('WarningSink.attempt', () => {
  it('turns a DictionaryError into a warning and lets other errors through', () => {
    const sink = new WarningSink('f');
    expect(sink.attempt(4, () => { throw new DictionaryError('DICTIONARY', 'bad'); })).toBeUndefined();
    expect(sink.warnings).toEqual([{ file: 'f', line: 4, message: 'bad' }]);
    expect(() => sink.attempt(5, () => { throw new TypeError('bug'); })).toThrow(TypeError);
    expect(sink.attempt(6, () => 42)).toBe(42);
  });
});
