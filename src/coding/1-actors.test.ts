import { describe, expect, it } from 'vitest';
import { findActors, speakerCode } from './1-actors.js';
import { compileLexicon } from './compile.js';
import { newDiscourse, updateDiscourse } from './discourse.js';
import { lexiconOf, tagged, TEST_ACTORS, TEST_AGENTS } from './test-helpers/tagged.js';
import { wordsFromTokens } from './words.js';

const lex = compileLexicon(lexiconOf({ actors: TEST_ACTORS, agents: TEST_AGENTS }), { stems: true, minStem: 4 });

function actors(spec: string, date = '2025-06-20', discourse = newDiscourse()): string[][] {
  const words = wordsFromTokens(tagged(spec).tokens);
  return findActors(words, lex, date, discourse).phrases.map((p) => p.codes);
}

describe('step 1 — actors', () => {
  it('composes agents with the country next to them', () => {
    expect(actors('the/DET Iranian/ADJ foreign/ADJ minister/NOUN spoke/VERB')).toEqual([['IRNGOV']]);
    expect(actors('Russian/ADJ troops/NOUN crossed/VERB')).toEqual([['RUSMIL']]);
    expect(actors('the/DET foreign/ADJ minister/NOUN of/ADP Iran/PROPN said/VERB')).toEqual([['IRNGOV']]);
    expect(actors("Israel/PROPN 's/PART government/NOUN said/VERB")).toEqual([['ISRGOV']]);
    expect(actors('MSF/PROPN Russia/PROPN said/VERB')).toEqual([['NGORUS']]);
  });

  it('does not append a role the code already carries', () => {
    expect(actors('Kremlin/PROPN officials/NOUN said/VERB'.replace('Kremlin', 'the/DET Kremlin'))).toEqual([['RUSGOV']]);
  });

  it('resolves office holders by the date', () => {
    expect(actors('Lavrov/PROPN said/VERB', '2025-06-20')).toEqual([['RUSGOV']]);
    expect(actors('Lavrov/PROPN said/VERB', '2001-05-01')).toEqual([['RUSELI']]);
    expect(actors('Russian/ADJ Foreign/PROPN Minister/PROPN Sergei/PROPN Lavrov/PROPN said/VERB')).toEqual([['RUSGOV']]);
  });

  it('reads lists as compounds, and distributes agents over them', () => {
    expect(actors('Moscow/PROPN and/CCONJ Tehran/PROPN signed/VERB')).toEqual([['RUS', 'IRN']]);
    expect(actors('lawmakers/NOUN in/ADP Russia/PROPN and/CCONJ Iran/PROPN met/VERB')).toEqual([['RUSLEG', 'IRNLEG']]);
    expect(actors('the/DET Iran/PROPN -/PUNCT Russia/PROPN relationship/NOUN')).toEqual([['IRN', 'RUS']]);
  });

  it('keeps a stem match (ARGENTIN) for longer words', () => {
    expect(actors('Argentina/PROPN voted/VERB')).toEqual([['ARG']]);
  });

  it('does not read a role word that modifies a noun as an agent ("military aid")', () => {
    expect(actors('Russian/ADJ military/ADJ aid/NOUN arrived/VERB')).toEqual([['RUS']]);
  });

  it('resolves "its", "their" and "the two countries" against the sentence and the discourse', () => {
    const discourse = newDiscourse();
    const words = wordsFromTokens(tagged('Russia/PROPN and/CCONJ Iran/PROPN met/VERB ./PUNCT').tokens);
    updateDiscourse(discourse, findActors(words, lex, undefined, discourse).phrases);
    expect(actors('the/DET two/NUM countries/NOUN signed/VERB', undefined, discourse)).toEqual([['RUS', 'IRN']]);
    expect(actors('their/PRON trade/NOUN grew/VERB', undefined, discourse)).toEqual([['RUS', 'IRN']]);
    // "its" prefers the actor that is not the object of a preposition.
    expect(actors("Russia/PROPN 's/PART support/NOUN for/ADP Iran/PROPN and/CCONJ its/PRON warnings/NOUN")).toEqual([['RUS'], ['IRN'], ['RUS']]);
  });

  it('resolves a quote speaker or office to an actor code', () => {
    expect(speakerCode('Sergei Lavrov', undefined, lex, '2025-06-20', newDiscourse())).toBe('RUSGOV');
    expect(speakerCode('Maria Petrova', "The Kremlin's spokesman", lex, '2025-06-20', newDiscourse())).toBe('RUSGOV');
    expect(speakerCode('Nobody Known', undefined, lex, '2025-06-20', newDiscourse())).toBeUndefined();
  });
});
