/**
 * A small discourse state carried across the sentences of one document, so "its", "their",
 * "both nations" and "the two countries" resolve to the actors the text was just talking about.
 */
import type { Modality } from '../domain/index.js';
import type { ActorPhrase, Word } from './types.js';

export interface Discourse {
  /** Codes of the salient single actor (the last sentence's subject-like actor). */
  single: string[] | undefined;
  /** Codes of the salient group (the last compound, e.g. RUS + IRN). */
  group: string[] | undefined;
  /** Codes of the last person-like subject (an office holder or a titled role): "he", "her". */
  person?: string[];
  /** Quoted passages of the current sentence with their speaker's code (sentence offsets):
   * "we" inside a quote is the speaker's side. */
  quotes: { start: number; end: number; code: string }[];
  /** Who carried out the last attack coded (18x–20x): "condemning the attacks" later means them. */
  attacker?: string[];
  /** The last sentence's aid, request and refusal events ("This includes fighter jets" adds to them). */
  material?: MaterialEvent[];
}

/** An aid-related event of the previous sentence, kept so an elaboration can repeat it. */
export interface MaterialEvent {
  source: string;
  target: string;
  code: string;
  modality: Modality;
  unfulfilled: boolean;
  rule: string;
  confidence: number;
}

export function newDiscourse(): Discourse {
  return { single: undefined, group: undefined, quotes: [] };
}

const FIRST_PERSON = new Set(['WE', 'OUR', 'US', 'OURSELVES']);

const SINGULAR = new Set(['IT', 'ITS', 'ITSELF']);
/** Words that may start a coreferring expression; everything else is skipped at once. */
const CANDIDATE = new Set([
  'IT', 'ITS', 'ITSELF', 'THEY', 'THEIR', 'THEM', 'THEMSELVES', 'BOTH', 'THE', 'EACH', 'BILATERAL', 'WE', 'OUR', 'US', 'OURSELVES',
  'HE', 'HIM', 'HIS', 'HIMSELF', 'SHE', 'HER', 'HERSELF',
]);
const PERSON = new Set(['HE', 'HIM', 'HIS', 'HIMSELF', 'SHE', 'HER', 'HERSELF']);

/** A phrase that can be "he" or "she": an office holder or a country with a role (RUSGOV). */
function personLike(p: ActorPhrase): boolean {
  return p.codes.length === 1 && p.source !== 'coreference' && (p.source === 'office' || (p.codes[0]!.length >= 6 && !p.codes[0]!.startsWith('---')));
}
const PLURAL = new Set(['THEY', 'THEIR', 'THEM', 'THEMSELVES']);
/** Plural nouns for people that do not end in -s. */
const PEOPLE_PLURALS = new Set(['POLICE', 'PEOPLE', 'MILITIA', 'CLERGY', 'YOUTH', 'PUBLIC']);

/** A one-actor phrase whose head is a plural common noun for people ("Palestinian suicide
 * bombers", "riot police", "the protesters"): what "they" can mean when no pair was named. A
 * state's name is a proper noun, so no such phrase even in the plural ("the United States"). */
function pluralPeople(words: readonly Word[], p: ActorPhrase): boolean {
  // A role with no country ("23 people") is who was acted on, rarely who "they" are.
  if (p.codes.length !== 1 || p.source === 'coreference' || p.codes[0]!.startsWith('---')) return false;
  const head = words[p.end - 1];
  if (head === undefined || head.tag !== 'N') return false;
  return PEOPLE_PLURALS.has(head.up) || head.up.endsWith('MEN') || (head.up.endsWith('S') && !head.up.endsWith('SS'));
}
const GROUP_NOUNS = new Set([
  'COUNTRIES', 'NATIONS', 'STATES', 'SIDES', 'GOVERNMENTS', 'CAPITALS', 'PARTNERS', 'ALLIES', 'POWERS', 'ECONOMIES',
  'LEADERS', 'ADVERSARIES', 'RIVALS', 'NEIGHBOURS', 'NEIGHBORS', 'PRESIDENTS', 'MINISTERS', 'DELEGATIONS', 'GOVERNMENTS',
]);

