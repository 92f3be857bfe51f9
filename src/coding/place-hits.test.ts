/**
 * Places the dictionaries do not name, resolved with the real offline gazetteer (src/places):
 * which names become country hits, and how the sentence's own countries settle shared names.
 */
import { describe, expect, it } from 'vitest';
import type { Hit } from './actor-hits.js';
import { gazetteerPlaces, placeHits } from './place-hits.js';
import type { Tag, Word } from './types.js';

/** Words from "word/TAG" pairs, offsets as if joined by single spaces ("-" glued to its neighbours). */
function words(spec: string): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const part of spec.split(' ')) {
    const [text = '', tag = 'N'] = part.split('/');
    if (text === '-' && out.length > 0) at -= 1;
    out.push({ i: out.length, text, up: text.toUpperCase(), lemma: text.toUpperCase(), tag: tag as Tag, pos: tag, start: at, end: at + text.length });
    at += text.length + (text === '-' ? 0 : 1);
  }
  return out;
}

const lookup = gazetteerPlaces();
const codes = (spec: string, hits: Hit[] = []): string[] => placeHits(words(spec), hits, lookup).map((h) => `${h.entry.id.replace('place:', '').toUpperCase()}=${h.codes.join('/')}`);

describe('places the dictionaries do not name', () => {
  it('makes a city after a place preposition its country, whatever its size', () => {
    expect(codes('troops/N fired/V shells/N into/ADP Goma/NP')).toEqual(['GOMA=COD']);
    expect(codes('a/DET rally/N in/ADP central/ADJ Lagos/NP')).toEqual(['LAGOS=NGA']);
    expect(codes('the/DET eastern/ADJ enclave/N of/ADP Gorazde/NP')).toEqual(['GORAZDE=BIH']);
  });

  it('joins hyphenated and multi-word names', () => {
    expect(codes('was/AUX foiled/V in/ADP Khanty - Mansiysk/NP')).toEqual(['KHANTY-MANSIYSK=RUS']);
  });

  it('leaves alone names that follow no place preposition, dates, and common nouns', () => {
    expect(codes('Goma/NP said/V')).toEqual([]);
    expect(codes('talks/N in/ADP March/NP')).toEqual([]);
    expect(codes('in/ADP talks/N')).toEqual([]);
  });

  it('settles a name several countries share by the country the sentence names', () => {
    const lebanon: Hit = { start: 0, end: 1, codes: ['LBN'], entry: { id: 'x', words: [], name: 'LEBANON', code: 'LBN', dated: [] }, kind: 'actor', dated: false };
    expect(codes('Lebanese/NP militias/N clashed/V in/ADP Tripoli/NP', [lebanon])).toEqual(['TRIPOLI=LBN']);
    expect(codes('militias/N clashed/V in/ADP Tripoli/NP')).toEqual(['TRIPOLI=LBY']);
  });
});
