import { describe, expect, it } from 'vitest';
import { confidence } from './4-events.js';
import { createCoder } from './coder.js';
import { codeSpec, triples } from './test-helpers/code.js';
import { lexiconOf, TEST_ACTORS, TEST_AGENTS, TEST_VERBS } from './test-helpers/tagged.js';
import type { ActorPhrase } from './types.js';

const lexicon = lexiconOf({ actors: TEST_ACTORS, agents: TEST_AGENTS, verbs: TEST_VERBS });
const coder = createCoder(lexicon, { nominals: {} });
const withNouns = createCoder(lexicon, { nominals: { CONDEMNATION: { code: '111', preps: ['OF'], id: 'test:condemnation' }, WARNINGS: { code: '130', preps: ['TO'], id: 'test:warnings' } } });

describe('step 4 — events', () => {
  it('takes the subject as source and the first actor after the verb as target', () => {
    expect(triples(coder, 'Russia/PROPN condemned/VERB the/DET attack/NOUN by/ADP Israel/PROPN ./PUNCT')).toEqual(['RUS>ISR:111']);
  });

  it('swaps source and target in the passive, and needs the agent to know the source', () => {
    expect(triples(coder, 'Israel/PROPN was/AUX condemned/VERB by/ADP Russia/PROPN ./PUNCT')).toEqual(['RUS>ISR:111']);
    expect(triples(coder, 'Israel/PROPN was/AUX condemned/VERB over/ADP its/PRON strikes/NOUN on/ADP Iran/PROPN ./PUNCT')).toEqual([]);
  });

  it('expands compounds into one event per member pair, and writes paired codes both ways', () => {
    expect(triples(coder, 'Russia/PROPN and/CCONJ Iran/PROPN condemned/VERB Israel/PROPN ./PUNCT')).toEqual(['IRN>ISR:111', 'RUS>ISR:111']);
    expect(triples(coder, 'Russia/PROPN visited/VERB Iran/PROPN ./PUNCT')).toEqual(['IRN>RUS:043', 'RUS>IRN:042']);
    expect(triples(coder, 'Russia/PROPN and/CCONJ Iran/PROPN agreed/VERB ./PUNCT')).toEqual(['IRN>RUS:030', 'RUS>IRN:030']);
  });

  it('codes a governed verb in the governor\'s CAMEO family', () => {
    // threaten + strike -> threaten with military force
    expect(triples(coder, 'Israel/PROPN threatened/VERB to/PART strike/VERB Iran/PROPN ./PUNCT')).toEqual(['ISR>IRN:138']);
    // promise + supply arms -> intent to provide military aid
    expect(triples(coder, 'Russia/PROPN promised/VERB to/PART supply/VERB Iran/PROPN with/ADP jets/NOUN ./PUNCT')).toEqual(['RUS>IRN:0332']);
    // told X not to strike -> demand de-escalation
    expect(triples(coder, 'Russia/PROPN told/VERB/tell the/DET US/PROPN not/PART to/PART strike/VERB Iran/PROPN ./PUNCT')).toEqual(['RUS>USA:1056']);
    // "is expected to" keeps the code and records the modality
    const expected = codeSpec(coder, 'Russia/PROPN is/AUX expected/VERB to/PART condemn/VERB Israel/PROPN ./PUNCT').codings;
    expect(expected.map((c) => [c.code, c.modality])).toEqual([['111', 'expected']]);
  });

  it('turns a refused provision into a rejection and the recipient\'s unmet request', () => {
    const r = codeSpec(coder, 'Russia/PROPN refused/VERB/refuse to/PART supply/VERB Iran/PROPN with/ADP jets/NOUN ./PUNCT').codings;
    expect(r.map((c) => `${c.source}>${c.target}:${c.code}${c.unfulfilled ? ':unfulfilled' : ''}`).sort()).toEqual(['IRN>RUS:0232:unfulfilled', 'RUS>IRN:1222']);
  });

  it('keeps negation and future modality on the event', () => {
    const neg = codeSpec(coder, 'Russia/PROPN did/AUX not/PART supply/VERB Iran/PROPN with/ADP jets/NOUN ./PUNCT').codings;
    expect(neg.map((c) => [c.code, c.negated])).toEqual([['072', true]]);
    const will = codeSpec(coder, 'Russia/PROPN will/AUX supply/VERB Iran/PROPN with/ADP jets/NOUN ./PUNCT').codings;
    expect(will.map((c) => [c.code, c.modality])).toEqual([['0332', 'intended']]);
    expect(triples(coder, 'Russia/PROPN could/AUX strike/VERB Iran/PROPN ./PUNCT')).toEqual([]);
  });

  it('lets a reported event win over the reporting verb', () => {
    expect(triples(coder, 'Lavrov/PROPN said/VERB that/SCONJ Russia/PROPN condemned/VERB Israel/PROPN ./PUNCT')).toEqual(['RUS>ISR:111']);
  });

  it('codes event nouns when both sides are written', () => {
    expect(triples(withNouns, "Russia/PROPN 's/PART condemnation/NOUN of/ADP Israeli/ADJ strikes/NOUN was/AUX swift/ADJ ./PUNCT")).toEqual(['RUS>ISR:111']);
    expect(triples(withNouns, 'Russia/PROPN issued/VERB/issue warnings/NOUN to/ADP the/DET United/PROPN States/PROPN ./PUNCT')).toEqual(['RUS>USA:130']);
    expect(triples(withNouns, 'the/DET condemnation/NOUN was/AUX swift/ADJ ./PUNCT')).toEqual([]);
  });

  it('does not make a state and its own government a dyad, nor code a place as a meeting partner', () => {
    expect(triples(coder, 'Russian/ADJ officials/NOUN condemned/VERB Russia/PROPN ./PUNCT')).toEqual([]);
    expect(triples(coder, 'Iran/PROPN and/CCONJ Israel/PROPN met/VERB/meet in/ADP Moscow/PROPN ./PUNCT')).toEqual(['IRN>ISR:040', 'ISR>IRN:040']);
  });

  it('computes confidence from rule strength, actor certainty, modality and negation', () => {
    const phrase = (certainty: number): ActorPhrase => ({ start: 0, end: 1, codes: ['RUS'], members: [], rule: 'x', source: 'dictionary', certainty, head: 0, possessive: false });
    expect(confidence(0.9, phrase(1), phrase(1), 'asserted', false)).toBe(0.9);
    expect(confidence(0.9, phrase(1), phrase(0.6), 'asserted', false)).toBe(0.54);
    expect(confidence(0.75, phrase(1), phrase(1), 'intended', true)).toBe(0.473);
    expect(confidence(0.7, phrase(0.6), undefined, 'asserted', false, true)).toBe(0.42);
  });
});