/** Resolves pronouns and group expressions in one sentence; returns the phrases to add. */
export function resolvePronouns(words: readonly Word[], phrases: readonly ActorPhrase[], state: Discourse): ActorPhrase[] {
  const added: ActorPhrase[] = [];
  const taken = new Uint8Array(words.length);
  for (const p of phrases) for (let k = p.start; k < p.end; k++) taken[k] = 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (taken[i] === 1 || !CANDIDATE.has(w.up)) continue;
    let end = i + 1;
    let codes: string[] | undefined;
    let kind: ActorPhrase['pronoun'];
    if (FIRST_PERSON.has(w.up)) {
      // "we would like to warn Washington", said Zakharova: the speaker's side. A lower-case
      // "us" only: "US" is the country.
      if (w.tag !== 'PRON' || w.text === 'US') continue;
      const q = state.quotes.find((x) => x.start <= w.start && w.end <= x.end);
      if (!q) continue;
      codes = [q.code];
      kind = w.up === 'OUR' ? 'possessive' : 'personal';
    } else if (w.tag === 'PRON' && SINGULAR.has(w.up)) {
      // The nearest actor that is not the object of a preposition ("Russia's support for Iran,
      // its warnings" -> Russia), else the nearest at all, else the last sentence's subject.
      const before = [...phrases, ...added].filter((p) => p.end <= i && p.codes.length === 1 && p.source !== 'coreference');
      const free = before.filter((p) => p.prep === undefined);
      const pick = free[free.length - 1] ?? before[before.length - 1];
      codes = pick ? pick.codes : state.single;
      kind = w.up === 'ITS' ? 'possessive' : 'personal';
    } else if (w.tag === 'PRON' && PERSON.has(w.up)) {
      // "he will extend the curfew": the nearest person-like actor, else the last one named.
      const before = [...phrases, ...added].filter((p) => p.end <= i && personLike(p));
      const free = before.filter((p) => p.prep === undefined);
      const pick = free[free.length - 1] ?? before[before.length - 1];
      codes = pick ? pick.codes : state.person;
      const next = words[i + 1];
      kind = w.up === 'HIS' || (w.up === 'HER' && next !== undefined && (next.tag === 'N' || next.tag === 'ADJ' || next.tag === 'NP')) ? 'possessive' : 'personal';
    } else if (w.tag === 'PRON' && PLURAL.has(w.up)) {
      // A pair named before, else a group of people named before ("the bombers ... they"), else
      // the pair the text is about.
      const before = phrases.filter((p) => p.end <= i && p.codes.length > 1);
      const people = before.length === 0 ? phrases.filter((p) => p.end <= i && p.prep === undefined && pluralPeople(words, p)) : [];
      codes = before.length > 0 ? before[before.length - 1]!.codes : people.length > 0 ? people[people.length - 1]!.codes : state.group;
      kind = w.up === 'THEIR' ? 'possessive' : 'personal';
    } else if (w.up === 'BILATERAL' && state.group) {
      // "bilateral trade": the pair the text is about, when no pair is named in the sentence.
      if (phrases.some((p) => p.codes.length > 1)) continue;
      codes = state.group;
      kind = 'group';
    } else if ((w.up === 'BOTH' || w.up === 'THE' || w.up === 'EACH') && i + 1 < words.length) {
      // "both nations", "the two countries", "each other", "both Iran and Israel" is a real list.
      const next = words[i + 1]!;
      if (w.up === 'EACH' && next.up === 'OTHER') end = i + 2;
      else if (w.up === 'THE' && next.up === 'TWO' && GROUP_NOUNS.has(words[i + 2]?.up ?? '')) end = i + 3;
      else if (w.up === 'BOTH' && GROUP_NOUNS.has(next.up)) end = i + 2;
      else continue;
      const before = phrases.filter((p) => p.end <= i && p.codes.length > 1);
      codes = before.length > 0 ? before[before.length - 1]!.codes : state.group;
      kind = 'group';
    }
    if (!codes || codes.length === 0 || kind === undefined) continue;
    added.push({
      start: i, end, codes: [...codes], members: codes.map(() => ({ start: i, end })), rule: `coreference:${words.slice(i, end).map((x) => x.up).join(' ')}`,
      source: 'coreference', certainty: kind === 'group' ? 0.75 : 0.6, head: end - 1, possessive: kind === 'possessive', pronoun: kind,
    });
    i = end - 1;
  }
  return added;
}

/** Remembers the salient actors of a finished sentence. */
export function updateDiscourse(state: Discourse, phrases: readonly ActorPhrase[]): void {
  const own = phrases.filter((p) => p.codes.length > 0 && p.source !== 'coreference');
  const subject = own.find((p) => p.prep === undefined && p.codes.length === 1);
  if (subject) state.single = subject.codes;
  const person = own.find((p) => p.prep === undefined && personLike(p));
  if (person) state.person = person.codes;
  // A pair in subject position or "between X and Y" becomes the topic; "a threat by US and
  // Israel" does not.
  const topical = own.filter((p) => p.prep === undefined || p.prep === 'BETWEEN' || p.prep === 'OF');
  const compound = [...topical].reverse().find((p) => new Set(p.codes.map(country)).size > 1);
  if (compound) state.group = [...new Set(compound.codes.map(country))];
}

/** The country part of a code (RUSGOV -> RUS); IGO codes keep their whole code. */
export function country(code: string): string {
  return code.startsWith('IGO') || code.startsWith('---') ? code : code.slice(0, 3);
}
