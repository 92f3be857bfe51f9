/**
 * Who the actors of real news are when the dictionaries alone cannot say: a state's police and
 * its protesters (domestic events), people the office-holder table knows only in another term,
 * towns the dictionaries do not name, "they" for a group of people, who is asked in "demanded
 * that ...", and force used on those a clause above named. Every sentence is written for this
 * test and coded with the real nlp, the own lexicon and the real gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../nlp/index.js';
import { codeSentence } from './code-sentence.js';
import { createCoder } from './coder.js';
import { newDiscourse } from './discourse.js';
import { ownLexicon } from './own/index.js';

const coder = createCoder(ownLexicon());

function code(text: string, date = '2024-05-01'): string[] {
  const discourse = newDiscourse();
  return analyseText(text, date).sentences.flatMap((s) => codeSentence(coder, s, discourse, date).codings)
    .map((c) => `${c.source}>${c.target}:${c.code}`);
}

describe('domestic events: a role with no country takes the one the sentence names', () => {
  it("codes a state's police against its own protesters and students", () => {
    expect(code('Bolivian police detained dozens of protesters.')).toEqual(['BOLCOP>BOLCVL:173']);
    // Foreign protesters keep their own country.
    expect(code('Bolivian police detained Peruvian protesters.')).toEqual(['BOLCOP>PERCVL:173']);
  });

  it('does not let the source of a report decide, unless it is the only country named', () => {
    expect(code('Police in Lima arrested students, a Chilean diplomat said.')).toEqual(['PERCOP>PEREDU:173']);
    expect(code('Police arrested dozens of students, Chilean officials said.')).toEqual(['CHLCOP>CHLEDU:173']);
  });

  it('gives protesters described by an -ing verb their protest against their own state', () => {
    expect(code('Bolivian police dispersed demonstrators protesting fuel prices.')).toEqual(['BOLCOP>BOLCVL:175', 'BOLCVL>BOL:140']);
  });

  it('codes what a state eases or permits at home: a rally, a curfew in one of its cities', () => {
    expect(code('The Kenyan government allowed the opposition to hold a rally in Nairobi.')).toEqual(['KENGOV>KENOPP:0811']);
    expect(code("Ecuador's government lifted the curfew in Guayaquil.")).toEqual(['ECUGOV>ECU:0813']);
    expect(code('Ghanaian teachers called off their strike.')).toEqual(['GHAEDU>GHA:082']);
  });
});

describe('people and places the dictionaries do not cover', () => {
  it("codes a titled office holder named outside the table's terms by the title and his country", () => {
    expect(code('President Obama met Kenyan officials.')).toContain('USAGOV>KENGOV:040');
    expect(code('The Obama administration criticised Kenya.')).toEqual(['USAGOV>KEN:111']);
    // The surname alone, out of office, could be anyone.
    expect(code('Obama criticised Kenya.')).toEqual([]);
    expect(code('Foreign Minister Lavrov criticised Japan.', '2001-05-01')).toEqual(['RUSGOV>JPN:111']);
  });

  it('makes a town after a place preposition its country: a target of force, never a meeting venue', () => {
    expect(code('Rwandan troops fired shells into Goma.')).toEqual(['RWAMIL>COD:194']);
    expect(code('Somali and Ethiopian officials met in Mombasa.').some((t) => t.includes('KEN'))).toBe(false);
  });

  it('matches names written with a possessive ending as the tokenizer splits them', () => {
    expect(code("The Kurdistan Workers' Party attacked Turkish soldiers.")).toEqual(['TURREB>TURMIL:190']);
  });
});

describe('who is meant', () => {
  it('reads "they" as a group of people named before when no pair was', () => {
    expect(code('Somali gunmen seized a freighter before they fired on a Kenyan patrol boat.')).toEqual(['SOMREB>KEN:193']);
  });

  it('makes the one who is to act in "demanded that ..." the target of the demand', () => {
    expect(code("Mali's opposition demanded that the government hold early elections.")).toEqual(['MLIOPP>MLIGOV:100']);
  });

  it('codes force in a participle clause against those the clause above acted on', () => {
    const got = code('Nepalese police fired on protesters, killing two and arresting 30.');
    expect(got).toContain('NPLCOP>NPLCVL:190');
    expect(got).toContain('NPLCOP>NPLCVL:173');
  });

  it('codes refusing to send peacekeepers as rejecting a request for peacekeeping', () => {
    expect(code('Brazil refused to deploy peacekeepers in Haiti.')).toContain('BRA>HTI:1224');
  });
});
