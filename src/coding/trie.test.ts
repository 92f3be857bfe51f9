import { describe, expect, it } from 'vitest';
import { PhraseTrie } from './trie.js';

const w = (text: string, prefix = false) => ({ text, prefix });

describe('PhraseTrie', () => {
  it('finds the longest phrase starting at a word', () => {
    const t = new PhraseTrie<string>();
    t.add([w('NEW'), w('ZEALAND')], 'NZE');
    t.add([w('ZEALAND')], 'DNK');
    expect(t.longest(['NEW', 'ZEALAND', 'SAID'], 0)).toEqual({ end: 2, values: ['NZE'], exact: true });
    expect(t.longest(['NEW', 'ZEALAND', 'SAID'], 1)?.values).toEqual(['DNK']);
    expect(t.longest(['NEW', 'YORK'], 0)).toBeUndefined();
  });

  it('lets a stem match longer words, but prefers an exact word of the same length', () => {
    const t = new PhraseTrie<string>({ stems: true, minStem: 4 });
    t.add([w('ARGENTIN', true)], 'stem');
    t.add([w('ARGENTINA')], 'exact');
    expect(t.longest(['ARGENTINE'], 0)).toMatchObject({ values: ['stem'], exact: false });
    expect(t.longest(['ARGENTINA'], 0)).toMatchObject({ values: ['exact'], exact: true });
  });

  it('matches short stems and disabled stems as whole words only', () => {
    const short = new PhraseTrie<string>({ stems: true, minStem: 4 });
    short.add([w('THE'), w('KU', true)], 'KU');
    expect(short.longest(['THE', 'KUWAIT'], 0)).toBeUndefined();
    expect(short.longest(['THE', 'KU'], 0)?.values).toEqual(['KU']);
    const off = new PhraseTrie<string>({ stems: false, minStem: 4 });
    off.add([w('RESOLUTION', true)], 'R');
    expect(off.longest(['RESOLUTIONS'], 0)).toBeUndefined();
  });

  it('stops at the given bound and answers starts() cheaply', () => {
    const t = new PhraseTrie<string>();
    t.add([w('A'), w('B'), w('C')], 'abc');
    t.add([w('A')], 'a');
    expect(t.longest(['A', 'B', 'C'], 0, 2)?.values).toEqual(['a']);
    expect(t.starts('A')).toBe(true);
    expect(t.starts('B')).toBe(false);
  });

  it('gives the same answers with the words\' vocabulary ids as without, and after more phrases are added', () => {
    const t = new PhraseTrie<string>({ stems: true, minStem: 4 });
    t.add([w('UNITED'), w('NATIONS')], 'UN');
    t.add([w('ARGENTIN', true)], 'ARG');
    const keys = ['THE', 'UNITED', 'NATIONS', 'AND', 'ARGENTINA'];
    const ids = t.vocab.idsOf(keys);
    for (let i = 0; i < keys.length; i++) expect(t.longest(keys, i, keys.length, ids)).toEqual(t.longest(keys, i));
    expect(t.longest(keys, 1, keys.length, ids)?.values).toEqual(['UN']);
    // A phrase added after lookups is found: what the trie remembered about a word is dropped.
    expect(t.starts('THE')).toBe(false);
    t.add([w('THE'), w('HAGUE')], 'NLD');
    expect(t.starts('THE')).toBe(true);
    expect(t.longest(['THE', 'HAGUE'], 0)?.values).toEqual(['NLD']);
  });
});
