/**
 * A fast chunker over tags: base noun phrases and verb groups (auxiliaries, negation, modals,
 * the main verb, passive voice). No parser; a few rules that hold for news English.
 */
import type { VerbGroup, Word, WordSpan } from './types.js';

const BE = new Set(['BE', 'IS', 'ARE', 'AM', 'WAS', 'WERE', 'BEEN', 'BEING', "'S", "'RE", "'M"]);
const MODALS = new Set(['WILL', 'WOULD', 'SHALL', 'SHOULD', 'CAN', 'COULD', 'MAY', 'MIGHT', 'MUST', "'LL", "'D", 'WO', 'CA', 'SHA']);
const POSS_PRON = new Set(['ITS', 'THEIR', 'HIS', 'HER', 'OUR', 'MY', 'YOUR']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'N', 'NP']);
/** Past participles that do not end in -ed / -en (for passives without Penn tags). */
const IRREGULAR_PARTICIPLES = new Set([
  'HELD', 'MET', 'LEFT', 'SENT', 'SPENT', 'BUILT', 'LENT', 'KEPT', 'FELT', 'DEALT', 'MEANT', 'SOLD', 'TOLD', 'FOUND',
  'BOUGHT', 'BROUGHT', 'CAUGHT', 'FOUGHT', 'SOUGHT', 'TAUGHT', 'THOUGHT', 'PAID', 'SAID', 'LAID', 'LED', 'FED', 'SHOT',
  'HIT', 'HURT', 'CUT', 'PUT', 'SET', 'STRUCK', 'HUNG', 'WON', 'RUN', 'DONE', 'GONE', 'MADE', 'HAD', 'HEARD', 'STOOD',
  'UNDERSTOOD', 'BOUND', 'WOUND', 'SPUN', 'STUCK', 'SHUT', 'SPLIT', 'SPREAD', 'QUIT', 'BURNT', 'DREAMT', 'LIT', 'SAT',
]);

/** Verbs of phase whose -ing complement is the event: "kept striking", "continued shelling". */
const ASPECTUAL = new Set(['KEEP', 'KEPT', 'CONTINUE', 'BEGIN', 'BEGAN', 'START', 'RESUME']);

export function isBe(w: Word | undefined): boolean {
  return w !== undefined && (BE.has(w.up) || w.lemma === 'BE');
}

export function isModal(w: Word | undefined): boolean {
  return w !== undefined && MODALS.has(w.up);
}

/** Past participle by form or Penn tag. */
export function isParticiple(w: Word): boolean {
  if (w.pos === 'VBN') return true;
  if (w.pos === 'VBG' || w.up.endsWith('ING')) return false;
  if (w.pos.startsWith('VB') && w.pos !== 'VBD') return false;
  return /(ED|EN|WN|NE)$/.test(w.up) || IRREGULAR_PARTICIPLES.has(w.up);
}

/** True when an -ing verb comes before `at` in the same stretch of the sentence (since the last comma). */
function ingVerbBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0 && words[k]!.up !== ','; k--) {
    if (words[k]!.tag === 'V' && words[k]!.up.endsWith('ING')) return true;
  }
  return false;
}

/** Retags verbs used as modifiers ("the affected villages", "its biggest trading partner"). */
export function retagModifiers(words: Word[]): void {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    // "kept striking targets": after a verb of phase, an -ing word is a verb whatever the tagger said.
    if (words[i - 1]!.tag === 'V' && ASPECTUAL.has(words[i - 1]!.lemma) && w.up.endsWith('ING')) w.tag = 'V';
    // "killing one person and arresting 12": an -ing word after "and" joins the -ing verb before it.
    if (w.tag === 'N' && w.up.endsWith('ING') && words[i - 1]!.tag === 'CC' && ingVerbBefore(words, i - 1)) w.tag = 'V';
    if (w.tag !== 'V') continue;
    const prev = words[i - 1]!;
    const next = words[i + 1]!;
    // "in shared interests": a participle between a preposition and its noun modifies the noun.
    const afterPrep = prev.tag === 'ADP' && w.up.endsWith('ED') && (next.tag === 'ADJ' || next.tag === 'N');
    const inNp = prev.tag === 'DET' || prev.tag === 'ADJ' || (prev.tag === 'PRON' && POSS_PRON.has(prev.up)) || prev.tag === 'POSS' || afterPrep;
    if (inNp && (next.tag === 'N' || next.tag === 'NP' || next.tag === 'ADJ')) w.tag = 'ADJ';
    // "with help from": a bare verb form right after a preposition is a noun.
    if (prev.tag === 'ADP' && w.up === w.lemma && !w.up.endsWith('ING')) w.tag = 'N';
    // "rejected proposed Israeli changes": a participle right after a main verb and before a noun
    // modifies the noun.
    if (prev.tag === 'V' && w.up.endsWith('ED') && !isBe(prev) && prev.lemma !== 'HAVE' && (next.tag === 'N' || next.tag === 'NP' || next.tag === 'ADJ')) w.tag = 'ADJ';
    // "stop fighting": an -ing form right after a main verb is its object — except after "kept",
    // "continued", "began", where the -ing verb is the event itself.
    if (prev.tag === 'V' && w.up.endsWith('ING') && !isBe(prev) && prev.lemma !== 'HAVE' && prev.lemma !== 'BE' && !ASPECTUAL.has(prev.lemma)) w.tag = 'N';
    // "threatening to Iran's sovereignty": an -ing word before "to" + noun is an adjective.
    const after = words[i + 2];
    if (w.up.endsWith('ING') && prev.tag !== 'AUX' && !isBe(prev) && next.up === 'TO' && after !== undefined && after.tag !== 'V' && after.tag !== 'AUX') w.tag = 'ADJ';
  }
}

