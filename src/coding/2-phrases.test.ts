import { describe, expect, it } from 'vitest';
import { analysePhrases } from './2-phrases.js';
import { tagged } from './test-helpers/tagged.js';
import type { Phrases, Word } from './types.js';
import { wordsFromTokens } from './words.js';

function phrases(spec: string): { words: Word[]; p: Phrases } {
  const words = wordsFromTokens(tagged(spec).tokens);
  return { words, p: analysePhrases(words) };
}

const kinds = (x: { words: Word[]; p: Phrases }): string[] => x.p.clauses.map((c) => `${c.kind}:${x.words[c.start]!.text}`);

describe('step 2 — phrases', () => {
  it('finds verb groups with negation, modals and passive voice', () => {
    const { words, p } = phrases('Russia/PROPN did/AUX not/PART deliver/VERB jets/NOUN and/CCONJ Iran/PROPN was/AUX condemned/VERB by/ADP Israel/PROPN ./PUNCT');
    expect(p.verbs.map((g) => [words[g.head]?.text, g.negated, g.passive])).toEqual([['deliver', true, false], ['condemned', false, true]]);
    const will = phrases('Russia/PROPN will/AUX supply/VERB jets/NOUN');
    expect(will.p.verbs[0]).toMatchObject({ modal: 'WILL', negated: false });
  });

  it('marks the infinitive after "not to" as negated', () => {
    const { words, p } = phrases('Russia/PROPN told/VERB the/DET US/PROPN not/PART to/PART strike/VERB Iran/PROPN');
    const strike = p.verbs.find((g) => words[g.head]?.up === 'STRIKE')!;
    expect(strike.negated).toBe(true);
  });

  it('chunks noun phrases, keeping possessives and hyphen compounds inside', () => {
    const { words, p } = phrases("the/DET state/NOUN 's/PART fiercest/ADJ foe/NOUN met/VERB the/DET Iran/PROPN -/PUNCT Russia/PROPN panel/NOUN");
    expect(p.nps.map((n) => words.slice(n.start, n.end).map((w) => w.text).join(' '))).toEqual(["the state 's fiercest foe", 'the Iran - Russia panel']);
  });

  it('cuts clauses at complementisers, relatives, infinitives, coordination and reporting commas', () => {
    expect(kinds(phrases('Russia/PROPN said/VERB that/SCONJ Iran/PROPN would/AUX reply/VERB'))).toEqual(['main:Russia', 'comp:that']);
    expect(kinds(phrases('Iran/PROPN ,/PUNCT which/PRON attacked/VERB Israel/PROPN ,/PUNCT denied/VERB it/PRON'))).toEqual(['main:Iran', 'rel:which', 'coord:,']);
    expect(kinds(phrases('Russia/PROPN urged/VERB Iran/PROPN to/PART talk/VERB'))).toEqual(['main:Russia', 'inf:to']);
    expect(kinds(phrases('Russia/PROPN condemned/VERB Israel/PROPN and/CCONJ praised/VERB Iran/PROPN'))).toEqual(['main:Russia', 'coord:and']);
    expect(kinds(phrases('Iran/PROPN struck/VERB Israel/PROPN ,/PUNCT a/DET senior/ADJ official/NOUN said/VERB ./PUNCT'))).toEqual(['main:Iran', 'main:,']);
    expect(kinds(phrases('Gallant/PROPN said/VERB the/DET strikes/NOUN had/AUX hit/VERB Iran/PROPN'))).toEqual(['main:Gallant', 'comp:the']);
  });

  it('reads a participle inside a noun phrase as a modifier, not a verb', () => {
    const { words, p } = phrases('the/DET affected/VERB villages/NOUN asked/VERB for/ADP aid/NOUN');
    expect(p.verbs.map((g) => words[g.head]?.text)).toEqual(['asked']);
  });
});
