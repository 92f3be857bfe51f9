/**
 * Name phrases over tagged tokens: the speaker of a quote is one of these, read backwards from
 * a speech verb ("... Maria Zakharova, who stated") or forwards after it ("said Dmitry Peskov").
 */
import type { Token } from '../domain/index.js';
import { HONORIFICS, OFFICE_WORDS, PRONOUNS } from './words.js';

/** Inclusive token range. */
export interface Phrase {
  first: number;
  last: number;
}

export interface Speaker {
  speaker: string;
  office?: string;
}

const MAX_WORDS = 12;
const NOMINAL: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’') && t.pos === 'PART';
const isCapital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
const isOffice = (t: Token | undefined): boolean => t !== undefined && OFFICE_WORDS.has(t.lower);

/** The name phrase that ends at token `last`, read leftwards. */
export function phraseEndingAt(tokens: readonly Token[], last: number): Phrase | undefined {
  const end = tokens[last];
  if (!end) return undefined;
  if (end.pos === 'PRON') return PRONOUNS.has(end.lower) ? { first: last, last } : undefined;
  let first = last + 1;
  for (let i = last; i >= 0 && last - i < MAX_WORDS; i--) {
    const t = tokens[i];
    const right = tokens[i + 1];
    if (!t) break;
    if (t.pos === 'DET') {
      if (i < last) first = i;
      break;
    }
    if (isPossessive(t) || joinsNames(tokens, i)) {
      if (i === last) break;
    } else if (!isNominal(tokens, i)) break;
    // "the talks Iran's minister": a common noun does not run into a name unless it is an office.
    else if (i < last && !isCapital(t) && t.pos === 'NOUN' && isCapital(right) && !isOffice(t)) break;
    first = i;
  }
  while (first <= last && (isPossessive(tokens[first]) || joinsNames(tokens, first))) first++;
  return first <= last && hasHead(tokens, first, last) ? { first, last } : undefined;
}

/** The name phrase that starts at token `first`, read rightwards. */
export function phraseStartingAt(tokens: readonly Token[], first: number): Phrase | undefined {
  const start = tokens[first];
  if (!start) return undefined;
  if (start.pos === 'PRON') return PRONOUNS.has(start.lower) ? { first, last: first } : undefined;
  let last = first - 1;
  for (let i = first; i < tokens.length && i - first < MAX_WORDS; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === 'DET' && i === first) {
      last = i;
      continue;
    }
    if (isPossessive(t) || joinsNames(tokens, i)) {
      if (i === first) break;
    } else if (!isNominal(tokens, i)) break;
    last = i;
  }
  while (last >= first && (isPossessive(tokens[last]) || joinsNames(tokens, last) || tokens[last]?.pos === 'DET')) last--;
  return last >= first && hasHead(tokens, first, last) ? { first, last } : undefined;
}

/** A word of a name phrase. wink tags a few given names as function words ("Per Lund"), so a
 * capitalised word inside a sentence that runs into a proper noun counts too. */
function isNominal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NOMINAL.has(t.pos)) return true;
  return i > 0 && t.pos !== 'DET' && t.pos !== 'PUNCT' && isCapital(t) && tokens[i + 1]?.pos === 'PROPN';
}

/** "Secretary of State", "Putin and Xi": a small word between two capitalised ones. */
function joinsNames(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.lower !== 'of' && t.lower !== 'and' && t.lower !== '-')) return false;
  return isCapital(tokens[i - 1]) && isCapital(tokens[i + 1]);
}

function hasHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const pos = tokens[i]?.pos;
    if (pos === 'PROPN' || pos === 'NOUN' || pos === 'PRON' || pos === 'X') return true;
  }
  return false;
}

export function phraseText(text: string, tokens: readonly Token[], p: Phrase): string {
  return text.slice(tokens[p.first]?.start ?? 0, tokens[p.last]?.end ?? 0);
}

/**
 * Speaker and office from one phrase: the name is the trailing run of capitalised words that
 * are not office words ("Russian Deputy Foreign Minister | Sergei Ryabkov"). The speaker keeps
 * the phrase as written; the office is the title part, or the whole phrase when it names only
 * an office ("Iran's foreign minister").
 */
export function speakerOf(text: string, tokens: readonly Token[], p: Phrase): Speaker {
  const speaker = phraseText(text, tokens, p);
  let nameStart = p.last + 1;
  for (let i = p.last; i >= p.first; i--) {
    const t = tokens[i];
    if (!t || !isCapital(t) || isOffice(t) || isPossessive(t) || t.pos === 'DET' || t.pos === 'ADJ') break;
    nameStart = i;
  }
  if (nameStart > p.last) return isOffice(tokens[p.last]) ? { speaker, office: speaker } : { speaker };
  if (nameStart === p.first) return { speaker };
  const titleWords = tokens.slice(p.first, nameStart);
  if (!titleWords.some(isOffice) || titleWords.every((t) => HONORIFICS.has(t.lower) || t.pos === 'DET')) return { speaker };
  return { speaker, office: phraseText(text, tokens, { first: p.first, last: nameStart - 1 }) };
}

/** "The Kremlin's spokesman, Dmitry Peskov": the name is the speaker, the other the office. */
export function appositive(text: string, tokens: readonly Token[], a: Phrase, b: Phrase): Speaker {
  const aNamed = !isOffice(tokens[a.last]) && isCapital(tokens[a.last]);
  const [name, title] = aNamed ? [a, b] : [b, a];
  const person = speakerOf(text, tokens, name);
  if (!isOffice(tokens[title.last])) return person;
  return { speaker: person.speaker, office: person.office ?? phraseText(text, tokens, title) };
}
