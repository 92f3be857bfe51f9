import { describe, expect, it } from 'vitest';
import { createCoder } from './coder.js';
import { lexiconOf, TEST_ACTORS, TEST_AGENTS, TEST_VERBS } from './test-helpers/tagged.js';
import { triples } from './test-helpers/code.js';

const VERBS = `
&NEG
+DID_NOT
+WILL_NOT

--- ABANDON [345] ---
ABANDON
- * DIPLOMATIC_TIES [901]
- * NEW_ECONOMIC_TIES [903]
- &NEG * [904]
- &NEG EVER * [905]

--- RISE [---] ---
RISE {ROSE RISEN RISES RISING}
- DEATH TOLL * [223]

--- CELEBRATE [181] ---
CELEBRATE
- * FEAST AT ^ WITH + [043]

--- BREAK [1717] ---
BREAK {BROKE BROKEN BREAKS}
+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN}
- * TREATY [161]

--- FREE [066] ---
FREE
- + * FROM $ [066]
`;

const coder = createCoder(lexiconOf({ actors: TEST_ACTORS, agents: TEST_AGENTS, verbs: `${TEST_VERBS}\n${VERBS}` }), { conventions: 'petrarch', stems: false });
const news = createCoder(lexiconOf({ actors: TEST_ACTORS, agents: TEST_AGENTS, verbs: TEST_VERBS }), { nominals: {} });

describe('step 3 — verbs and patterns', () => {
  it('uses the family code when no pattern matches, and the pattern code when one does', () => {
    expect(triples(coder, 'Russia/PROPN will/AUX abandon/VERB talks/NOUN with/ADP Iran/PROPN')).toEqual(['RUS>IRN:345']);
    expect(triples(coder, 'Russia/PROPN will/AUX abandon/VERB diplomatic/ADJ ties/NOUN with/ADP Iran/PROPN')).toEqual(['RUS>IRN:901']);
  });

  it('requires joined words to be adjacent and lets open words skip', () => {
    // NEW_ECONOMIC_TIES is joined: "new global economic ties" must not match it.
    expect(triples(coder, 'Russia/PROPN will/AUX abandon/VERB new/ADJ global/ADJ economic/ADJ ties/NOUN with/ADP Iran/PROPN')).toEqual(['RUS>IRN:345']);
    // DEATH TOLL * is open: "death and injury toll" matches.
    expect(triples(coder, "Iran/PROPN 's/PART death/NOUN and/CCONJ injury/NOUN toll/NOUN has/AUX risen/VERB in/ADP the/DET war/NOUN with/ADP Israel/PROPN")).toEqual(['IRN>ISR:223']);
  });

  it('prefers the pattern with more elements before the verb (PETRARCH order)', () => {
    expect(triples(coder, 'Russia/PROPN did/AUX not/PART abandon/VERB Iran/PROPN')).toEqual(['RUS>IRN:904']);
    expect(triples(coder, 'Russia/PROPN will/AUX not/PART ever/ADV abandon/VERB Iran/PROPN')).toEqual(['RUS>IRN:905']);
  });

  it('matches synsets, skips (^) and binds the target (+)', () => {
    expect(triples(coder, 'Russia/PROPN celebrated/VERB the/DET feast/NOUN at/ADP Tehran/PROPN with/ADP Israel/PROPN')).toEqual(['RUS>ISR:043']);
    expect(triples(news, 'Russia/PROPN supplied/VERB Iran/PROPN with/ADP advanced/ADJ jets/NOUN')).toEqual(['RUS>IRN:072']);
  });

  it('binds source and target from the pattern ($ after the verb)', () => {
    expect(triples(coder, 'Israel/PROPN was/AUX freed/VERB from/ADP Iran/PROPN')).toEqual(['IRN>ISR:066']);
  });

  it('matches multi-word and irregular verb forms', () => {
    expect(triples(coder, 'Russia/PROPN broke/VERB down/ADP talks/NOUN with/ADP Iran/PROPN')).toEqual(['RUS>IRN:1717']);
    expect(triples(coder, 'Russia/PROPN broke/VERB the/DET treaty/NOUN with/ADP Iran/PROPN')).toEqual(['RUS>IRN:161']);
  });

  it('codes nothing for a --- pattern or a --- family without a matching pattern', () => {
    expect(triples(news, 'Russia/PROPN did/AUX not/PART restore/VERB diplomatic/ADJ ties/NOUN with/ADP Iran/PROPN')).toEqual([]);
    expect(triples(news, 'Russia/PROPN restored/VERB trade/NOUN with/ADP Iran/PROPN')).toEqual([]);
    expect(triples(news, 'Russia/PROPN restored/VERB diplomatic/ADJ ties/NOUN with/ADP Iran/PROPN')).toEqual(['RUS>IRN:064']);
  });

  it('finds irregular forms through the lemma under news conventions', () => {
    const bare = createCoder(lexiconOf({ actors: TEST_ACTORS, verbs: '--- MEET [040] ---\nMEET\n' }), { nominals: {} });
    expect(triples(bare, 'Russia/PROPN met/VERB/meet Iran/PROPN ./PUNCT')).toEqual(['RUS>IRN:040']);
  });
});