export function chunkNps(words: readonly Word[]): WordSpan[] {
  const nps: WordSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const starts = NP_TAGS.has(w.tag) || (w.tag === 'PRON' && POSS_PRON.has(w.up));
    if (w.tag === 'PRON' && !POSS_PRON.has(w.up)) {
      nps.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    if (!starts) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const x = words[j]!;
      const glued = x.text === '-' || words[j - 1]!.text === '-';
      if (NP_TAGS.has(x.tag) && x.tag !== 'DET') j++;
      else if (x.tag === 'POSS' && j + 1 < words.length && NP_TAGS.has(words[j + 1]!.tag)) j++;
      else if (glued && x.tag !== 'PUNCT' && x.tag !== 'V') j++;
      else if (x.text === '-' && words[j + 1] !== undefined && NP_TAGS.has(words[j + 1]!.tag)) j++;
      else break;
    }
    // A phrase that is only determiners or adjectives is not a noun phrase.
    const hasNoun = words.slice(i, j).some((x) => x.tag === 'N' || x.tag === 'NP' || x.tag === 'NUM');
    if (hasNoun) nps.push({ start: i, end: j });
    i = j;
  }
  return nps;
}

/** Verb groups: [modal|aux|neg|adv]* main-verb, or auxiliaries alone ("Russia is concerned"). */
export function chunkVerbs(words: readonly Word[]): Omit<VerbGroup, 'clause'>[] {
  const groups: Omit<VerbGroup, 'clause'>[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.tag !== 'AUX' && w.tag !== 'V' && !(w.tag === 'NEG' && words[i + 1]?.tag === 'V')) {
      i++;
      continue;
    }
    let j = i;
    let negated = false;
    let modal: string | undefined;
    let head = -1;
    const aux: Word[] = [];
    while (j < words.length) {
      const x = words[j]!;
      if (x.tag === 'AUX' || (x.tag === 'V' && (isBe(x) || isAuxHave(x, words[j + 1]) || isAuxDo(x, words[j + 1])))) {
        if (isModal(x)) modal ??= x.up === 'WO' || x.up === "'LL" ? 'WILL' : x.up === 'CA' ? 'CAN' : x.up;
        aux.push(x);
        j++;
      } else if (x.tag === 'NEG') {
        negated = true;
        j++;
      } else if (x.tag === 'ADV' && j + 1 < words.length && aux.length > 0 && isVerbish(words[j + 1]!)) {
        j++;
      } else if (x.tag === 'CC' && aux.length > 0 && words[j - 1]?.tag === 'ADV' && words[j + 1]?.tag === 'ADV') {
        // "was heavily and unjustly criticized"
        j++;
      } else if (x.tag === 'V') {
        head = j;
        j++;
        // "help mediate", "kept striking": the second verb carries the event.
        const nextWord = words[j];
        if ((x.lemma === 'HELP' || x.up === 'HELP' || x.up === 'HELPED' || x.up === 'HELPS') && nextWord?.tag === 'V' && nextWord.up === nextWord.lemma) continue;
        if (ASPECTUAL.has(x.lemma) && nextWord?.tag === 'V' && nextWord.up.endsWith('ING')) continue;
        break;
      } else break;
    }
    if (j === i) j = i + 1;
    // "not to strike", "never to return": the negation sits before the infinitive marker.
    if (words[i - 1]?.tag === 'TO' && words[i - 2]?.tag === 'NEG') negated = true;
    const last = aux[aux.length - 1];
    const passive = head >= 0 && last !== undefined && isBe(last) && isParticiple(words[head]!);
    const g: Omit<VerbGroup, 'clause'> = { start: i, end: j, head, negated, passive };
    if (modal !== undefined) g.modal = modal;
    groups.push(g);
    i = j;
  }
  return groups;
}

function isVerbish(w: Word): boolean {
  return w.tag === 'V' || w.tag === 'AUX' || w.tag === 'NEG' || w.tag === 'ADV';
}

function isAuxHave(w: Word, next: Word | undefined): boolean {
  return (w.lemma === 'HAVE' || w.up === 'HAS' || w.up === 'HAD' || w.up === 'HAVE') && next !== undefined && (next.tag === 'V' || next.tag === 'NEG' || isBe(next));
}

function isAuxDo(w: Word, next: Word | undefined): boolean {
  // "did not clash", and the emphatic "did allow".
  return (w.lemma === 'DO' || w.up === 'DID' || w.up === 'DOES' || w.up === 'DO') && next !== undefined && (next.tag === 'NEG' || next.tag === 'V');
}
