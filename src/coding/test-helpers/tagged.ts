/**
 * Test input written by hand: "Russia/PROPN condemned/VERB Israel/PROPN ./PUNCT" becomes a
 * Sentence with those tags (an optional third part is the lemma: "met/VERB/meet"), so step tests
 * do not depend on the tagger. Also a small lexicon read from dictionary text in TABARI syntax.
 */
import { readDictionary } from '../../dictionaries/index.js';
import type { Lexicon, Sentence, Token } from '../../domain/index.js';

export function tagged(spec: string, index = 0): Sentence {
  const tokens: Token[] = [];
  let text = '';
  for (const part of spec.trim().split(/\s+/)) {
    const [word = '', pos = 'X', lemma] = part.split('/');
    const glue = /^[.,;:!?)'"]$|^'s$|^n't$/i.test(word) || pos === 'POS' || text === '' || text.endsWith('-');
    if (!glue) text += ' ';
    const start = text.length;
    text += word;
    const token: Token = { text: word, lower: word.toLowerCase(), start, end: start + word.length, pos };
    if (lemma !== undefined) token.lemma = lemma;
    tokens.push(token);
  }
  return { index, start: 0, end: text.length, text, tokens, dates: [] };
}

/** A lexicon from dictionary texts (any of them may be empty). */
export function lexiconOf(parts: { verbs?: string; actors?: string; agents?: string; discards?: string }): Lexicon {
  const lex: Lexicon = { name: 'test', actors: [], agents: [], verbs: [], synsets: {}, discards: [], issues: [], warnings: [] };
  for (const kind of ['verbs', 'actors', 'agents', 'discards'] as const) {
    const text = parts[kind];
    if (!text) continue;
    const part = readDictionary(kind, text, `test-${kind}`);
    if (part.warnings.length > 0) throw new Error(`test ${kind}: ${part.warnings.map((w) => w.message).join('; ')}`);
    if (part.actors) lex.actors.push(...part.actors);
    if (part.agents) lex.agents.push(...part.agents);
    if (part.verbs) lex.verbs.push(...part.verbs);
    if (part.synsets) Object.assign(lex.synsets, part.synsets);
    if (part.discards) lex.discards.push(...part.discards);
  }
  return lex;
}

/** A small world written for the tests: a few states, roles, an office holder, some verbs. */
export const TEST_ACTORS = `
RUSSIA_ [RUS]
+RUSSIAN_
+MOSCOW_
THE_KREMLIN_ [RUSGOV]
IRAN_ [IRN]
+IRANIAN_
+TEHRAN_
ISRAEL_ [ISR]
+ISRAELI_
UNITED_STATES_ [USA]
+WASHINGTON_
+US_
UKRAINE_ [UKR]
SERGEI_LAVROV_
+LAVROV_
  [RUSELI <20040309]
  [RUSGOV >20040308]
ARGENTIN [ARG]
`;

export const TEST_AGENTS = `
FOREIGN_MINISTER_ [~GOV]
FOREIGN_MINISTRY_ [~GOV]
GOVERNMENT_ [~GOV]
TROOPS_ {} [~MIL]
MILITARY_ {} [~MIL]
LAWMAKER_ [~LEG]
OFFICIAL_ [~GOV]
MSF_ {} [NGO~]
`;

export const TEST_VERBS = `
&ARMS
+WEAPONS
+JETS
+AIR_DEFENCE

--- CONDEMN [111] ---
CONDEMN
- * + AS_ILLEGAL [1111]

--- WARN [130] ---
WARN

--- PROVIDE [070] ---
PROVIDE
SUPPLY
- * + WITH &ARMS [072]
- * &ARMS [072]

--- MEET [040:040] ---
MEET {MET MEETS MEETING}

--- VISIT [042:043] ---
VISIT

--- REJECT [120] ---
REJECT
- * &ARMS_REQUEST [1222]

--- RESTORE [---] ---
RESTORE
- * DIPLOMATIC_TIES [064]
- NOT_* [---]

--- AGREE [030] ---
AGREE
- % * [030:030]

--- THREATEN [130] ---
THREATEN

--- STRIKE [190] ---
STRIKE {STRUCK STRIKES STRIKING}
ATTACK

--- SAY [010] ---
SAY {SAID SAYS SAYING}

--- REQUEST [020] ---
REQUEST
ASK
`;
