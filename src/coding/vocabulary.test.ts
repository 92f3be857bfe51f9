import { describe, expect, it } from 'vitest';
import { Marks, Vocabulary } from './vocabulary.js';

describe('Vocabulary', () => {
  it('gives a word of the text the id its dictionary word has, and new words ids of their own', () => {
    const v = new Vocabulary();
    const treaty = v.id('TREATY');
    expect(v.id('TREATY')).toBe(treaty);
    expect(v.ofText('TREATY')).toBe(treaty);
    const novel = v.ofText('ZANZIBARI');
    expect(novel).not.toBe(treaty);
    expect(v.ofText('ZANZIBARI')).toBe(novel);
    expect(v.known('ZANZIBARI')).toBe(-1);
    // A dictionary word first met in text keeps the id the text gave it.
    expect(v.id('ZANZIBARI')).toBe(novel);
    expect(v.known('ZANZIBARI')).toBe(novel);
    expect([...v.idsOf(['TREATY', 'ZANZIBARI'])]).toEqual([treaty, novel]);
  });

  it('stops making ids past its limit and answers -1 for new words instead', () => {
    const v = new Vocabulary(2);
    expect(v.ofText('A')).toBe(0);
    expect(v.ofText('B')).toBe(1);
    expect(v.ofText('C')).toBe(-1);
    expect(v.ofText('A')).toBe(0);
  });

  it("remembers a word's stem id once, and gives none to short words or unknown stems", () => {
    const v = new Vocabulary();
    const stem = v.id('ARGE');
    const word = v.ofText('ARGENTINA');
    expect(v.stem(word, 'ARGENTINA', 4)).toBe(stem);
    expect(v.stem(word, 'ARGENTINA', 4)).toBe(stem);
    expect(v.stem(v.ofText('ARM'), 'ARM', 4)).toBe(-1);
    expect(v.stem(v.ofText('ZEBRA'), 'ZEBRA', 4)).toBe(-1);
  });
});

describe('Marks', () => {
  it('holds the ids of the last mark only, and grows for large ids', () => {
    const m = new Marks();
    const first = m.mark([1, 5, 5000]);
    expect(m.has(5, first) && m.has(5000, first)).toBe(true);
    expect(m.has(2, first)).toBe(false);
    const second = m.mark([2, -1]);
    expect(m.current()).toBe(second);
    expect(m.has(2, second)).toBe(true);
    expect(m.has(5, second)).toBe(false);
    // An old stamp no longer holds, so a caller can tell it must mark again.
    expect(m.has(2, first)).toBe(false);
    expect(m.has(-1, second)).toBe(false);
  });
});
