import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, phraseKey, pluralDemonym, slug, toWords, variants } from './names.js';
import { pluralAgent } from './roles.js';

describe('name helpers', () => {
  it('folds accents and letters NFD leaves alone', () => {
    expect(fold('Brasília')).toBe('Brasilia');
    expect(fold('Binali Yıldırım')).toBe('Binali Yildirim');
    expect(fold('Côte d’Ivoire')).toBe("Cote d'Ivoire");
    expect(variants('Iran')).toEqual(['Iran']);
    expect(variants('Erdoğan')).toEqual(['Erdoğan', 'Erdogan']);
  });

  it('makes upper-case whole words and stable slugs', () => {
    expect(toWords('  the  Kremlin ')).toEqual([{ text: 'THE', prefix: false }, { text: 'KREMLIN', prefix: false }]);
    expect(slug("Gideon Sa'ar")).toBe('gideon-sa-ar');
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });

  it('folds idempotently and keys are case-insensitive', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(fold(fold(s))).toBe(fold(s));
      expect(phraseKey(s.toLowerCase())).toBe(phraseKey(s.toUpperCase()).toUpperCase());
    }));
  });

  it('pluralises demonyms and agent nouns the English way', () => {
    const none = new Set<string>();
    expect(pluralDemonym('Iranian', none)).toBe('Iranians');
    expect(pluralDemonym('Chinese', none)).toBe('Chinese');
    expect(pluralDemonym('British', none)).toBe('British');
    expect(pluralDemonym('Malagasy', new Set(['Malagasy']))).toBe('Malagasy');
    expect(pluralAgent('spokesman')).toBe('spokesmen');
    expect(pluralAgent('ministry')).toBe('ministries');
    expect(pluralAgent('business')).toBe('businesses');
    expect(pluralAgent('minister of foreign affairs')).toBe('ministers of foreign affairs');
    expect(pluralAgent('troops')).toBeUndefined();
    expect(pluralAgent('police')).toBeUndefined();
  });
});
